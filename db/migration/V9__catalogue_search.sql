-- Catalogue search: one denormalised row per active service and text language, so that a search
-- is one scan of one table (full text, trigram, filters and facets) instead of a dozen joins.
-- The rows are derived data: triggers on the catalogue tables mark the services a statement
-- touched, and a deferred trigger rebuilds their rows once per transaction, at commit, with
-- catalogue.refresh_service_search(uuid[]). Bulk writers need do nothing more; a loader that
-- writes with triggers disabled (session_replication_role = replica) calls that function itself.

-- PostgreSQL's stemming configuration for a language (BCP 47 primary subtag); languages without
-- one (Bulgarian, Slovak, ...) are indexed unstemmed and unaccented with 'simple'.
CREATE FUNCTION catalogue.search_configuration(p_language text) RETURNS regconfig
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT (CASE split_part(lower(coalesce(p_language, '')), '-', 1)
                      WHEN 'ar' THEN 'arabic'::regconfig WHEN 'hy' THEN 'armenian'::regconfig WHEN 'eu' THEN 'basque'::regconfig
                      WHEN 'ca' THEN 'catalan'::regconfig WHEN 'da' THEN 'danish'::regconfig WHEN 'nl' THEN 'dutch'::regconfig
                      WHEN 'en' THEN 'english'::regconfig WHEN 'fi' THEN 'finnish'::regconfig WHEN 'fr' THEN 'french'::regconfig
                      WHEN 'de' THEN 'german'::regconfig WHEN 'el' THEN 'greek'::regconfig WHEN 'hi' THEN 'hindi'::regconfig
                      WHEN 'hu' THEN 'hungarian'::regconfig WHEN 'id' THEN 'indonesian'::regconfig WHEN 'ga' THEN 'irish'::regconfig
                      WHEN 'it' THEN 'italian'::regconfig WHEN 'lt' THEN 'lithuanian'::regconfig WHEN 'ne' THEN 'nepali'::regconfig
                      WHEN 'no' THEN 'norwegian'::regconfig WHEN 'nb' THEN 'norwegian'::regconfig WHEN 'pt' THEN 'portuguese'::regconfig
                      WHEN 'ro' THEN 'romanian'::regconfig WHEN 'ru' THEN 'russian'::regconfig WHEN 'sr' THEN 'serbian'::regconfig
                      WHEN 'es' THEN 'spanish'::regconfig WHEN 'sv' THEN 'swedish'::regconfig WHEN 'ta' THEN 'tamil'::regconfig
                      WHEN 'tr' THEN 'turkish'::regconfig WHEN 'yi' THEN 'yiddish'::regconfig
                      ELSE 'simple'::regconfig END) $$;

-- A text as indexed: stemmed in its language's configuration ('simple' = unaccented words).
-- Queries are the OR of the reader's configuration, English, Greek and 'simple', so a text is
-- found in its own language's forms whichever language the reader uses.
CREATE FUNCTION catalogue.search_document(p_text text, p_language text, p_weight "char") RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT setweight(to_tsvector(catalogue.search_configuration(p_language), catalogue.fold(coalesce(p_text, ''))), p_weight) $$;

