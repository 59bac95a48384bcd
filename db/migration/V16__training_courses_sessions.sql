-- Staff training: courses, their sessions, enrolments (with approval and waitlist) and attendance
-- per session day. Municipalities, departments and accounts live in the platform schema and are
-- referred to by id only; topics are codes of the shared convivio-themes taxonomy (catalogue).

-- A course belongs to the municipality whose trainers wrote it; its sessions may be hosted anywhere.
CREATE TABLE training.course (
    id                        uuid PRIMARY KEY,
    municipality_id           uuid          NOT NULL,
    status                    varchar(10)   NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED', 'ARCHIVED')),
    title                     varchar(300)  NOT NULL CHECK (btrim(title) <> ''),
    description               text          NOT NULL CHECK (btrim(description) <> ''),
    -- the language the course is taught in, which is also the language of title and description
    language                  varchar(35)   NOT NULL CHECK (language ~ '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$'),
    format                    varchar(20)   NOT NULL CHECK (format IN ('IN_PERSON', 'ONLINE', 'BLENDED', 'STUDY_VISIT', 'JOINT_EVENT')),
    hours                     numeric(5, 1) NOT NULL CHECK (hours > 0 AND hours <= 500),
    -- share of session days a learner must attend (late counts, excused does not)
    min_attendance_share      numeric(3, 2) NOT NULL CHECK (min_attendance_share > 0 AND min_attendance_share <= 1),
    final_assessment_required boolean       NOT NULL DEFAULT false,
    -- who approves enrolment requests in new sessions of the course
    approval                  varchar(10)   NOT NULL CHECK (approval IN ('AUTOMATIC', 'MANAGER', 'TRAINER')),
    last_modified             timestamptz   NOT NULL DEFAULT now(),
    version                   bigint        NOT NULL DEFAULT 0
);
CREATE INDEX course_municipality ON training.course (municipality_id, status);

