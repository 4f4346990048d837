-- The first conversation with a client after the team's decision, and who continues with him.
CREATE TABLE first_conversation (
    id                 UUID PRIMARY KEY,
    client_id          UUID NOT NULL REFERENCES client (id),
    referral_id        UUID NOT NULL REFERENCES referral (id),
    held_on            DATE NOT NULL,
    participants       UUID[] NOT NULL,
    others_present     VARCHAR(500),
    way_of_working_explained BOOLEAN NOT NULL CHECK (way_of_working_explained),
    continuing_worker  UUID NOT NULL REFERENCES app_user (id),
    note               TEXT,
    created_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    created_by         UUID NOT NULL,
    UNIQUE (referral_id)
);
CREATE INDEX first_conversation_client_idx ON first_conversation (client_id);
