-- Contacts with a client: home visits, calls, walk-ins and the like. A contact is voided with a
-- reason, never deleted, so the timeline keeps everything that happened.
CREATE TABLE contact (
    id                UUID PRIMARY KEY,
    client_id         UUID NOT NULL REFERENCES client (id),
    type              VARCHAR(20) NOT NULL,
    contact_date      DATE NOT NULL,
    duration_minutes  INTEGER NOT NULL CHECK (duration_minutes BETWEEN 1 AND 1440),
    -- The workers who took part; app_user ids. An array: a contact has one to a few, always read together.
    participants      UUID[] NOT NULL DEFAULT '{}',
    others_present    VARCHAR(200),
    practical_support TEXT[] NOT NULL DEFAULT '{}',
    note              TEXT,
    voided_at         TIMESTAMPTZ,
    voided_by         UUID REFERENCES app_user (id),
    void_reason       VARCHAR(500),
    created_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    created_by        UUID,
    changed_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    changed_by        UUID,
    version           INTEGER NOT NULL DEFAULT 0,
    CHECK ((voided_at IS NULL) = (void_reason IS NULL))
);
-- The timeline pages by (contact_date, id), newest first: each page is one index range, at any depth.
CREATE INDEX contact_timeline_idx ON contact (client_id, contact_date DESC, id DESC);
-- The same, filtered by type.
CREATE INDEX contact_timeline_type_idx ON contact (client_id, type, contact_date DESC, id DESC);
