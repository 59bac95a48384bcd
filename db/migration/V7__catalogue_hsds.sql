-- The shared service catalogue, after Open Referral HSDS 3.x: table and column names are HSDS's,
-- so that the read API and the HSDS exports map one to one. Beyond HSDS: per-field translations,
-- structured eligibility by residence status, and confidential locations (shelters).
-- Foreign keys stay inside the schema and are checked at commit (see V1); other modules' rows
-- (municipalities) are referred to by id only.

-- Full-text search folds accents (Košice = Kosice); unaccent() is only STABLE, so an IMMUTABLE
-- wrapper with the dictionary named explicitly lets generated columns and indexes use it.
CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public;
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;

CREATE FUNCTION catalogue.fold(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, lower($1)) $$;

CREATE TABLE catalogue.organization (
    id                     uuid PRIMARY KEY,
    name                   varchar(300)  NOT NULL,
    alternate_name         varchar(300),
    description            text          NOT NULL,
    email                  varchar(254),
    website                varchar(2000),
    tax_id                 varchar(64),
    year_incorporated      integer CHECK (year_incorporated BETWEEN 1800 AND 2100),
    legal_status           varchar(200),
    logo                   varchar(2000),
    uri                    varchar(2000),
    parent_organization_id uuid REFERENCES catalogue.organization (id) DEFERRABLE INITIALLY DEFERRED,
    last_modified          timestamptz   NOT NULL DEFAULT now(),
    version                bigint        NOT NULL DEFAULT 0,
    CONSTRAINT organization_not_own_parent CHECK (parent_organization_id IS NULL OR parent_organization_id <> id)
);
CREATE INDEX organization_parent ON catalogue.organization (parent_organization_id);
CREATE INDEX organization_last_modified ON catalogue.organization (last_modified);

CREATE TABLE catalogue.program (
    id              uuid PRIMARY KEY,
    organization_id uuid         NOT NULL REFERENCES catalogue.organization (id) DEFERRABLE INITIALLY DEFERRED,
    name            varchar(300) NOT NULL,
    alternate_name  varchar(300),
    description     text         NOT NULL
);
CREATE INDEX program_organization ON catalogue.program (organization_id);

CREATE TABLE catalogue.service (
    id                      uuid PRIMARY KEY,
    organization_id         uuid          NOT NULL REFERENCES catalogue.organization (id) DEFERRABLE INITIALLY DEFERRED,
    program_id              uuid REFERENCES catalogue.program (id) DEFERRABLE INITIALLY DEFERRED,
    name                    varchar(300)  NOT NULL CHECK (btrim(name) <> ''),
    alternate_name          varchar(300),
    description             text,
    url                     varchar(2000),
    email                   varchar(254),
    status                  varchar(20)   NOT NULL
                            CHECK (status IN ('active', 'inactive', 'defunct', 'temporarily closed')),
    interpretation_services text,
    application_process     text,
    fees_description        text,
    eligibility_description text,
    minimum_age             integer CHECK (minimum_age BETWEEN 0 AND 130),
    maximum_age             integer CHECK (maximum_age BETWEEN 0 AND 130),
    assured_date            date,
    assurer_email           varchar(254),
    alert                   text,
    last_modified           timestamptz   NOT NULL DEFAULT now(),
    version                 bigint        NOT NULL DEFAULT 0,
    -- the language name and description are written in, BCP 47; translations hold the others
    language                varchar(35)   NOT NULL DEFAULT 'en',
    search_vector           tsvector GENERATED ALWAYS AS (
                                to_tsvector('simple', catalogue.fold(coalesce(name, '') || ' '
                                    || coalesce(alternate_name, '') || ' ' || coalesce(description, '')))) STORED,
    CONSTRAINT service_age_range CHECK (minimum_age IS NULL OR maximum_age IS NULL OR minimum_age <= maximum_age)
);
CREATE INDEX service_organization ON catalogue.service (organization_id);
CREATE INDEX service_program ON catalogue.service (program_id);
CREATE INDEX service_last_modified ON catalogue.service (last_modified, id);
CREATE INDEX service_search ON catalogue.service USING gin (search_vector);
CREATE INDEX service_name_trigram ON catalogue.service USING gin (catalogue.fold(name) public.gin_trgm_ops);

