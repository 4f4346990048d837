CREATE TABLE organisation (
    id         UUID PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    active     BOOLEAN NOT NULL DEFAULT TRUE,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    created_by UUID,
    changed_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    changed_by UUID,
    version    INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE team (
    id              UUID PRIMARY KEY,
    organisation_id UUID NOT NULL REFERENCES organisation (id),
    region_id       UUID REFERENCES region (id),
    name            TEXT NOT NULL,
    active          BOOLEAN NOT NULL DEFAULT TRUE,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    created_by      UUID,
    changed_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    changed_by      UUID,
    version         INTEGER NOT NULL DEFAULT 0,
    UNIQUE (organisation_id, name)
);

CREATE TABLE app_user (
    id                   UUID PRIMARY KEY,
    organisation_id      UUID NOT NULL REFERENCES organisation (id),
    team_id              UUID REFERENCES team (id),
    username             VARCHAR(100) NOT NULL,
    display_name         VARCHAR(200) NOT NULL,
    email                VARCHAR(254),
    password_hash        TEXT NOT NULL,
    password_must_change BOOLEAN NOT NULL DEFAULT FALSE,
    active               BOOLEAN NOT NULL DEFAULT TRUE,
    log_manager          BOOLEAN NOT NULL DEFAULT FALSE,
    totp_secret          TEXT,
    totp_enabled         BOOLEAN NOT NULL DEFAULT FALSE,
    totp_last_step       BIGINT,
    preferred_language   VARCHAR(5),
    deactivated_at       TIMESTAMPTZ,
    deactivation_reason  TEXT,
    created_at           TIMESTAMPTZ NOT NULL DEFAULT now(),
    created_by           UUID,
    changed_at           TIMESTAMPTZ NOT NULL DEFAULT now(),
    changed_by           UUID,
    version              INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX app_user_username_idx ON app_user (lower(username));
CREATE INDEX app_user_organisation_idx ON app_user (organisation_id, display_name);
CREATE INDEX app_user_team_idx ON app_user (team_id);

CREATE TABLE user_role (
    app_user UUID NOT NULL REFERENCES app_user (id),
    role     VARCHAR(40) NOT NULL,
    PRIMARY KEY (app_user, role)
);

CREATE TABLE recovery_code (
    app_user  UUID NOT NULL REFERENCES app_user (id),
    code_hash TEXT NOT NULL,
    used_at   TIMESTAMPTZ,
    PRIMARY KEY (app_user, code_hash)
);

-- Login attempts (password and second factor), for throttling. Username as typed: it may not exist.
CREATE TABLE login_attempt (
    id           BIGSERIAL PRIMARY KEY,
    username_key VARCHAR(100) NOT NULL,
    address      VARCHAR(64) NOT NULL,
    attempted_at TIMESTAMPTZ NOT NULL,
    succeeded    BOOLEAN NOT NULL
);
CREATE INDEX login_attempt_username_idx ON login_attempt (username_key, attempted_at);
CREATE INDEX login_attempt_address_idx ON login_attempt (address, attempted_at);
