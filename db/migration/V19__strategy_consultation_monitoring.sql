-- Consultation comments and their answers, links of measures to needs, services and courses,
-- review flags, and monitoring (measure progress reports and indicator values over time).
--
-- These rows attach to lineages (strategy.section/measure/indicator.lineage_id, V18), not to the
-- rows of one version: a revision copies the content with new ids and the same lineages, so the
-- links and the monitoring follow a measure through its versions. There is no table of lineages
-- to refer to; a lineage is checked against the content by the application when a row is written.
-- A comment also names the version it was made on (the text that was out for consultation).
--
-- Every row carries the municipality of its strategy; the pair is kept consistent by a foreign key.

ALTER TABLE strategy.strategy ADD CONSTRAINT strategy_id_municipality UNIQUE (id, municipality_id);

CREATE TABLE strategy.consultation_comment (
    id                  uuid PRIMARY KEY,
    strategy_id         uuid          NOT NULL,
    municipality_id     uuid          NOT NULL,
    version_id          uuid          NOT NULL,
    target_kind         varchar(10)   NOT NULL CHECK (target_kind IN ('SECTION', 'MEASURE')),
    target_lineage_id   uuid          NOT NULL,
    -- the heading or title as it read when commented on: the report stays legible after revisions
    target_title        varchar(300)  NOT NULL CHECK (btrim(target_title) <> ''),
    -- the signed-in account that commented (never published), or null for a member of the public
    author_account_id   uuid,
    author_name         varchar(120)  CHECK (btrim(author_name) <> ''),
    author_organisation varchar(200)  CHECK (btrim(author_organisation) <> ''),
    text                varchar(4000) NOT NULL CHECK (length(btrim(text)) >= 3),
    -- a keyed hash of where an anonymous comment came from, for the rate limit; never shown
    source_key          varchar(64),
    submitted_at        timestamptz   NOT NULL DEFAULT now(),
    answer              varchar(20)   CHECK (answer IN ('ACCEPTED', 'PARTLY_ACCEPTED', 'REJECTED')),
    answer_reason       varchar(4000) CHECK (btrim(answer_reason) <> ''),
    answered_at         timestamptz,
    answered_by         uuid,
    last_modified       timestamptz   NOT NULL DEFAULT now(),
    version             bigint        NOT NULL DEFAULT 0,
    CONSTRAINT comment_strategy FOREIGN KEY (strategy_id, municipality_id)
        REFERENCES strategy.strategy (id, municipality_id),
    CONSTRAINT comment_version FOREIGN KEY (version_id, strategy_id) REFERENCES strategy.version (id, strategy_id),
    -- an answer is whole: what was decided, why, when and by whom
    CONSTRAINT comment_answer_whole CHECK ((answer IS NULL) = (answer_reason IS NULL)
                                           AND (answer IS NULL) = (answered_at IS NULL)
                                           AND (answer IS NULL) = (answered_by IS NULL)),
    CONSTRAINT comment_answered_after CHECK (answered_at IS NULL OR answered_at >= submitted_at)
);
CREATE INDEX consultation_comment_version ON strategy.consultation_comment (version_id, submitted_at);
CREATE INDEX consultation_comment_source ON strategy.consultation_comment (source_key, submitted_at)
    WHERE source_key IS NOT NULL;

CREATE TABLE strategy.measure_link (
    id                 uuid PRIMARY KEY,
    strategy_id        uuid        NOT NULL,
    municipality_id    uuid        NOT NULL,
    measure_lineage_id uuid        NOT NULL,
    kind               varchar(10) NOT NULL CHECK (kind IN ('NEED', 'SERVICE', 'COURSE')),
    -- a need (needs.need), a service (catalogue.service) or a course (training.course), by id only
    target_id          uuid        NOT NULL,
    created_at         timestamptz NOT NULL DEFAULT now(),
    created_by         uuid,
    CONSTRAINT measure_link_strategy FOREIGN KEY (strategy_id, municipality_id)
        REFERENCES strategy.strategy (id, municipality_id),
    CONSTRAINT measure_link_unique UNIQUE (strategy_id, measure_lineage_id, kind, target_id)
);
CREATE INDEX measure_link_target ON strategy.measure_link (kind, target_id);