-- The time zone of a country with one (schedules may name their own): opening hours are local.
CREATE FUNCTION catalogue.country_time_zone(p_country text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT CASE upper(p_country)
                     WHEN 'BG' THEN 'Europe/Sofia' WHEN 'GR' THEN 'Europe/Athens' WHEN 'SK' THEN 'Europe/Bratislava'
                     WHEN 'CZ' THEN 'Europe/Prague' WHEN 'GB' THEN 'Europe/London' WHEN 'IE' THEN 'Europe/Dublin'
                     WHEN 'TR' THEN 'Europe/Istanbul' WHEN 'CY' THEN 'Asia/Nicosia' WHEN 'RO' THEN 'Europe/Bucharest'
                     WHEN 'HU' THEN 'Europe/Budapest' WHEN 'PL' THEN 'Europe/Warsaw' WHEN 'AT' THEN 'Europe/Vienna'
                     WHEN 'DE' THEN 'Europe/Berlin' WHEN 'IT' THEN 'Europe/Rome' WHEN 'ES' THEN 'Europe/Madrid'
                     WHEN 'PT' THEN 'Europe/Lisbon' WHEN 'FR' THEN 'Europe/Paris' WHEN 'NL' THEN 'Europe/Amsterdam'
                     WHEN 'BE' THEN 'Europe/Brussels' WHEN 'SI' THEN 'Europe/Ljubljana' WHEN 'HR' THEN 'Europe/Zagreb'
                     WHEN 'RS' THEN 'Europe/Belgrade' WHEN 'MK' THEN 'Europe/Skopje' WHEN 'AL' THEN 'Europe/Tirane'
                     WHEN 'UA' THEN 'Europe/Kyiv' WHEN 'MT' THEN 'Europe/Malta' WHEN 'SE' THEN 'Europe/Stockholm'
                     WHEN 'DK' THEN 'Europe/Copenhagen' WHEN 'FI' THEN 'Europe/Helsinki' WHEN 'NO' THEN 'Europe/Oslo'
                     WHEN 'LT' THEN 'Europe/Vilnius' WHEN 'LV' THEN 'Europe/Riga' WHEN 'EE' THEN 'Europe/Tallinn'
                     ELSE NULL END $$;

-- A weekly rule as minutes of the week (Monday 00:00 = 0, local time): [opens, closes) on each
-- BYDAY day, every day without BYDAY. Rules with ordinal days (1MO: first Monday of the month)
-- are not weekly and have no place here; a rule without an opening time opens at no set hour.
CREATE FUNCTION catalogue.week_minutes(p_byday text, p_opens time, p_closes time) RETURNS int4multirange
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT coalesce(range_agg(int4range(d.n * 1440 + (extract(epoch FROM p_opens) / 60)::int,
                                              d.n * 1440 + coalesce((extract(epoch FROM p_closes) / 60)::int, 1440))),
                          '{}'::int4multirange)
          FROM (SELECT array_position(ARRAY['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'], day) - 1 AS n
                FROM unnest(CASE WHEN p_byday IS NULL THEN ARRAY['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU']
                                 ELSE string_to_array(p_byday, ',') END) AS day) d
          WHERE p_opens IS NOT NULL AND d.n IS NOT NULL $$;

CREATE TABLE catalogue.searchable_service (
    service_id        uuid         NOT NULL,
    -- the language of this row's texts: the service's own and each language it is translated into
    language          varchar(35)  NOT NULL,
    original          boolean      NOT NULL,
    text_languages    text[]       NOT NULL,
    -- the language name and summary are actually in (the original where a field is untranslated)
    text_language     varchar(35)  NOT NULL,
    name              text         NOT NULL,
    summary           text,
    folded_name       text         NOT NULL,
    document          tsvector     NOT NULL,
    organization_id   uuid         NOT NULL,
    organization_name text         NOT NULL,
    municipalities    uuid[]       NOT NULL,
    themes            text[]       NOT NULL,
    languages         text[]       NOT NULL,
    -- residence statuses the service is restricted to; empty: open to everyone
    statuses          text[]       NOT NULL,
    minimum_age       integer,
    maximum_age       integer,
    free              boolean      NOT NULL,
    time_zone         text         NOT NULL,
    -- weekly opening hours without a validity period, and those with one (evaluated by date)
    hours             int4multirange NOT NULL,
    dated_hours       jsonb,
    opening_hours     jsonb        NOT NULL,
    location_id       uuid,
    location_name     text,
    address           text,
    city              text,
    latitude          double precision,
    longitude         double precision,
    assured_date      date,
    PRIMARY KEY (service_id, language)
);
CREATE INDEX searchable_service_document ON catalogue.searchable_service USING gin (document);
CREATE INDEX searchable_service_name_trigram ON catalogue.searchable_service USING gin (folded_name public.gin_trgm_ops);
CREATE INDEX searchable_service_municipalities ON catalogue.searchable_service USING gin (municipalities);
CREATE INDEX searchable_service_themes ON catalogue.searchable_service USING gin (themes);
CREATE INDEX searchable_service_language ON catalogue.searchable_service (language, service_id);
-- Counting without text reads one row per service (the original's) and only its filter columns:
-- from this index alone, without the wide rows.
CREATE INDEX searchable_service_facts ON catalogue.searchable_service (service_id)
    INCLUDE (municipalities, themes, languages, statuses, free, minimum_age, maximum_age, time_zone, hours, dated_hours)
    WHERE original;

-- The time zones of the search rows (never emptied: a zone no longer used costs nothing), so
-- that the application can give each its local minute of the week without scanning the rows.
CREATE TABLE catalogue.search_time_zone (
    zone text PRIMARY KEY
);

-- Whether a service is open at a local date and minute of the week.
CREATE FUNCTION catalogue.open_at(p_hours int4multirange, p_dated jsonb, p_day date, p_minute integer) RETURNS boolean
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT p_hours @> p_minute
              OR (p_dated IS NOT NULL AND EXISTS (
                    SELECT 1 FROM jsonb_array_elements(p_dated) e
                    WHERE (e ->> 'from' IS NULL OR (e ->> 'from')::date <= p_day)
                      AND (e ->> 'to' IS NULL OR (e ->> 'to')::date >= p_day)
                      AND (e ->> 'hours')::int4multirange @> p_minute)) $$;

-- The schedules that say when a service is open: its own and those of its service_at_locations;
-- the schedules of its locations only when it has none of its own.
CREATE FUNCTION catalogue.service_schedules(p_service uuid) RETURNS SETOF catalogue.schedule
    LANGUAGE sql STABLE
    AS $$ WITH own AS (
              SELECT sc.* FROM catalogue.schedule sc WHERE sc.service_id = p_service
              UNION ALL
              SELECT sc.* FROM catalogue.schedule sc
              JOIN catalogue.service_at_location sal ON sal.id = sc.service_at_location_id
              WHERE sal.service_id = p_service)
          SELECT * FROM own
          UNION ALL
          SELECT sc.* FROM catalogue.schedule sc
          JOIN catalogue.service_at_location sal ON sal.location_id = sc.location_id
          JOIN catalogue.location l ON l.id = sal.location_id AND NOT l.confidential
          WHERE sal.service_id = p_service AND NOT EXISTS (SELECT 1 FROM own) $$;

CREATE FUNCTION catalogue.search_summary(p_text text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT CASE WHEN length(p_text) <= 300 THEN p_text
                      ELSE substring(p_text FROM '^(.{1,280})\s') || ' …' END $$;

-- Rebuilds the search rows of the given services from the catalogue tables (set-based: one call
-- for a whole import). Inactive and deleted services lose their rows.
CREATE FUNCTION catalogue.refresh_service_search(p_services uuid[]) RETURNS void
    LANGUAGE sql VOLATILE
    AS $$
    DELETE FROM catalogue.searchable_service WHERE service_id = ANY (p_services);
    -- set-based: each kind of fact is gathered for all the services at once and joined by id
    WITH svc AS (
        SELECT s.*, split_part(lower(s.language), '-', 1) AS original_language
        FROM catalogue.service s WHERE s.id = ANY (p_services) AND s.status = 'active'),
    texts AS (
        SELECT t.entity_id AS service_id, t.language, t.field, t.text FROM catalogue.translation t
        WHERE t.entity_type = 'service' AND t.entity_id = ANY (p_services) AND t.field IN ('name', 'description')),
    text_languages AS (
        SELECT svc.id AS service_id,
               ARRAY(SELECT DISTINCT x FROM unnest(svc.original_language || coalesce(tl.languages, '{}')) x ORDER BY 1) AS languages
        FROM svc LEFT JOIN (SELECT service_id, array_agg(language) AS languages FROM texts GROUP BY service_id) tl
            ON tl.service_id = svc.id),
    areas AS (
        SELECT sa.service_id, array_agg(DISTINCT sa.municipality_id) AS municipalities FROM catalogue.service_area sa
        WHERE sa.service_id = ANY (p_services) AND sa.municipality_id IS NOT NULL GROUP BY sa.service_id),
    themes AS (
        SELECT at.link_id AS service_id, array_agg(DISTINCT tt.code) AS themes FROM catalogue.attribute at
        JOIN catalogue.taxonomy_term tt ON tt.id = at.taxonomy_term_id
        WHERE at.link_entity = 'service' AND at.link_id = ANY (p_services) AND tt.code IS NOT NULL
          AND tt.taxonomy_id = 'e7a1c2d4-0000-4000-8000-000000000000'
        GROUP BY at.link_id),
    public_sites AS (
        SELECT sal.service_id, sal.id AS sal_id, lo.* FROM catalogue.service_at_location sal
        JOIN catalogue.location lo ON lo.id = sal.location_id AND NOT lo.confidential
        WHERE sal.service_id = ANY (p_services)),
    spoken AS (
        SELECT service_id, array_agg(DISTINCT code) AS languages FROM (
            SELECT lg.service_id, lg.code FROM catalogue.language lg WHERE lg.service_id = ANY (p_services)
            UNION ALL
            SELECT ps.service_id, lg.code FROM public_sites ps JOIN catalogue.language lg ON lg.location_id = ps.id) l
        GROUP BY service_id),
    statuses AS (
        SELECT e.service_id, array_agg(DISTINCT e.residence_status) AS statuses FROM catalogue.service_eligibility e
        WHERE e.service_id = ANY (p_services) AND e.residence_status IS NOT NULL GROUP BY e.service_id),
    paid AS (
        SELECT DISTINCT co.service_id FROM catalogue.cost_option co WHERE co.service_id = ANY (p_services) AND co.amount > 0),
    place AS (
        SELECT DISTINCT ON (ps.service_id) ps.service_id, ps.id, ps.name, ps.latitude::float8 AS latitude,
               ps.longitude::float8 AS longitude, a.address_1 AS address, a.city, a.country
        FROM public_sites ps
        LEFT JOIN LATERAL (SELECT * FROM catalogue.address ad WHERE ad.location_id = ps.id
                           ORDER BY ad.address_type <> 'physical', ad.id LIMIT 1) a ON true
        ORDER BY ps.service_id, ps.latitude IS NULL, ps.location_type <> 'physical', ps.id),
    own_schedules AS (
        SELECT sc.service_id AS for_service, sc.id, sc.timezone, sc.valid_from, sc.valid_to, sc.freq, sc.byday, sc.opens_at, sc.closes_at, sc.notes FROM catalogue.schedule sc WHERE sc.service_id = ANY (p_services)
        UNION ALL
        SELECT sal.service_id, sc.id, sc.timezone, sc.valid_from, sc.valid_to, sc.freq, sc.byday, sc.opens_at, sc.closes_at, sc.notes FROM catalogue.service_at_location sal
        JOIN catalogue.schedule sc ON sc.service_at_location_id = sal.id
        WHERE sal.service_id = ANY (p_services)),
    schedules AS (
        SELECT * FROM own_schedules
        UNION ALL
        SELECT ps.service_id, sc.id, sc.timezone, sc.valid_from, sc.valid_to, sc.freq, sc.byday, sc.opens_at, sc.closes_at, sc.notes FROM public_sites ps JOIN catalogue.schedule sc ON sc.location_id = ps.id
        WHERE NOT EXISTS (SELECT 1 FROM own_schedules o WHERE o.for_service = ps.service_id)),
    hours AS (
        SELECT sc.for_service AS service_id, min(sc.timezone) AS time_zone,
               coalesce(range_agg(w.minutes) FILTER (WHERE w.weekly AND sc.valid_from IS NULL AND sc.valid_to IS NULL),
                        '{}'::int4multirange) AS hours,
               jsonb_agg(jsonb_build_object('from', sc.valid_from, 'to', sc.valid_to, 'hours', w.minutes::text))
                   FILTER (WHERE w.weekly AND (sc.valid_from IS NOT NULL OR sc.valid_to IS NOT NULL)) AS dated_hours,
               coalesce(jsonb_agg(jsonb_build_object('byday', sc.byday, 'opens_at', sc.opens_at, 'closes_at', sc.closes_at,
                                                     'notes', sc.notes) ORDER BY sc.opens_at, sc.byday, sc.id)
                            FILTER (WHERE w.weekly AND sc.opens_at IS NOT NULL), '[]') AS opening_hours
        FROM schedules sc
        CROSS JOIN LATERAL (SELECT catalogue.week_minutes(sc.byday, sc.opens_at, sc.closes_at) AS minutes,
                                   coalesce(sc.freq, 'WEEKLY') = 'WEEKLY' AS weekly) w
        GROUP BY sc.for_service)
    INSERT INTO catalogue.searchable_service (service_id, language, original, text_languages, text_language, name,
                                          summary, folded_name, document, organization_id, organization_name,
                                          municipalities, themes, languages, statuses, minimum_age, maximum_age,
                                          free, time_zone, hours, dated_hours, opening_hours, location_id,
                                          location_name, address, city, latitude, longitude, assured_date)
    SELECT s.id, l.language, l.language = s.original_language, tl.languages,
           CASE WHEN tn.text IS NOT NULL OR td.text IS NOT NULL THEN l.language ELSE s.original_language END,
           coalesce(tn.text, s.name),
           catalogue.search_summary(coalesce(td.text, s.description)),
           catalogue.fold(coalesce(tn.text, s.name)),
           catalogue.search_document(coalesce(tn.text, s.name), l.language, 'A')
               || catalogue.search_document(concat_ws(' ', s.alternate_name, coalesce(td.text, s.description)), l.language, 'B')
               || setweight(to_tsvector('simple', catalogue.fold(coalesce(tor.text, o.name))), 'D'),
           s.organization_id, coalesce(tor.text, o.name),
           coalesce(ar.municipalities, '{}'), coalesce(th.themes, '{}'), coalesce(sp.languages, '{}'),
           coalesce(st.statuses, '{}'), s.minimum_age, s.maximum_age, pd.service_id IS NULL,
           coalesce(h.time_zone, catalogue.country_time_zone(p.country), 'UTC'),
           coalesce(h.hours, '{}'::int4multirange), h.dated_hours, coalesce(h.opening_hours, '[]'),
           p.id, coalesce(tlo.text, p.name), p.address, p.city, p.latitude, p.longitude, s.assured_date
    FROM svc s
    JOIN catalogue.organization o ON o.id = s.organization_id
    JOIN text_languages tl ON tl.service_id = s.id
    CROSS JOIN LATERAL unnest(tl.languages) AS l(language)
    LEFT JOIN texts tn ON tn.service_id = s.id AND tn.field = 'name' AND tn.language = l.language
                      AND l.language <> s.original_language
    LEFT JOIN texts td ON td.service_id = s.id AND td.field = 'description' AND td.language = l.language
                      AND l.language <> s.original_language
    LEFT JOIN catalogue.translation tor ON tor.entity_type = 'organization' AND tor.entity_id = o.id
                                       AND tor.field = 'name' AND tor.language = l.language
    LEFT JOIN areas ar ON ar.service_id = s.id
    LEFT JOIN themes th ON th.service_id = s.id
    LEFT JOIN spoken sp ON sp.service_id = s.id
    LEFT JOIN statuses st ON st.service_id = s.id
    LEFT JOIN paid pd ON pd.service_id = s.id
    LEFT JOIN place p ON p.service_id = s.id
    LEFT JOIN catalogue.translation tlo ON tlo.entity_type = 'location' AND tlo.entity_id = p.id
                                       AND tlo.field = 'name' AND tlo.language = l.language
    LEFT JOIN hours h ON h.service_id = s.id;
    INSERT INTO catalogue.search_time_zone (zone)
    SELECT DISTINCT time_zone FROM catalogue.searchable_service WHERE service_id = ANY (p_services)
    ON CONFLICT DO NOTHING;
    $$;

-- Services whose rows are out of date in the running transaction, rebuilt at its commit.
CREATE TABLE catalogue.searchable_service_pending (
    transaction_id xid8 NOT NULL DEFAULT pg_current_xact_id(),
    service_id     uuid NOT NULL,
    PRIMARY KEY (transaction_id, service_id)
);

-- One row per transaction with pending services: inserting it arms the deferred refresh, so the
-- refresh fires once per transaction however many services (100,000 in an import) were marked.
CREATE TABLE catalogue.searchable_service_refresh_due (
    transaction_id xid8 PRIMARY KEY DEFAULT pg_current_xact_id()
);

CREATE FUNCTION catalogue.mark_changed_services() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
DECLARE
    source text := CASE TG_OP WHEN 'INSERT' THEN 'new_rows' WHEN 'DELETE' THEN 'old_rows'
                              ELSE '(SELECT * FROM new_rows UNION ALL SELECT * FROM old_rows)' END;
    services text := CASE TG_TABLE_NAME
        WHEN 'service' THEN 'SELECT r.id FROM %1$s r'
        WHEN 'organization' THEN 'SELECT s.id FROM %1$s r JOIN catalogue.service s ON s.organization_id = r.id'
        WHEN 'location' THEN 'SELECT sal.service_id FROM %1$s r JOIN catalogue.service_at_location sal ON sal.location_id = r.id'
        WHEN 'address' THEN 'SELECT sal.service_id FROM %1$s r JOIN catalogue.service_at_location sal ON sal.location_id = r.location_id'
        WHEN 'attribute' THEN 'SELECT r.link_id FROM %1$s r WHERE r.link_entity = ''service'''
        WHEN 'language' THEN 'SELECT r.service_id FROM %1$s r
                              UNION ALL SELECT sal.service_id FROM %1$s r JOIN catalogue.service_at_location sal ON sal.location_id = r.location_id'
        WHEN 'schedule' THEN 'SELECT r.service_id FROM %1$s r
                              UNION ALL SELECT sal.service_id FROM %1$s r JOIN catalogue.service_at_location sal ON sal.id = r.service_at_location_id
                              UNION ALL SELECT sal.service_id FROM %1$s r JOIN catalogue.service_at_location sal ON sal.location_id = r.location_id'
        WHEN 'translation' THEN 'SELECT r.entity_id FROM %1$s r WHERE r.entity_type = ''service''
                              UNION ALL SELECT s.id FROM %1$s r JOIN catalogue.service s ON s.organization_id = r.entity_id WHERE r.entity_type = ''organization''
                              UNION ALL SELECT sal.service_id FROM %1$s r JOIN catalogue.service_at_location sal ON sal.location_id = r.entity_id WHERE r.entity_type = ''location'''
        ELSE 'SELECT r.service_id FROM %1$s r' END;
BEGIN
    EXECUTE format('INSERT INTO catalogue.searchable_service_pending (service_id)
                    SELECT DISTINCT c.id FROM (' || services || ') AS c(id) WHERE c.id IS NOT NULL
                    ON CONFLICT DO NOTHING', source);
    INSERT INTO catalogue.searchable_service_refresh_due DEFAULT VALUES ON CONFLICT DO NOTHING;
    RETURN NULL;
END $$;

CREATE FUNCTION catalogue.refresh_pending_services() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
DECLARE
    services uuid[];
BEGIN
    -- disarmed first: changes made after this refresh (constraints set immediate) arm it again
    DELETE FROM catalogue.searchable_service_refresh_due WHERE transaction_id = pg_current_xact_id();
    WITH done AS (DELETE FROM catalogue.searchable_service_pending
                  WHERE transaction_id = pg_current_xact_id() RETURNING service_id)
    SELECT array_agg(service_id) INTO services FROM done;
    IF cardinality(services) > 1000 THEN
        -- a bulk load: without statistics of what it just wrote the planner would choose plans
        -- for empty tables (seconds per thousand services instead of a fraction of one)
        ANALYZE catalogue.service, catalogue.translation, catalogue.attribute, catalogue.language,
                catalogue.service_eligibility, catalogue.cost_option, catalogue.location, catalogue.address,
                catalogue.service_at_location, catalogue.schedule, catalogue.service_area, catalogue.organization;
    END IF;
    IF services IS NOT NULL THEN
        PERFORM catalogue.refresh_service_search(services);
    END IF;
    RETURN NULL;
END $$;

-- Fires at commit, once per transaction that marked services.
CREATE CONSTRAINT TRIGGER service_search_refresh AFTER INSERT ON catalogue.searchable_service_refresh_due
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION catalogue.refresh_pending_services();

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['service', 'organization', 'location', 'address', 'attribute', 'language', 'schedule',
                             'translation', 'service_area', 'service_eligibility', 'cost_option', 'service_at_location'] LOOP
        EXECUTE format('CREATE TRIGGER %1$s_search_insert AFTER INSERT ON catalogue.%1$I REFERENCING NEW TABLE AS new_rows
                        FOR EACH STATEMENT EXECUTE FUNCTION catalogue.mark_changed_services()', t);
        EXECUTE format('CREATE TRIGGER %1$s_search_update AFTER UPDATE ON catalogue.%1$I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
                        FOR EACH STATEMENT EXECUTE FUNCTION catalogue.mark_changed_services()', t);
        EXECUTE format('CREATE TRIGGER %1$s_search_delete AFTER DELETE ON catalogue.%1$I REFERENCING OLD TABLE AS old_rows
                        FOR EACH STATEMENT EXECUTE FUNCTION catalogue.mark_changed_services()', t);
    END LOOP;
END $$;

-- Search queries are short and many: compiling them (JIT) costs more than it saves, and with
-- dozens of searches at once, parallel workers only add hand-over costs.
DO $$
BEGIN
    EXECUTE format('ALTER DATABASE %I SET jit = off', current_database());
    EXECUTE format('ALTER DATABASE %I SET max_parallel_workers_per_gather = 0', current_database());
EXCEPTION WHEN insufficient_privilege THEN
    RAISE NOTICE 'jit and parallel query stay as configured: only the database owner may change them';
END $$;

-- The services already in the catalogue.
SELECT catalogue.refresh_service_search(ARRAY(SELECT id FROM catalogue.service));
