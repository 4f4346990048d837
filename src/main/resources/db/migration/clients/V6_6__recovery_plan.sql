-- The recovery plan: the client's own goals per life domain (levensgebied), the steps towards
-- them and who helps, moments of recovery, and every change as a version.

-- Life domains are data. The rows without an organisation are Kwartier's default set, named by
-- message key so they read in Dutch and English. An organisation adapts the set with rows of its
-- own: a row with the same code renames (name_nl, name_en) or hides a default, a new code adds one.
CREATE TABLE life_domain (
    id              UUID PRIMARY KEY,
    organisation_id UUID REFERENCES organisation (id),
    code            VARCHAR(40) NOT NULL,
    name_key        VARCHAR(100),
    name_nl         VARCHAR(100),
    name_en         VARCHAR(100),
    position        INTEGER NOT NULL,
    hidden          BOOLEAN NOT NULL DEFAULT FALSE,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    created_by      UUID,
    changed_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    changed_by      UUID,
    version         INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT life_domain_named CHECK (hidden OR name_key IS NOT NULL OR name_nl IS NOT NULL)
);
CREATE UNIQUE INDEX life_domain_default_code_idx ON life_domain (code) WHERE organisation_id IS NULL;
CREATE UNIQUE INDEX life_domain_organisation_code_idx ON life_domain (organisation_id, code) WHERE organisation_id IS NOT NULL;

INSERT INTO life_domain (id, code, name_key, position) VALUES
    (gen_random_uuid(), 'HOUSING', 'plan.domain.HOUSING', 10),
    (gen_random_uuid(), 'MONEY', 'plan.domain.MONEY', 20),
    (gen_random_uuid(), 'DAILY_ACTIVITIES', 'plan.domain.DAILY_ACTIVITIES', 30),
    (gen_random_uuid(), 'SOCIAL_CONTACTS', 'plan.domain.SOCIAL_CONTACTS', 40),
    (gen_random_uuid(), 'MENTAL_HEALTH', 'plan.domain.MENTAL_HEALTH', 50),
    (gen_random_uuid(), 'PHYSICAL_HEALTH', 'plan.domain.PHYSICAL_HEALTH', 60),
    (gen_random_uuid(), 'ADDICTION', 'plan.domain.ADDICTION', 70),
    (gen_random_uuid(), 'WORK_AND_LEARNING', 'plan.domain.WORK_AND_LEARNING', 80),
    (gen_random_uuid(), 'MEANING', 'plan.domain.MEANING', 90),
    (gen_random_uuid(), 'SELF_CARE', 'plan.domain.SELF_CARE', 100);

-- A goal in the client's own words. Goals are voided with a reason, never deleted.
CREATE TABLE goal (
    id           UUID PRIMARY KEY,
    client_id    UUID NOT NULL REFERENCES client (id),
    domain_code  VARCHAR(40) NOT NULL,
    description  TEXT NOT NULL,
    status       VARCHAR(20) NOT NULL,
    review_on    DATE,
    voided_at    TIMESTAMPTZ,
    voided_by    UUID REFERENCES app_user (id),
    void_reason  TEXT,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    created_by   UUID REFERENCES app_user (id),
    changed_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    changed_by   UUID REFERENCES app_user (id),
    version      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX goal_client_idx ON goal (client_id) WHERE voided_at IS NULL;

-- The steps towards a goal, in order, and who helps: a worker, someone from the client's own
-- network or an organisation (for now by name). A step taken out of the goal is voided.
CREATE TABLE goal_step (
    id           UUID PRIMARY KEY,
    goal_id      UUID NOT NULL REFERENCES goal (id),
    client_id    UUID NOT NULL REFERENCES client (id),
    position     INTEGER NOT NULL,
    description  TEXT NOT NULL,
    helper_kind  VARCHAR(20),
    helper_name  VARCHAR(200),
    voided_at    TIMESTAMPTZ,
    voided_by    UUID REFERENCES app_user (id),
    void_reason  TEXT,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    created_by   UUID REFERENCES app_user (id),
    changed_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    changed_by   UUID REFERENCES app_user (id),
    version      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX goal_step_goal_idx ON goal_step (goal_id, position) WHERE voided_at IS NULL;
CREATE INDEX goal_step_client_idx ON goal_step (client_id);

-- A moment of recovery, recorded as it happens.
CREATE TABLE recovery_moment (
    id           UUID PRIMARY KEY,
    client_id    UUID NOT NULL REFERENCES client (id),
    happened_on  DATE NOT NULL,
    description  TEXT NOT NULL,
    domain_code  VARCHAR(40),
    voided_at    TIMESTAMPTZ,
    voided_by    UUID REFERENCES app_user (id),
    void_reason  TEXT,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    created_by   UUID REFERENCES app_user (id),
    changed_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    changed_by   UUID REFERENCES app_user (id),
    version      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX recovery_moment_client_idx ON recovery_moment (client_id, happened_on);

-- Every save of the plan: who, when, which record and version; the fields it changed follow.
CREATE TABLE plan_change (
    id             UUID PRIMARY KEY,
    client_id      UUID NOT NULL REFERENCES client (id),
    object_type    VARCHAR(30) NOT NULL,
    object_id      UUID NOT NULL,
    object_version INTEGER NOT NULL,
    action         VARCHAR(10) NOT NULL,
    changed_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    changed_by     UUID NOT NULL REFERENCES app_user (id)
);
CREATE INDEX plan_change_client_idx ON plan_change (client_id, changed_at DESC);
CREATE INDEX plan_change_object_idx ON plan_change (object_id, object_version);

CREATE TABLE plan_change_field (
    change_id  UUID NOT NULL REFERENCES plan_change (id),
    position   INTEGER NOT NULL,
    field      VARCHAR(40) NOT NULL,
    before     TEXT,
    after      TEXT,
    PRIMARY KEY (change_id, position)
);
