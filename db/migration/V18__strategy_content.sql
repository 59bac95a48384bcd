-- Local integration strategies: a strategy of a municipality or a region (platform.municipality,
-- referred to by id only), its versions (at most one open draft, any number of adopted versions)
-- and the content of each version: sections, goals, measures and indicators.
--
-- Every content row carries a lineage_id: the same lineage across the versions of one strategy,
-- because a new draft copies the rows of the version it starts from with new ids and the same
-- lineages. Comparison matches rows by lineage; consultation comments, links and monitoring
-- attach to lineages so that they survive revisions.
--
-- An adopted version is frozen: triggers below refuse any change to the version row and to its
-- content, whatever client writes.

CREATE TABLE strategy.strategy (
    id                     uuid PRIMARY KEY,
    municipality_id        uuid         NOT NULL,
    title                  varchar(300) NOT NULL CHECK (btrim(title) <> ''),
    language               varchar(35)  NOT NULL CHECK (language ~ '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$'),
    period_from            date         NOT NULL,
    period_to              date         NOT NULL,
    status                 varchar(20)  NOT NULL CHECK (status IN ('DRAFT', 'CONSULTATION', 'REVISED_DRAFT', 'ADOPTED')),
    consultation_start     date,
    consultation_end       date,
    allows_public_comments boolean      NOT NULL DEFAULT false,
    -- where the first draft came from: another strategy's adopted version, or a template
    origin_strategy_id     uuid,
    origin_version_id      uuid,
    origin_template        varchar(50) CHECK (origin_template ~ '^[a-z0-9-]+$'),
    created_at             timestamptz  NOT NULL DEFAULT now(),
    last_modified          timestamptz  NOT NULL DEFAULT now(),
    version                bigint       NOT NULL DEFAULT 0,
    CONSTRAINT strategy_period CHECK (period_to >= period_from),
    CONSTRAINT strategy_consultation_window CHECK ((consultation_start IS NULL) = (consultation_end IS NULL)
                                                   AND (consultation_end IS NULL OR consultation_end >= consultation_start)),
    -- a consultation has its window
    CONSTRAINT strategy_consultation_dated CHECK (status <> 'CONSULTATION' OR consultation_start IS NOT NULL),
    CONSTRAINT strategy_origin CHECK ((origin_version_id IS NULL) = (origin_strategy_id IS NULL)
                                      AND NOT (origin_version_id IS NOT NULL AND origin_template IS NOT NULL)),
    CONSTRAINT strategy_not_own_origin CHECK (origin_strategy_id IS NULL OR origin_strategy_id <> id)
);
CREATE INDEX strategy_municipality ON strategy.strategy (municipality_id);

CREATE TABLE strategy.version (
    id                  uuid PRIMARY KEY,
    strategy_id         uuid         NOT NULL REFERENCES strategy.strategy (id) DEFERRABLE INITIALLY DEFERRED,
    number              integer      NOT NULL CHECK (number > 0),
    kind                varchar(10)  NOT NULL CHECK (kind IN ('DRAFT', 'ADOPTED')),
    based_on_version_id uuid REFERENCES strategy.version (id) DEFERRABLE INITIALLY DEFERRED,
    adopted_at          date,
    adopting_body       varchar(300),
    decision_reference  varchar(200),
    created_at          timestamptz  NOT NULL DEFAULT now(),
    last_modified       timestamptz  NOT NULL DEFAULT now(),
    version             bigint       NOT NULL DEFAULT 0,
    CONSTRAINT version_number_unique UNIQUE (strategy_id, number),
    CONSTRAINT version_id_strategy UNIQUE (id, strategy_id),
    CONSTRAINT version_adoption CHECK ((kind = 'ADOPTED') = (adopted_at IS NOT NULL)
                                       AND (kind = 'ADOPTED') = (adopting_body IS NOT NULL AND btrim(adopting_body) <> '')
                                       AND (kind = 'ADOPTED') = (decision_reference IS NOT NULL AND btrim(decision_reference) <> '')),
    CONSTRAINT version_not_own_base CHECK (based_on_version_id IS NULL OR based_on_version_id <> id)
);
-- one open draft per strategy at a time
CREATE UNIQUE INDEX version_one_draft ON strategy.version (strategy_id) WHERE kind = 'DRAFT';

