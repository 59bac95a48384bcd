-- Foreign keys are checked at commit (DEFERRABLE INITIALLY DEFERRED): entities refer to each other
-- by id, so the persistence provider cannot know the order in which to insert them.
-- Platform: tenants (municipalities and regions), departments, accounts, memberships,
-- API tokens, login throttling and the append-only audit log.
CREATE SCHEMA IF NOT EXISTS platform;

CREATE TABLE platform.municipality (
    id               uuid PRIMARY KEY,
    name             varchar(200) NOT NULL,
    country          char(2)      NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
    kind             varchar(20)  NOT NULL CHECK (kind IN ('MUNICIPALITY', 'REGION')),
    parent_id        uuid REFERENCES platform.municipality (id) DEFERRABLE INITIALLY DEFERRED,
    default_language varchar(35)  NOT NULL,
    time_zone        varchar(64)  NOT NULL,
    created_at       timestamptz  NOT NULL DEFAULT now(),
    version          bigint       NOT NULL DEFAULT 0,
    CONSTRAINT municipality_not_own_parent CHECK (parent_id IS NULL OR parent_id <> id),
    CONSTRAINT municipality_name_unique UNIQUE (country, name)
);

CREATE TABLE platform.department (
    id              uuid PRIMARY KEY,
    municipality_id uuid         NOT NULL REFERENCES platform.municipality (id) DEFERRABLE INITIALLY DEFERRED,
    name            varchar(200) NOT NULL,
    version         bigint       NOT NULL DEFAULT 0,
    CONSTRAINT department_name_unique UNIQUE (municipality_id, name)
);
CREATE INDEX department_municipality ON platform.department (municipality_id);

CREATE TABLE platform.organisation (
    id      uuid PRIMARY KEY,
    name    varchar(300) NOT NULL UNIQUE,
    version bigint       NOT NULL DEFAULT 0
);

CREATE TABLE platform.account (
    id                 uuid PRIMARY KEY,
    username           varchar(64)  NOT NULL,
    display_name       varchar(200) NOT NULL,
    email              varchar(254) NOT NULL,
    preferred_language varchar(35)  NOT NULL DEFAULT 'en',
    password_hash      varchar(512),
    active             boolean      NOT NULL DEFAULT true,
    platform_admin     boolean      NOT NULL DEFAULT false,
    created_at         timestamptz  NOT NULL DEFAULT now(),
    version            bigint       NOT NULL DEFAULT 0,
    CONSTRAINT account_username_format CHECK (username ~ '^[a-z0-9][a-z0-9._-]{2,63}$')
);
CREATE UNIQUE INDEX account_username_unique ON platform.account (lower(username));
CREATE UNIQUE INDEX account_email_unique ON platform.account (lower(email));

CREATE TABLE platform.membership (
    id              uuid PRIMARY KEY,
    account_id      uuid        NOT NULL REFERENCES platform.account (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    municipality_id uuid REFERENCES platform.municipality (id) DEFERRABLE INITIALLY DEFERRED,
    organisation_id uuid REFERENCES platform.organisation (id) DEFERRABLE INITIALLY DEFERRED,
    department_id   uuid REFERENCES platform.department (id) DEFERRABLE INITIALLY DEFERRED,
    role            varchar(32) NOT NULL CHECK (role IN ('MUNICIPAL_ADMIN', 'OFFICER', 'TRAINER', 'COUNCIL',
                                                         'PROVIDER_EDITOR', 'LEARNER')),
    CONSTRAINT membership_scope CHECK ((municipality_id IS NULL) <> (organisation_id IS NULL)),
    CONSTRAINT membership_provider_scope CHECK ((role = 'PROVIDER_EDITOR') = (organisation_id IS NOT NULL))
);
CREATE UNIQUE INDEX membership_unique ON platform.membership (account_id, coalesce(municipality_id, organisation_id), role);
CREATE INDEX membership_account ON platform.membership (account_id);
CREATE INDEX membership_municipality ON platform.membership (municipality_id);

CREATE TABLE platform.api_token (
    id           uuid PRIMARY KEY,
    account_id   uuid         NOT NULL REFERENCES platform.account (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    name         varchar(100) NOT NULL,
    token_hash   char(64)     NOT NULL UNIQUE,
    prefix       varchar(16)  NOT NULL,
    created_at   timestamptz  NOT NULL DEFAULT now(),
    expires_at   timestamptz,
    last_used_at timestamptz,
    revoked_at   timestamptz
);
CREATE INDEX api_token_account ON platform.api_token (account_id);

-- Failed logins by user name; kept in the database so that throttling holds across instances.
CREATE TABLE platform.login_failure (
    id         bigserial PRIMARY KEY,
    username   varchar(254) NOT NULL,
    address    varchar(64),
    failed_at  timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX login_failure_username ON platform.login_failure (lower(username), failed_at);

CREATE TABLE platform.audit_entry (
    id              bigserial PRIMARY KEY,
    occurred_at     timestamptz  NOT NULL DEFAULT now(),
    actor           varchar(64)  NOT NULL,
    municipality_id uuid,
    action          varchar(10)  NOT NULL CHECK (action IN ('CREATE', 'UPDATE', 'DELETE')),
    entity_type     varchar(100) NOT NULL,
    entity_id       varchar(64)  NOT NULL,
    changes         jsonb        NOT NULL
);
CREATE INDEX audit_entry_entity ON platform.audit_entry (entity_type, entity_id);
CREATE INDEX audit_entry_occurred ON platform.audit_entry (occurred_at DESC);
CREATE INDEX audit_entry_actor ON platform.audit_entry (actor);

-- Append-only: the application may insert audit entries but never change or remove them.
CREATE FUNCTION platform.audit_entry_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit log is append-only';
END $$;
CREATE TRIGGER audit_entry_no_update BEFORE UPDATE OR DELETE ON platform.audit_entry
    FOR EACH ROW EXECUTE FUNCTION platform.audit_entry_immutable();