-- Title and description in further languages (the course's own language is on the course row).
CREATE TABLE training.course_translation (
    course_id   uuid         NOT NULL REFERENCES training.course (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    language    varchar(35)  NOT NULL CHECK (language ~ '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$'),
    title       varchar(300) NOT NULL CHECK (btrim(title) <> ''),
    description text,
    PRIMARY KEY (course_id, language)
);

CREATE TABLE training.course_topic (
    course_id   uuid         NOT NULL REFERENCES training.course (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    topic       varchar(100) NOT NULL,
    taxonomy_id uuid         NOT NULL DEFAULT 'e7a1c2d4-0000-4000-8000-000000000000'
                             CHECK (taxonomy_id = 'e7a1c2d4-0000-4000-8000-000000000000'),
    PRIMARY KEY (course_id, topic),
    FOREIGN KEY (taxonomy_id, topic) REFERENCES catalogue.taxonomy_term (taxonomy_id, code)
);
CREATE INDEX course_topic_topic ON training.course_topic (topic);

CREATE TABLE training.course_target_department (
    course_id     uuid NOT NULL REFERENCES training.course (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    department_id uuid NOT NULL,
    PRIMARY KEY (course_id, department_id)
);

CREATE TABLE training.course_target_role (
    course_id uuid        NOT NULL REFERENCES training.course (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    role      varchar(32) NOT NULL CHECK (role IN ('MUNICIPAL_ADMIN', 'OFFICER', 'TRAINER', 'COUNCIL', 'PROVIDER_EDITOR', 'LEARNER')),
    PRIMARY KEY (course_id, role)
);

-- Learning objectives keep their id for good: self-assessments refer to them.
CREATE TABLE training.learning_objective (
    id        uuid PRIMARY KEY,
    course_id uuid          NOT NULL REFERENCES training.course (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    position  integer       NOT NULL CHECK (position >= 0),
    text      varchar(1000) NOT NULL CHECK (btrim(text) <> ''),
    CONSTRAINT learning_objective_position UNIQUE (course_id, position) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE training.course_trainer (
    course_id  uuid NOT NULL REFERENCES training.course (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    account_id uuid NOT NULL,
    PRIMARY KEY (course_id, account_id)
);

CREATE TABLE training.course_prerequisite (
    course_id       uuid NOT NULL REFERENCES training.course (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    prerequisite_id uuid NOT NULL REFERENCES training.course (id) DEFERRABLE INITIALLY DEFERRED,
    PRIMARY KEY (course_id, prerequisite_id),
    CONSTRAINT course_prerequisite_not_self CHECK (course_id <> prerequisite_id)
);

-- A session: one run of a course, hosted by a municipality, on one or more days.
CREATE TABLE training.course_session (
    id                     uuid PRIMARY KEY,
    course_id              uuid          NOT NULL REFERENCES training.course (id) DEFERRABLE INITIALLY DEFERRED,
    municipality_id        uuid          NOT NULL,
    status                 varchar(10)   NOT NULL CHECK (status IN ('SCHEDULED', 'OPEN', 'FULL', 'RUNNING', 'COMPLETED', 'CANCELLED')),
    venue                  varchar(500),
    online_link            varchar(2000) CHECK (online_link ~ '^https?://[^\s]+$'),
    capacity               integer       NOT NULL CHECK (capacity > 0 AND capacity <= 1000),
    enrolment_opens        timestamptz   NOT NULL,
    enrolment_closes       timestamptz   NOT NULL,
    cancellation_deadline  timestamptz   NOT NULL,
    -- exchange between cities: staff of other municipalities may enrol
    open_to_other_municipalities boolean NOT NULL DEFAULT false,
    approval               varchar(10)   NOT NULL CHECK (approval IN ('AUTOMATIC', 'MANAGER', 'TRAINER')),
    cancellation_reason    varchar(1000),
    last_modified          timestamptz   NOT NULL DEFAULT now(),
    version                bigint        NOT NULL DEFAULT 0,
    CONSTRAINT course_session_place CHECK (venue IS NOT NULL OR online_link IS NOT NULL),
    CONSTRAINT course_session_window CHECK (enrolment_opens < enrolment_closes)
);
CREATE INDEX course_session_course ON training.course_session (course_id);
CREATE INDEX course_session_municipality ON training.course_session (municipality_id, status);

-- Times are local to the host municipality (platform.municipality.time_zone).
CREATE TABLE training.session_day (
    id         uuid PRIMARY KEY,
    session_id uuid    NOT NULL REFERENCES training.course_session (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    day        date    NOT NULL,
    starts_at  time    NOT NULL,
    ends_at    time    NOT NULL,
    CONSTRAINT session_day_times CHECK (starts_at < ends_at),
    CONSTRAINT session_day_unique UNIQUE (session_id, day) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE training.session_trainer (
    session_id uuid NOT NULL REFERENCES training.course_session (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    account_id uuid NOT NULL,
    PRIMARY KEY (session_id, account_id)
);

-- An enrolment: a learner's place (or wish for one) in a session. Requested and confirmed
-- enrolments hold a seat; waitlisted ones wait in the order of their waitlist position.
CREATE TABLE training.enrolment (
    id                      uuid PRIMARY KEY,
    session_id              uuid        NOT NULL REFERENCES training.course_session (id) DEFERRABLE INITIALLY DEFERRED,
    account_id              uuid        NOT NULL,
    -- where the learner works when they asked: decides who approves and which department it counts for
    learner_municipality_id uuid        NOT NULL,
    department_id           uuid,
    status                  varchar(12) NOT NULL CHECK (status IN ('REQUESTED', 'CONFIRMED', 'WAITLISTED', 'DECLINED', 'CANCELLED', 'COMPLETED')),
    requested_at            timestamptz NOT NULL,
    waitlist_position       integer CHECK (waitlist_position > 0),
    waitlisted_at           timestamptz,
    decided_at              timestamptz,
    decided_by              uuid,
    decision_note           varchar(1000),
    cancelled_at            timestamptz,
    completed_at            timestamptz,
    final_assessment_passed boolean,
    last_modified           timestamptz NOT NULL DEFAULT now(),
    version                 bigint      NOT NULL DEFAULT 0,
    CONSTRAINT enrolment_waitlist CHECK ((status = 'WAITLISTED') = (waitlist_position IS NOT NULL)),
    CONSTRAINT enrolment_waitlisted_at CHECK (waitlist_position IS NULL OR waitlisted_at IS NOT NULL),
    CONSTRAINT enrolment_cancelled_at CHECK ((status = 'CANCELLED') = (cancelled_at IS NOT NULL)),
    CONSTRAINT enrolment_completed_at CHECK ((status = 'COMPLETED') = (completed_at IS NOT NULL))
);
-- one live enrolment per learner and session; declined or cancelled ones may be followed by a new request
CREATE UNIQUE INDEX enrolment_live ON training.enrolment (session_id, account_id)
    WHERE status IN ('REQUESTED', 'CONFIRMED', 'WAITLISTED', 'COMPLETED');
CREATE UNIQUE INDEX enrolment_waitlist_position ON training.enrolment (session_id, waitlist_position)
    WHERE waitlist_position IS NOT NULL;
CREATE INDEX enrolment_account ON training.enrolment (account_id);
CREATE INDEX enrolment_department ON training.enrolment (department_id, status);

-- The last line of defence for capacity: seats held never exceed the session's capacity. Checked
-- at commit (a deferred constraint trigger), because one transaction may free a seat and give it to
-- the next learner in either order; the session row is locked first, so concurrent transactions
-- on one session are checked one after the other, each seeing what the previous one committed.
CREATE FUNCTION training.enrolment_within_capacity() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    seats integer;
    held  integer;
BEGIN
    IF NEW.status NOT IN ('REQUESTED', 'CONFIRMED', 'COMPLETED') THEN
        RETURN NULL;
    END IF;
    SELECT capacity INTO seats FROM training.course_session WHERE id = NEW.session_id FOR UPDATE;
    SELECT count(*) INTO held FROM training.enrolment
     WHERE session_id = NEW.session_id AND status IN ('REQUESTED', 'CONFIRMED', 'COMPLETED');
    IF held > seats THEN
        RAISE EXCEPTION 'session % is full (% seats)', NEW.session_id, seats USING ERRCODE = 'check_violation';
    END IF;
    RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER enrolment_capacity AFTER INSERT OR UPDATE OF status, session_id ON training.enrolment
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION training.enrolment_within_capacity();

-- Attendance of one enrolled learner on one session day, marked by a trainer of the session.
CREATE TABLE training.attendance (
    id             uuid PRIMARY KEY,
    enrolment_id   uuid        NOT NULL REFERENCES training.enrolment (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    session_day_id uuid        NOT NULL REFERENCES training.session_day (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    status         varchar(10) NOT NULL CHECK (status IN ('PRESENT', 'LATE', 'EXCUSED', 'ABSENT')),
    marked_by      uuid        NOT NULL,
    marked_at      timestamptz NOT NULL,
    version        bigint      NOT NULL DEFAULT 0,
    CONSTRAINT attendance_unique UNIQUE (enrolment_id, session_day_id)
);
CREATE INDEX attendance_day ON training.attendance (session_day_id);