CREATE TABLE strategy.review_flag (
    id                 uuid PRIMARY KEY,
    strategy_id        uuid         NOT NULL,
    municipality_id    uuid         NOT NULL,
    measure_lineage_id uuid         NOT NULL,
    reason             varchar(20)  NOT NULL CHECK (reason IN ('SERVICE_WITHDRAWN', 'NEED_CLOSED')),
    target_id          uuid         NOT NULL,
    raised_at          timestamptz  NOT NULL DEFAULT now(),
    cleared_at         timestamptz,
    cleared_by         uuid,
    clearing_note      varchar(1000) CHECK (btrim(clearing_note) <> ''),
    version            bigint       NOT NULL DEFAULT 0,
    CONSTRAINT review_flag_strategy FOREIGN KEY (strategy_id, municipality_id)
        REFERENCES strategy.strategy (id, municipality_id),
    CONSTRAINT review_flag_cleared_whole CHECK ((cleared_at IS NULL) = (cleared_by IS NULL)
                                                AND (cleared_at IS NULL OR cleared_at >= raised_at))
);
-- one open flag per measure and cause: a second event about the same service raises nothing new
CREATE UNIQUE INDEX review_flag_one_open ON strategy.review_flag (strategy_id, measure_lineage_id, reason, target_id)
    WHERE cleared_at IS NULL;

CREATE TABLE strategy.measure_progress (
    id                 uuid PRIMARY KEY,
    strategy_id        uuid          NOT NULL,
    municipality_id    uuid          NOT NULL,
    measure_lineage_id uuid          NOT NULL,
    reported_on        date          NOT NULL,
    status             varchar(20)   NOT NULL CHECK (status IN ('PLANNED', 'IN_PROGRESS', 'DONE', 'DELAYED', 'DROPPED')),
    progress           integer       NOT NULL CHECK (progress BETWEEN 0 AND 100),
    note               varchar(2000) CHECK (btrim(note) <> ''),
    recorded_at        timestamptz   NOT NULL DEFAULT now(),
    recorded_by        uuid          NOT NULL,
    CONSTRAINT measure_progress_strategy FOREIGN KEY (strategy_id, municipality_id)
        REFERENCES strategy.strategy (id, municipality_id),
    CONSTRAINT measure_progress_done_complete CHECK (status <> 'DONE' OR progress = 100)
);
CREATE INDEX measure_progress_lineage ON strategy.measure_progress (strategy_id, measure_lineage_id, reported_on);

CREATE TABLE strategy.indicator_value (
    id                   uuid PRIMARY KEY,
    strategy_id          uuid           NOT NULL,
    municipality_id      uuid           NOT NULL,
    indicator_lineage_id uuid           NOT NULL,
    measured_on          date           NOT NULL,
    value                numeric(18, 4) NOT NULL,
    source               varchar(300)   NOT NULL CHECK (btrim(source) <> ''),
    note                 varchar(2000)  CHECK (btrim(note) <> ''),
    recorded_at          timestamptz    NOT NULL DEFAULT now(),
    recorded_by          uuid           NOT NULL,
    CONSTRAINT indicator_value_strategy FOREIGN KEY (strategy_id, municipality_id)
        REFERENCES strategy.strategy (id, municipality_id)
);
CREATE INDEX indicator_value_lineage ON strategy.indicator_value (strategy_id, indicator_lineage_id, measured_on);

-- Progress reports and measured values are a record of what was reported when: corrections are
-- new rows, never edits.
CREATE FUNCTION strategy.monitoring_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% rows are a record and cannot be changed; record a correction instead', TG_TABLE_NAME
        USING ERRCODE = 'integrity_constraint_violation';
END $$;
CREATE TRIGGER measure_progress_append_only BEFORE UPDATE OR DELETE ON strategy.measure_progress
    FOR EACH ROW EXECUTE FUNCTION strategy.monitoring_append_only();
CREATE TRIGGER indicator_value_append_only BEFORE UPDATE OR DELETE ON strategy.indicator_value
    FOR EACH ROW EXECUTE FUNCTION strategy.monitoring_append_only();