CREATE TABLE catalogue.location (
    id              uuid PRIMARY KEY,
    location_type   varchar(10)  NOT NULL CHECK (location_type IN ('physical', 'postal', 'virtual')),
    url             varchar(2000),
    organization_id uuid REFERENCES catalogue.organization (id) DEFERRABLE INITIALLY DEFERRED,
    name            varchar(300),
    alternate_name  varchar(300),
    description     text,
    transportation  text,
    latitude        numeric(9, 6) CHECK (latitude BETWEEN -90 AND 90),
    longitude       numeric(9, 6) CHECK (longitude BETWEEN -180 AND 180),
    -- a shelter's whereabouts protect the people in it: never in public output
    confidential    boolean      NOT NULL DEFAULT false,
    last_modified   timestamptz  NOT NULL DEFAULT now(),
    version         bigint       NOT NULL DEFAULT 0,
    CONSTRAINT location_coordinates_pair CHECK ((latitude IS NULL) = (longitude IS NULL)),
    CONSTRAINT location_virtual_url CHECK (location_type <> 'virtual' OR url IS NOT NULL)
);
CREATE INDEX location_organization ON catalogue.location (organization_id);

CREATE TABLE catalogue.service_at_location (
    id          uuid PRIMARY KEY,
    service_id  uuid NOT NULL REFERENCES catalogue.service (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    location_id uuid NOT NULL REFERENCES catalogue.location (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    description text,
    CONSTRAINT service_at_location_unique UNIQUE (service_id, location_id)
);
CREATE INDEX service_at_location_location ON catalogue.service_at_location (location_id);

CREATE TABLE catalogue.address (
    id             uuid PRIMARY KEY,
    location_id    uuid         NOT NULL REFERENCES catalogue.location (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    attention      varchar(300),
    address_1      varchar(300) NOT NULL,
    address_2      varchar(300),
    city           varchar(200) NOT NULL,
    region         varchar(200),
    state_province varchar(200),
    postal_code    varchar(20),
    country        char(2)      NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
    address_type   varchar(10)  NOT NULL CHECK (address_type IN ('physical', 'postal', 'virtual'))
);
CREATE INDEX address_location ON catalogue.address (location_id);

CREATE TABLE catalogue.contact (
    id                     uuid PRIMARY KEY,
    organization_id        uuid REFERENCES catalogue.organization (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    service_id             uuid REFERENCES catalogue.service (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    service_at_location_id uuid REFERENCES catalogue.service_at_location (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    location_id            uuid REFERENCES catalogue.location (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    name                   varchar(200),
    title                  varchar(200),
    department             varchar(200),
    email                  varchar(254),
    CONSTRAINT contact_owner CHECK (num_nonnulls(organization_id, service_id, service_at_location_id, location_id) = 1)
);
CREATE INDEX contact_organization ON catalogue.contact (organization_id);
CREATE INDEX contact_service ON catalogue.contact (service_id);
CREATE INDEX contact_service_at_location ON catalogue.contact (service_at_location_id);
CREATE INDEX contact_location ON catalogue.contact (location_id);

CREATE TABLE catalogue.phone (
    id                     uuid PRIMARY KEY,
    location_id            uuid REFERENCES catalogue.location (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    service_id             uuid REFERENCES catalogue.service (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    organization_id        uuid REFERENCES catalogue.organization (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    contact_id             uuid REFERENCES catalogue.contact (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    service_at_location_id uuid REFERENCES catalogue.service_at_location (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    number                 varchar(50) NOT NULL CHECK (number ~ '^[+0-9 ()./-]{3,50}$'),
    extension              varchar(20),
    type                   varchar(10) CHECK (type IN ('text', 'voice', 'fax', 'cell', 'video', 'pager', 'textphone')),
    description            text,
    CONSTRAINT phone_owner CHECK (num_nonnulls(location_id, service_id, organization_id, contact_id, service_at_location_id) = 1)
);
CREATE INDEX phone_location ON catalogue.phone (location_id);
CREATE INDEX phone_service ON catalogue.phone (service_id);
CREATE INDEX phone_organization ON catalogue.phone (organization_id);
CREATE INDEX phone_contact ON catalogue.phone (contact_id);
CREATE INDEX phone_service_at_location ON catalogue.phone (service_at_location_id);

-- Opening hours as RFC 5545 recurrence parts (freq, byday, …) plus opening and closing times.
CREATE TABLE catalogue.schedule (
    id                     uuid PRIMARY KEY,
    service_id             uuid REFERENCES catalogue.service (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    location_id            uuid REFERENCES catalogue.location (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    service_at_location_id uuid REFERENCES catalogue.service_at_location (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    valid_from             date,
    valid_to               date,
    dtstart                date,
    timezone               varchar(64),
    until                  date,
    count                  integer CHECK (count > 0),
    wkst                   char(2) CHECK (wkst IN ('MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU')),
    freq                   varchar(10) CHECK (freq IN ('WEEKLY', 'MONTHLY')),
    interval               integer CHECK (interval > 0),
    byday                  varchar(100) CHECK (byday ~ '^([+-]?[0-9]{0,2}(MO|TU|WE|TH|FR|SA|SU))(,[+-]?[0-9]{0,2}(MO|TU|WE|TH|FR|SA|SU))*$'),
    byweekno               varchar(100),
    bymonthday             varchar(100),
    byyearday              varchar(100),
    description            text,
    opens_at               time,
    closes_at              time,
    schedule_link          varchar(2000),
    attending_type         varchar(100),
    notes                  text,
    CONSTRAINT schedule_owner CHECK (num_nonnulls(service_id, location_id, service_at_location_id) = 1),
    CONSTRAINT schedule_valid_range CHECK (valid_from IS NULL OR valid_to IS NULL OR valid_from <= valid_to),
    CONSTRAINT schedule_hours CHECK (opens_at IS NULL OR closes_at IS NULL OR opens_at < closes_at)
);
CREATE INDEX schedule_service ON catalogue.schedule (service_id);
CREATE INDEX schedule_location ON catalogue.schedule (location_id);
CREATE INDEX schedule_service_at_location ON catalogue.schedule (service_at_location_id);

-- Languages a service is offered in or staff at a location speak (ISO 639 codes).
CREATE TABLE catalogue.language (
    id          uuid PRIMARY KEY,
    service_id  uuid REFERENCES catalogue.service (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    location_id uuid REFERENCES catalogue.location (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    phone_id    uuid REFERENCES catalogue.phone (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    name        varchar(100),
    code        varchar(3) NOT NULL CHECK (code ~ '^[a-z]{2,3}$'),
    note        text,
    CONSTRAINT language_owner CHECK (num_nonnulls(service_id, location_id, phone_id) = 1)
);
CREATE UNIQUE INDEX language_unique ON catalogue.language (coalesce(service_id, location_id, phone_id), code);
CREATE INDEX language_service ON catalogue.language (service_id);
CREATE INDEX language_location ON catalogue.language (location_id);
CREATE INDEX language_phone ON catalogue.language (phone_id);

CREATE TABLE catalogue.service_area (
    id              uuid PRIMARY KEY,
    service_id      uuid         NOT NULL REFERENCES catalogue.service (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    name            varchar(300) NOT NULL,
    description     text,
    extent          text,
    extent_type     varchar(20) CHECK (extent_type IN ('geojson', 'topojson', 'kml', 'text')),
    uri             varchar(2000),
    -- the platform's municipality (tenant) the area is: its officers keep the entry
    municipality_id uuid
);
CREATE INDEX service_area_service ON catalogue.service_area (service_id);
CREATE INDEX service_area_municipality ON catalogue.service_area (municipality_id);

CREATE TABLE catalogue.required_document (
    id         uuid PRIMARY KEY,
    service_id uuid NOT NULL REFERENCES catalogue.service (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    document   text NOT NULL,
    uri        varchar(2000)
);
CREATE INDEX required_document_service ON catalogue.required_document (service_id);

CREATE TABLE catalogue.cost_option (
    id                 uuid PRIMARY KEY,
    service_id         uuid NOT NULL REFERENCES catalogue.service (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    valid_from         date,
    valid_to           date,
    option             text,
    currency           char(3) CHECK (currency ~ '^[A-Z]{3}$'),
    amount             numeric(12, 2) CHECK (amount >= 0),
    amount_description text,
    CONSTRAINT cost_option_currency_with_amount CHECK (amount IS NULL OR currency IS NOT NULL),
    CONSTRAINT cost_option_valid_range CHECK (valid_from IS NULL OR valid_to IS NULL OR valid_from <= valid_to)
);
CREATE INDEX cost_option_service ON catalogue.cost_option (service_id);

CREATE TABLE catalogue.funding (
    id              uuid PRIMARY KEY,
    organization_id uuid REFERENCES catalogue.organization (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    service_id      uuid REFERENCES catalogue.service (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    source          text NOT NULL,
    CONSTRAINT funding_owner CHECK (num_nonnulls(organization_id, service_id) = 1)
);
CREATE INDEX funding_organization ON catalogue.funding (organization_id);
CREATE INDEX funding_service ON catalogue.funding (service_id);

CREATE TABLE catalogue.accessibility (
    id          uuid PRIMARY KEY,
    location_id uuid NOT NULL REFERENCES catalogue.location (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    description text,
    details     text,
    url         varchar(2000)
);
CREATE INDEX accessibility_location ON catalogue.accessibility (location_id);

CREATE TABLE catalogue.taxonomy (
    id          uuid PRIMARY KEY,
    name        varchar(200) NOT NULL UNIQUE,
    description text         NOT NULL,
    uri         varchar(2000),
    version     varchar(50)
);

CREATE TABLE catalogue.taxonomy_term (
    id          uuid PRIMARY KEY,
    code        varchar(100),
    name        varchar(300) NOT NULL,
    description text         NOT NULL,
    parent_id   uuid REFERENCES catalogue.taxonomy_term (id) DEFERRABLE INITIALLY DEFERRED,
    taxonomy    varchar(200),
    taxonomy_id uuid REFERENCES catalogue.taxonomy (id) DEFERRABLE INITIALLY DEFERRED,
    language    varchar(35),
    term_uri    varchar(2000),
    CONSTRAINT taxonomy_term_code_unique UNIQUE (taxonomy_id, code),
    CONSTRAINT taxonomy_term_not_own_parent CHECK (parent_id IS NULL OR parent_id <> id)
);
CREATE INDEX taxonomy_term_parent ON catalogue.taxonomy_term (parent_id);
CREATE INDEX taxonomy_term_taxonomy ON catalogue.taxonomy_term (taxonomy_id);

-- HSDS's polymorphic link from a taxonomy term to the row it describes; link_id has no foreign
-- key since it may name any of the entities link_entity lists.
CREATE TABLE catalogue.attribute (
    id               uuid PRIMARY KEY,
    link_id          uuid         NOT NULL,
    link_type        varchar(100),
    link_entity      varchar(30)  NOT NULL
                     CHECK (link_entity IN ('service', 'organization', 'location', 'service_at_location')),
    taxonomy_term_id uuid         NOT NULL REFERENCES catalogue.taxonomy_term (id) DEFERRABLE INITIALLY DEFERRED,
    value            text,
    label            varchar(300),
    CONSTRAINT attribute_unique UNIQUE (link_entity, link_id, taxonomy_term_id)
);
CREATE INDEX attribute_taxonomy_term ON catalogue.attribute (taxonomy_term_id, link_entity);
CREATE INDEX attribute_link ON catalogue.attribute (link_id);

-- A field of a catalogue row in another language (BCP 47). Unreviewed machine or volunteer
-- translations are shown, but marked, until someone who knows the language reviews them.
CREATE TABLE catalogue.translation (
    id            uuid PRIMARY KEY,
    entity_type   varchar(30)  NOT NULL
                  CHECK (entity_type IN ('organization', 'service', 'location', 'taxonomy_term')),
    entity_id     uuid         NOT NULL,
    field         varchar(40)  NOT NULL
                  CHECK (field IN ('name', 'alternate_name', 'description', 'application_process',
                                   'fees_description', 'eligibility_description', 'interpretation_services', 'alert')),
    language      varchar(35)  NOT NULL CHECK (language ~ '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$'),
    text          text         NOT NULL CHECK (btrim(text) <> ''),
    reviewed      boolean      NOT NULL DEFAULT false,
    search_vector tsvector GENERATED ALWAYS AS (to_tsvector('simple', catalogue.fold(text))) STORED,
    CONSTRAINT translation_unique UNIQUE (entity_type, entity_id, field, language)
);
CREATE INDEX translation_entity ON catalogue.translation (entity_id, language);
CREATE INDEX translation_search ON catalogue.translation USING gin (search_vector);

-- A field in the reader's language, or as originally written when nobody has translated it.
CREATE FUNCTION catalogue.translated(p_entity_type text, p_entity_id uuid, p_field text, p_language text,
                                     p_original text) RETURNS text
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$ SELECT coalesce((SELECT t.text FROM catalogue.translation t
                            WHERE t.entity_type = p_entity_type AND t.entity_id = p_entity_id
                              AND t.field = p_field AND t.language = p_language), p_original) $$;

-- Who a service is for: one row per admitted residence status and/or gender; none means everyone.
CREATE TABLE catalogue.service_eligibility (
    id               uuid PRIMARY KEY,
    service_id       uuid        NOT NULL REFERENCES catalogue.service (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    residence_status varchar(30) CHECK (residence_status IN ('asylum_seeker', 'international_protection',
                                        'subsidiary_protection', 'temporary_protection', 'family_reunification',
                                        'residence_permit', 'undocumented')),
    gender           varchar(20) CHECK (gender IN ('female', 'male', 'non_binary')),
    CONSTRAINT service_eligibility_criterion CHECK (num_nonnulls(residence_status, gender) >= 1)
);
CREATE UNIQUE INDEX service_eligibility_unique
    ON catalogue.service_eligibility (service_id, coalesce(residence_status, ''), coalesce(gender, ''));
CREATE INDEX service_eligibility_status ON catalogue.service_eligibility (residence_status);
