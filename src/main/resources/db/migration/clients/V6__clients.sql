-- Clients, their registrations (aanmeldingen), trajectories and who works with them.
CREATE TABLE client (
    id                  UUID PRIMARY KEY,
    organisation_id     UUID NOT NULL REFERENCES organisation (id),
    team_id             UUID REFERENCES team (id),
    given_name          VARCHAR(100) NOT NULL,
    name_prefix         VARCHAR(30),
    family_name         VARCHAR(100) NOT NULL,
    -- The family name without prefixes, accents and spaces, lowercased: for finding possible duplicates.
    family_name_key     VARCHAR(100) NOT NULL,
    date_of_birth       DATE NOT NULL,
    street              VARCHAR(200),
    house_number        VARCHAR(20),
    postcode            VARCHAR(7),
    pc4                 VARCHAR(4),
    place               VARCHAR(100),
    municipality_code   VARCHAR(4),
    neighbourhood_id    UUID REFERENCES neighbourhood (id),
    phone               VARCHAR(40),
    email               VARCHAR(254),
    languages           TEXT[] NOT NULL DEFAULT '{}',
    cultural_background VARCHAR(200),
    account_id          UUID REFERENCES app_user (id),
    created_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    created_by          UUID,
    changed_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    changed_by          UUID,
    version             INTEGER NOT NULL DEFAULT 0
);
-- The duplicate check looks among clients with the same date of birth or the same postcode area.
CREATE INDEX client_birth_idx ON client (organisation_id, date_of_birth);
CREATE INDEX client_pc4_idx ON client (organisation_id, pc4);
CREATE UNIQUE INDEX client_account_idx ON client (account_id) WHERE account_id IS NOT NULL;

CREATE TABLE referral (
    id                     UUID PRIMARY KEY,
    organisation_id        UUID NOT NULL REFERENCES organisation (id),
    team_id                UUID REFERENCES team (id),
    client_id              UUID NOT NULL REFERENCES client (id),
    referred_on            DATE NOT NULL,
    source                 VARCHAR(20) NOT NULL,
    registrant_name        VARCHAR(200),
    registrant_contact     VARCHAR(200),
    own_question           TEXT,
    problem_areas          TEXT[] NOT NULL DEFAULT '{}',
    vulnerability_personal TEXT,
    vulnerability_social   TEXT,
    vulnerability_societal TEXT,
    -- Does the client struggle with his limitations, or not know how to cope with them? YES, NO, UNKNOWN.
    struggles_with_limits  VARCHAR(10) NOT NULL,
    practical_question     BOOLEAN NOT NULL,
    -- The worker saw a possible match and said it is someone else (no silent duplicates).
    confirmed_distinct_from UUID[] NOT NULL DEFAULT '{}',
    status                 VARCHAR(20) NOT NULL,
    first_talk             VARCHAR(20),
    suggested_first_talk   VARCHAR(20),
    decided_by             UUID REFERENCES app_user (id),
    decided_at             TIMESTAMPTZ,
    decision_note          TEXT,
    created_at             TIMESTAMPTZ NOT NULL DEFAULT now(),
    created_by             UUID,
    changed_at             TIMESTAMPTZ NOT NULL DEFAULT now(),
    changed_by             UUID,
    version                INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX referral_client_idx ON referral (client_id);
CREATE INDEX referral_waiting_idx ON referral (organisation_id, referred_on) WHERE status = 'WAITING';

-- Who works with a client, from when until when: the history is kept.
CREATE TABLE assignment (
    id          UUID PRIMARY KEY,
    client_id   UUID NOT NULL REFERENCES client (id),
    referral_id UUID REFERENCES referral (id),
    worker_id   UUID NOT NULL REFERENCES app_user (id),
    role        VARCHAR(20) NOT NULL,
    reason      VARCHAR(30) NOT NULL,
    since       TIMESTAMPTZ NOT NULL,
    until       TIMESTAMPTZ,
    created_by  UUID
);
CREATE INDEX assignment_client_idx ON assignment (client_id, since);
CREATE INDEX assignment_worker_current_idx ON assignment (worker_id) WHERE until IS NULL;
