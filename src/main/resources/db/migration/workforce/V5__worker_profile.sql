-- What a worker brings, for choosing who works with a client: capacity, where he works, the
-- languages he speaks and (peer experts) the areas of lived experience he is willing to draw on.
CREATE TABLE worker_profile (
    user_id           UUID PRIMARY KEY REFERENCES app_user (id),
    organisation_id   UUID NOT NULL REFERENCES organisation (id),
    fte               NUMERIC(3, 2) NOT NULL CHECK (fte >= 0 AND fte <= 1.5),
    trainee           BOOLEAN NOT NULL DEFAULT FALSE,
    languages         TEXT[] NOT NULL DEFAULT '{}',
    experience_areas  TEXT[] NOT NULL DEFAULT '{}',
    created_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    created_by        UUID,
    changed_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    changed_by        UUID,
    version           INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX worker_profile_organisation_idx ON worker_profile (organisation_id);

CREATE TABLE worker_neighbourhood (
    user_id          UUID NOT NULL REFERENCES worker_profile (user_id),
    neighbourhood_id UUID NOT NULL REFERENCES neighbourhood (id),
    PRIMARY KEY (user_id, neighbourhood_id)
);
CREATE INDEX worker_neighbourhood_neighbourhood_idx ON worker_neighbourhood (neighbourhood_id);
