-- The needs register: districts of a municipality, needs assessments (mapping exercises) and
-- the needs they found. Everything here is aggregated data about groups of people; no table
-- has a column for a person. Rows belong to a municipality (platform.municipality, referred to
-- by id only) and are private to it; an assessment its municipality publishes is shared with
-- everyone only as an aggregated, small-count-suppressed view.

CREATE TABLE needs.district (
    id              uuid PRIMARY KEY,
    municipality_id uuid         NOT NULL,
    name            varchar(200) NOT NULL CHECK (btrim(name) <> ''),
    code            varchar(40)  NOT NULL CHECK (code ~ '^[A-Za-z0-9][A-Za-z0-9._-]*$'),
    -- a GeoJSON Polygon, MultiPolygon or Feature, written and read as text by the application
    boundary        jsonb CHECK (boundary IS NULL OR jsonb_typeof(boundary) = 'object'),
    last_modified   timestamptz  NOT NULL DEFAULT now(),
    version         bigint       NOT NULL DEFAULT 0,
    CONSTRAINT district_code_unique UNIQUE (municipality_id, code),
    CONSTRAINT district_name_unique UNIQUE (municipality_id, name),
    -- target of the composite keys that keep a need's district in the need's municipality
    CONSTRAINT district_in_municipality UNIQUE (id, municipality_id)
);

CREATE TABLE needs.assessment (
    id               uuid PRIMARY KEY,
    municipality_id  uuid          NOT NULL,
    title            varchar(300)  NOT NULL CHECK (btrim(title) <> ''),
    period_start     date          NOT NULL,
    period_end       date          NOT NULL,
    method           varchar(30)   NOT NULL CHECK (method IN ('SURVEY', 'CONSULTATION_WORKSHOP', 'FOCUS_GROUP',
                                                              'INTERVIEWS', 'ADMINISTRATIVE_DATA', 'PROVIDER_REPORTS')),
    participants     integer       CHECK (participants >= 0),
    lead_organisation varchar(300) NOT NULL CHECK (btrim(lead_organisation) <> ''),
    partners         text,
    status           varchar(20)   NOT NULL CHECK (status IN ('PLANNED', 'IN_PROGRESS', 'COMPLETED')),
    summary          text,
    published        boolean       NOT NULL DEFAULT false,
    published_at     timestamptz,
    last_modified    timestamptz   NOT NULL DEFAULT now(),
    version          bigint        NOT NULL DEFAULT 0,
    CONSTRAINT assessment_period CHECK (period_end >= period_start),
    -- a published assessment says since when; an unpublished one has no such date
    CONSTRAINT assessment_published_at CHECK (published = (published_at IS NOT NULL)),
    CONSTRAINT assessment_in_municipality UNIQUE (id, municipality_id)
);
CREATE INDEX assessment_municipality ON needs.assessment (municipality_id, period_start DESC);
CREATE INDEX assessment_published ON needs.assessment (published) WHERE published;

