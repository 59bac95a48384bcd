-- Search rows of a bulk import are rebuilt after its commit, in chunks, instead of inside it.
--
-- An import of 100,000 services spent about half its time rebuilding their search rows at commit
-- (V9's deferred refresh), holding its transaction open and its locks all along. A transaction
-- that sets catalogue.search_refresh_inline_limit (SET LOCAL; the import does, to 2,000) and marks
-- more services than that leaves them here instead; SearchBacklog rebuilds them after the commit
-- in transactions of a few thousand services each, on whichever instances are running (rows are
-- claimed with SKIP LOCKED), and again every minute for what a stopped instance left. Until then
-- those services are found with their previous rows (or, when new, not yet): the import's report
-- says how many were queued. Editing a service still rebuilds its rows in the same transaction.

CREATE TABLE catalogue.searchable_service_backlog (
    service_id uuid        PRIMARY KEY,
    queued_at  timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX searchable_service_backlog_queued ON catalogue.searchable_service_backlog (queued_at, service_id);

CREATE OR REPLACE FUNCTION catalogue.refresh_pending_services() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
DECLARE
    services uuid[];
    inline_limit int := nullif(current_setting('catalogue.search_refresh_inline_limit', true), '')::int;
BEGIN
    -- disarmed first: changes made after this refresh (constraints set immediate) arm it again
    DELETE FROM catalogue.searchable_service_refresh_due WHERE transaction_id = pg_current_xact_id();
    WITH done AS (DELETE FROM catalogue.searchable_service_pending
                  WHERE transaction_id = pg_current_xact_id() RETURNING service_id)
    SELECT array_agg(service_id) INTO services FROM done;
    IF services IS NULL THEN
        RETURN NULL;
    END IF;
    IF inline_limit IS NOT NULL AND cardinality(services) > inline_limit THEN
        INSERT INTO catalogue.searchable_service_backlog (service_id)
        SELECT unnest(services)
        ON CONFLICT (service_id) DO UPDATE SET queued_at = excluded.queued_at;
        RETURN NULL;
    END IF;
    IF cardinality(services) > 1000 THEN
        -- a bulk load: without statistics of what it just wrote the planner would choose plans
        -- for empty tables (seconds per thousand services instead of a fraction of one)
        PERFORM catalogue.analyze_for_search();
    END IF;
    PERFORM catalogue.refresh_service_search(services);
    RETURN NULL;
END $$;

CREATE FUNCTION catalogue.analyze_for_search() RETURNS void
    LANGUAGE plpgsql
    AS $$
BEGIN
    ANALYZE catalogue.service, catalogue.translation, catalogue.attribute, catalogue.language,
            catalogue.service_eligibility, catalogue.cost_option, catalogue.location, catalogue.address,
            catalogue.service_at_location, catalogue.schedule, catalogue.service_area, catalogue.organization;
END $$;

-- Rebuilds the rows of at most p_limit services of the backlog, oldest first, and returns how many.
-- Rows another transaction is rebuilding are skipped, so instances share the backlog. An edit that
-- commits a service's fresh rows while the chunk runs makes the chunk's insert of that service
-- collide; the chunk is then done service by service and the collided ones are left as the edit
-- wrote them (from data at least as new).
CREATE FUNCTION catalogue.refresh_search_backlog(p_limit int) RETURNS int
    LANGUAGE plpgsql
    AS $$
DECLARE
    services uuid[];
    one uuid;
BEGIN
    WITH next AS (SELECT service_id FROM catalogue.searchable_service_backlog
                  ORDER BY queued_at, service_id LIMIT p_limit FOR UPDATE SKIP LOCKED),
         done AS (DELETE FROM catalogue.searchable_service_backlog b USING next
                  WHERE b.service_id = next.service_id RETURNING b.service_id)
    SELECT array_agg(service_id) INTO services FROM done;
    IF services IS NULL THEN
        RETURN 0;
    END IF;
    BEGIN
        PERFORM catalogue.refresh_service_search(services);
    EXCEPTION WHEN unique_violation THEN
        FOREACH one IN ARRAY services LOOP
            BEGIN
                PERFORM catalogue.refresh_service_search(ARRAY[one]);
            EXCEPTION WHEN unique_violation THEN
                NULL;
            END;
        END LOOP;
    END;
    RETURN cardinality(services);
END $$;
