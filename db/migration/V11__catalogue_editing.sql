-- Editing the catalogue: who keeps an organisation before it has services, the snapshots that let
-- a refused stale edit say what changed, and the daily review reminders (data freshness).

-- The municipality whose officers registered the organisation. Officers of the municipalities its
-- services serve may edit it anyway; this keeps a new organisation editable before its first service.
ALTER TABLE catalogue.organization ADD COLUMN municipality_id uuid;
CREATE INDEX organization_municipality ON catalogue.organization (municipality_id);

-- The record as it was saved at each version (Convivio's own JSON shape). When an edit arrives for
-- an older version, the difference between that version's snapshot and the current record is what
-- the editor is shown: field, the value they saw, the value now.
CREATE TABLE catalogue.record_revision (
    entity_type varchar(30)  NOT NULL CHECK (entity_type IN ('organization', 'service', 'location')),
    entity_id   uuid         NOT NULL,
    version     bigint       NOT NULL CHECK (version >= 0),
    document    jsonb        NOT NULL,
    saved_at    timestamptz  NOT NULL DEFAULT now(),
    saved_by    varchar(64)  NOT NULL,
    PRIMARY KEY (entity_type, entity_id, version)
);

-- One row per day the review job ran: the primary key is what lets only one of several instances
-- do the day's run (INSERT … ON CONFLICT DO NOTHING; whoever inserted the row runs).
CREATE TABLE catalogue.review_run (
    run_date      date        PRIMARY KEY,
    started_at    timestamptz NOT NULL DEFAULT now(),
    instance      varchar(200) NOT NULL,
    services      integer     CHECK (services >= 0),
    organizations integer     CHECK (organizations >= 0)
);

-- The services of an organisation that need review (not assured for 180 days), as of a run.
CREATE TABLE catalogue.review_reminder (
    run_date        date         NOT NULL REFERENCES catalogue.review_run (run_date) ON DELETE CASCADE,
    organization_id uuid         NOT NULL REFERENCES catalogue.organization (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    service_id      uuid         NOT NULL REFERENCES catalogue.service (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    service_name    varchar(300) NOT NULL,
    assured_date    date,
    PRIMARY KEY (run_date, service_id)
);
CREATE INDEX review_reminder_organization ON catalogue.review_reminder (organization_id, run_date);