-- Districts an assessment covered; none listed means the whole municipality.
CREATE TABLE needs.assessment_district (
    assessment_id uuid NOT NULL REFERENCES needs.assessment (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    district_id   uuid NOT NULL REFERENCES needs.district (id),
    PRIMARY KEY (assessment_id, district_id)
);

CREATE TABLE needs.assessment_population_group (
    assessment_id    uuid        NOT NULL REFERENCES needs.assessment (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    population_group varchar(40) NOT NULL CHECK (population_group IN (
        'all-newcomers', 'asylum-seekers', 'refugees', 'subsidiary-protection', 'temporary-protection',
        'family-reunification', 'women', 'unaccompanied-minors', 'children', 'young-people', 'older-people',
        'people-with-disabilities', 'workers', 'students')),
    PRIMARY KEY (assessment_id, population_group)
);

-- Findings, reports and questionnaires kept elsewhere, by link, in the order the officer gave.
CREATE TABLE needs.assessment_attachment (
    assessment_id uuid          NOT NULL REFERENCES needs.assessment (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    position      integer       NOT NULL CHECK (position >= 0),
    title         varchar(300)  NOT NULL CHECK (btrim(title) <> ''),
    url           varchar(2000) NOT NULL CHECK (url ~ '^https?://[^\s]+$'),
    PRIMARY KEY (assessment_id, position)
);

-- A district covered by an assessment must be one of the assessment's municipality.
CREATE FUNCTION needs.assessment_district_same_municipality() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM needs.assessment a JOIN needs.district d ON d.municipality_id = a.municipality_id
                   WHERE a.id = NEW.assessment_id AND d.id = NEW.district_id) THEN
        RAISE EXCEPTION 'district % is not in the municipality of assessment %', NEW.district_id, NEW.assessment_id
            USING ERRCODE = 'foreign_key_violation';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER assessment_district_municipality BEFORE INSERT OR UPDATE ON needs.assessment_district
    FOR EACH ROW EXECUTE FUNCTION needs.assessment_district_same_municipality();

CREATE TABLE needs.need (
    id                  uuid PRIMARY KEY,
    assessment_id       uuid          NOT NULL,
    -- copied from the assessment so that tenancy filters need no join; the composite keys below
    -- keep it equal to the assessment's and the district's municipality
    municipality_id     uuid          NOT NULL,
    theme               varchar(100)  NOT NULL CHECK (theme ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    -- null: the whole municipality
    district_id         uuid,
    population_group    varchar(40)   NOT NULL CHECK (population_group IN (
        'all-newcomers', 'asylum-seekers', 'refugees', 'subsidiary-protection', 'temporary-protection',
        'family-reunification', 'women', 'unaccompanied-minors', 'children', 'young-people', 'older-people',
        'people-with-disabilities', 'workers', 'students')),
    description         text          NOT NULL CHECK (btrim(description) <> '' AND length(description) <= 4000),
    severity            smallint      NOT NULL CHECK (severity BETWEEN 1 AND 5),
    people_affected     integer       CHECK (people_affected >= 0),
    people_in_need      integer       CHECK (people_in_need >= 0),
    evidence            text,
    source              varchar(500),
    -- BCP 47 tags of the languages the group speaks, separated by single spaces (kept as one
    -- column so that the audit log records changes to it); read as an array in "languages"
    language_list       varchar(500)  NOT NULL DEFAULT ''
                        CHECK (language_list ~ '^([a-z]{2,3}(-[A-Za-z0-9]{2,8})*( [a-z]{2,3}(-[A-Za-z0-9]{2,8})*)*)?$'),
    languages           text[] GENERATED ALWAYS AS (
                            CASE WHEN language_list = '' THEN '{}'::text[] ELSE string_to_array(language_list, ' ') END) STORED,
    status              varchar(20)   NOT NULL CHECK (status IN ('IDENTIFIED', 'VALIDATED', 'ADDRESSED', 'CLOSED')),
    recommended_actions text,
    validated_by        varchar(64),
    validated_at        timestamptz,
    last_modified       timestamptz   NOT NULL DEFAULT now(),
    version             bigint        NOT NULL DEFAULT 0,
    CONSTRAINT need_in_need_within_affected CHECK (people_in_need IS NULL OR people_affected IS NULL
                                                   OR people_in_need <= people_affected),
    -- who validated and when go together; a need counted as validated or addressed has been validated
    CONSTRAINT need_validation_recorded CHECK ((validated_by IS NULL) = (validated_at IS NULL)
                                               AND (status NOT IN ('VALIDATED', 'ADDRESSED') OR validated_at IS NOT NULL)),
    CONSTRAINT need_assessment FOREIGN KEY (assessment_id, municipality_id)
        REFERENCES needs.assessment (id, municipality_id),
    CONSTRAINT need_district FOREIGN KEY (district_id, municipality_id)
        REFERENCES needs.district (id, municipality_id)
);
CREATE INDEX need_assessment_idx ON needs.need (assessment_id);
CREATE INDEX need_municipality_idx ON needs.need (municipality_id, severity DESC);
CREATE INDEX need_district_idx ON needs.need (district_id);
CREATE INDEX need_theme_idx ON needs.need (theme);