ALTER TABLE strategy.strategy
    ADD CONSTRAINT strategy_origin_version FOREIGN KEY (origin_version_id, origin_strategy_id)
        REFERENCES strategy.version (id, strategy_id) DEFERRABLE INITIALLY DEFERRED;

CREATE TABLE strategy.section (
    id            uuid PRIMARY KEY,
    version_id    uuid         NOT NULL REFERENCES strategy.version (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    lineage_id    uuid         NOT NULL,
    parent_id     uuid,
    position      integer      NOT NULL CHECK (position >= 0),
    heading       varchar(300) NOT NULL CHECK (btrim(heading) <> ''),
    body          text         NOT NULL DEFAULT '',
    -- advice from the template on what the section should say; shown to editors, not published
    guidance      text,
    last_modified timestamptz  NOT NULL DEFAULT now(),
    version       bigint       NOT NULL DEFAULT 0,
    CONSTRAINT section_lineage_unique UNIQUE (version_id, lineage_id),
    CONSTRAINT section_id_version UNIQUE (id, version_id),
    CONSTRAINT section_not_own_parent CHECK (parent_id IS NULL OR parent_id <> id),
    -- a subsection sits in the same version as its parent
    CONSTRAINT section_parent FOREIGN KEY (parent_id, version_id)
        REFERENCES strategy.section (id, version_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX section_version ON strategy.section (version_id, position);
CREATE INDEX section_lineage ON strategy.section (lineage_id);

CREATE TABLE strategy.goal (
    id            uuid PRIMARY KEY,
    version_id    uuid         NOT NULL REFERENCES strategy.version (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    lineage_id    uuid         NOT NULL,
    position      integer      NOT NULL CHECK (position >= 0),
    title         varchar(300) NOT NULL CHECK (btrim(title) <> ''),
    description   text         NOT NULL DEFAULT '',
    last_modified timestamptz  NOT NULL DEFAULT now(),
    version       bigint       NOT NULL DEFAULT 0,
    CONSTRAINT goal_lineage_unique UNIQUE (version_id, lineage_id),
    CONSTRAINT goal_id_version UNIQUE (id, version_id)
);
CREATE INDEX goal_version ON strategy.goal (version_id, position);
CREATE INDEX goal_lineage ON strategy.goal (lineage_id);

CREATE TABLE strategy.measure (
    id                        uuid PRIMARY KEY,
    version_id                uuid          NOT NULL REFERENCES strategy.version (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    lineage_id                uuid          NOT NULL,
    goal_id                   uuid,
    position                  integer       NOT NULL CHECK (position >= 0),
    title                     varchar(300)  NOT NULL CHECK (btrim(title) <> ''),
    description               text          NOT NULL DEFAULT '',
    -- a department of the municipality (platform.department, by id) and/or a body named in words
    responsible_department_id uuid,
    responsible_body          varchar(300),
    partners                  varchar(1000),
    start_date                date,
    end_date                  date,
    budget                    numeric(15, 2) CHECK (budget >= 0),
    currency                  char(3) CHECK (currency ~ '^[A-Z]{3}$'),
    funding_source            varchar(20) CHECK (funding_source IN ('AMIF', 'ESF_PLUS', 'ERASMUS_PLUS', 'MUNICIPAL_BUDGET', 'OTHER')),
    status                    varchar(20)   NOT NULL CHECK (status IN ('PLANNED', 'IN_PROGRESS', 'DONE', 'DELAYED', 'DROPPED')),
    progress                  integer       NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
    last_modified             timestamptz   NOT NULL DEFAULT now(),
    version                   bigint        NOT NULL DEFAULT 0,
    CONSTRAINT measure_lineage_unique UNIQUE (version_id, lineage_id),
    CONSTRAINT measure_id_version UNIQUE (id, version_id),
    CONSTRAINT measure_dates CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date),
    -- an amount without its currency means nothing
    CONSTRAINT measure_budget_currency CHECK ((budget IS NULL) = (currency IS NULL)),
    CONSTRAINT measure_done_complete CHECK (status <> 'DONE' OR progress = 100),
    CONSTRAINT measure_goal FOREIGN KEY (goal_id, version_id)
        REFERENCES strategy.goal (id, version_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX measure_version ON strategy.measure (version_id, position);
CREATE INDEX measure_lineage ON strategy.measure (lineage_id);

CREATE TABLE strategy.indicator (
    id            uuid PRIMARY KEY,
    version_id    uuid          NOT NULL REFERENCES strategy.version (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    lineage_id    uuid          NOT NULL,
    -- what the indicator tells progress on: a goal, a measure, or the strategy as a whole
    goal_id       uuid,
    measure_id    uuid,
    position      integer       NOT NULL CHECK (position >= 0),
    name          varchar(300)  NOT NULL CHECK (btrim(name) <> ''),
    unit          varchar(50)   NOT NULL CHECK (btrim(unit) <> ''),
    baseline      numeric(18, 4),
    baseline_date date,
    target        numeric(18, 4),
    target_date   date,
    last_modified timestamptz   NOT NULL DEFAULT now(),
    version       bigint        NOT NULL DEFAULT 0,
    CONSTRAINT indicator_lineage_unique UNIQUE (version_id, lineage_id),
    CONSTRAINT indicator_id_version UNIQUE (id, version_id),
    CONSTRAINT indicator_baseline_dated CHECK ((baseline IS NULL) = (baseline_date IS NULL)),
    CONSTRAINT indicator_target_dated CHECK ((target IS NULL) = (target_date IS NULL)),
    CONSTRAINT indicator_target_after_baseline CHECK (target_date IS NULL OR baseline_date IS NULL OR target_date >= baseline_date),
    CONSTRAINT indicator_one_subject CHECK (goal_id IS NULL OR measure_id IS NULL),
    CONSTRAINT indicator_goal FOREIGN KEY (goal_id, version_id)
        REFERENCES strategy.goal (id, version_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT indicator_measure FOREIGN KEY (measure_id, version_id)
        REFERENCES strategy.measure (id, version_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX indicator_version ON strategy.indicator (version_id, position);
CREATE INDEX indicator_lineage ON strategy.indicator (lineage_id);

-- An adopted version is a public record of a council decision: once adopted, neither the version
-- row nor any of its content may change or disappear.
CREATE FUNCTION strategy.adopted_version_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.kind = 'ADOPTED' THEN
        RAISE EXCEPTION 'strategy version % is adopted and cannot be changed', OLD.id
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;
CREATE TRIGGER version_adopted_frozen BEFORE UPDATE OR DELETE ON strategy.version
    FOR EACH ROW EXECUTE FUNCTION strategy.adopted_version_immutable();

CREATE FUNCTION strategy.adopted_content_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    touched uuid[];
BEGIN
    touched := CASE TG_OP WHEN 'INSERT' THEN ARRAY[NEW.version_id]
                          WHEN 'DELETE' THEN ARRAY[OLD.version_id]
                          ELSE ARRAY[OLD.version_id, NEW.version_id] END;
    IF EXISTS (SELECT 1 FROM strategy.version v WHERE v.id = ANY (touched) AND v.kind = 'ADOPTED') THEN
        RAISE EXCEPTION '% of an adopted strategy version cannot be changed', TG_TABLE_NAME
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;
CREATE TRIGGER section_adopted_frozen BEFORE INSERT OR UPDATE OR DELETE ON strategy.section
    FOR EACH ROW EXECUTE FUNCTION strategy.adopted_content_immutable();
CREATE TRIGGER goal_adopted_frozen BEFORE INSERT OR UPDATE OR DELETE ON strategy.goal
    FOR EACH ROW EXECUTE FUNCTION strategy.adopted_content_immutable();
CREATE TRIGGER measure_adopted_frozen BEFORE INSERT OR UPDATE OR DELETE ON strategy.measure
    FOR EACH ROW EXECUTE FUNCTION strategy.adopted_content_immutable();
CREATE TRIGGER indicator_adopted_frozen BEFORE INSERT OR UPDATE OR DELETE ON strategy.indicator
    FOR EACH ROW EXECUTE FUNCTION strategy.adopted_content_immutable();
