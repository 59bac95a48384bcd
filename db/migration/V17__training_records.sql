-- Training records: the notification outbox, calendar feed tokens, certificates, feedback and
-- self-assessment, and study-visit reports. Rows of training-core's tables are referred to by id
-- with foreign keys; accounts and municipalities are the platform's.

-- Outbox of what learners and trainers are told. A row is written in the transaction of the change
-- it reports; a scheduled sender claims unsent rows (FOR UPDATE SKIP LOCKED) and mails them.
CREATE TABLE training.notification (
    id              uuid PRIMARY KEY,
    recipient_id    uuid         NOT NULL REFERENCES platform.account (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    kind            varchar(32)  NOT NULL CHECK (kind IN ('ENROLMENT_REQUESTED', 'ENROLMENT_CONFIRMED',
        'ENROLMENT_DECLINED', 'WAITLISTED', 'PROMOTED_FROM_WAITLIST', 'ENROLMENT_CANCELLED', 'SESSION_CHANGED',
        'SESSION_CANCELLED', 'COMPLETED', 'CERTIFICATE_ISSUED', 'CERTIFICATE_REVOKED')),
    session_id      uuid         NOT NULL,
    enrolment_id    uuid,
    language        varchar(35)  NOT NULL,
    subject         varchar(300) NOT NULL CHECK (length(btrim(subject)) > 0),
    body            text         NOT NULL CHECK (length(body) <= 20000),
    created_at      timestamptz  NOT NULL DEFAULT now(),
    sent_at         timestamptz,
    attempts        integer      NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at timestamptz  NOT NULL DEFAULT now(),
    last_error      varchar(1000),
    CONSTRAINT notification_sent_after_created CHECK (sent_at IS NULL OR sent_at >= created_at)
);
CREATE INDEX notification_recipient ON training.notification (recipient_id, created_at DESC);
-- the sender's queue: only unsent rows, oldest due first
CREATE INDEX notification_due ON training.notification (next_attempt_at) WHERE sent_at IS NULL;

-- One secret per account for its calendar feeds (calendar clients cannot send a bearer token);
-- only the SHA-256 of the token is kept.
CREATE TABLE training.calendar_feed (
    account_id uuid PRIMARY KEY REFERENCES platform.account (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    token_hash char(64)    NOT NULL UNIQUE CHECK (token_hash ~ '^[0-9a-f]{64}$'),
    created_at timestamptz NOT NULL DEFAULT now()
);

-- A certificate keeps what it printed, so that verification shows exactly that, whatever is
-- edited in the course later. The code is 12 characters of Crockford base32.
CREATE TABLE training.certificate (
    id               uuid PRIMARY KEY,
    code             char(12)     NOT NULL UNIQUE CHECK (code ~ '^[0-9A-HJKMNP-TV-Z]{12}$'),
    enrolment_id     uuid         NOT NULL UNIQUE,
    session_id       uuid         NOT NULL,
    course_id        uuid         NOT NULL,
    learner_id       uuid         NOT NULL REFERENCES platform.account (id) DEFERRABLE INITIALLY DEFERRED,
    municipality_id  uuid         NOT NULL REFERENCES platform.municipality (id) DEFERRABLE INITIALLY DEFERRED,
    learner_name     varchar(200) NOT NULL,
    course_title     varchar(300) NOT NULL,
    hours            numeric(6, 2) NOT NULL CHECK (hours > 0),
    first_day        date         NOT NULL,
    last_day         date         NOT NULL,
    host_name        varchar(200) NOT NULL,
    trainer_names    varchar(1000) NOT NULL,
    language         varchar(35)  NOT NULL,
    issued_at        timestamptz  NOT NULL DEFAULT now(),
    issued_by        varchar(64)  NOT NULL,
    revoked_at       timestamptz,
    revoked_by       varchar(64),
    revocation_reason varchar(1000),
    version          bigint       NOT NULL DEFAULT 0,
    CONSTRAINT certificate_days_in_order CHECK (last_day >= first_day),
    CONSTRAINT certificate_revocation_complete CHECK (
        (revoked_at IS NULL AND revoked_by IS NULL AND revocation_reason IS NULL)
        OR (revoked_at IS NOT NULL AND revoked_by IS NOT NULL AND length(btrim(revocation_reason)) > 0))
);
CREATE INDEX certificate_learner ON training.certificate (learner_id);
CREATE INDEX certificate_session ON training.certificate (session_id);

-- Feedback is anonymous: a response names the session, never the learner. That a completion has
-- been answered is kept apart (one row per enrolment), so nobody answers twice.
CREATE TABLE training.feedback_response (
    id          uuid PRIMARY KEY,
    session_id  uuid     NOT NULL,
    course_id   uuid     NOT NULL,
    relevance   smallint NOT NULL CHECK (relevance BETWEEN 1 AND 5),
    trainer     smallint NOT NULL CHECK (trainer BETWEEN 1 AND 5),
    materials   smallint NOT NULL CHECK (materials BETWEEN 1 AND 5),
    usefulness  smallint NOT NULL CHECK (usefulness BETWEEN 1 AND 5),
    comments    varchar(4000),
    -- the week only: an exact time could be matched with the enrolment's answer below
    week        date     NOT NULL
);
CREATE INDEX feedback_response_session ON training.feedback_response (session_id);
CREATE INDEX feedback_response_course ON training.feedback_response (course_id);

CREATE TABLE training.feedback_given (
    enrolment_id uuid PRIMARY KEY
);

-- Self-assessed competence per learning objective, before and after a course (1 = none, 5 = expert).
CREATE TABLE training.self_assessment (
    enrolment_id uuid       NOT NULL,
    objective_id uuid       NOT NULL,
    phase        varchar(4) NOT NULL CHECK (phase IN ('PRE', 'POST')),
    level        smallint   NOT NULL CHECK (level BETWEEN 1 AND 5),
    PRIMARY KEY (enrolment_id, objective_id, phase)
);

-- What a study visit saw at the host city, and the practice it was published as.
CREATE TABLE training.study_visit_report (
    session_id      uuid PRIMARY KEY,
    municipality_id uuid          NOT NULL REFERENCES platform.municipality (id) DEFERRABLE INITIALLY DEFERRED,
    title           varchar(300)  NOT NULL CHECK (length(btrim(title)) > 0),
    summary         varchar(1000) NOT NULL CHECK (length(btrim(summary)) > 0),
    practices       varchar(20000) NOT NULL CHECK (length(btrim(practices)) > 0),
    lessons         varchar(20000) NOT NULL CHECK (length(btrim(lessons)) > 0),
    practice_id     uuid,
    published_at    timestamptz,
    last_modified   timestamptz   NOT NULL DEFAULT now(),
    version         bigint        NOT NULL DEFAULT 0,
    CONSTRAINT study_visit_published_together CHECK ((practice_id IS NULL) = (published_at IS NULL))
);

-- References into the course and enrolment tables (V16).
ALTER TABLE training.notification
    ADD FOREIGN KEY (session_id) REFERENCES training.course_session (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    ADD FOREIGN KEY (enrolment_id) REFERENCES training.enrolment (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE training.certificate
    ADD FOREIGN KEY (enrolment_id) REFERENCES training.enrolment (id) DEFERRABLE INITIALLY DEFERRED,
    ADD FOREIGN KEY (session_id) REFERENCES training.course_session (id) DEFERRABLE INITIALLY DEFERRED,
    ADD FOREIGN KEY (course_id) REFERENCES training.course (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE training.feedback_response
    ADD FOREIGN KEY (session_id) REFERENCES training.course_session (id) DEFERRABLE INITIALLY DEFERRED,
    ADD FOREIGN KEY (course_id) REFERENCES training.course (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE training.feedback_given
    ADD FOREIGN KEY (enrolment_id) REFERENCES training.enrolment (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE training.self_assessment
    ADD FOREIGN KEY (enrolment_id) REFERENCES training.enrolment (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    ADD FOREIGN KEY (objective_id) REFERENCES training.learning_objective (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE training.study_visit_report
    ADD FOREIGN KEY (session_id) REFERENCES training.course_session (id) DEFERRABLE INITIALLY DEFERRED;
