-- The support level (Wmo: low, medium, high) the team sets, dated with a reason; and the closing and
-- reopening of a client's trajectory. Rows are only added: the history stays.
CREATE TABLE support_level (
    id         UUID PRIMARY KEY,
    client_id  UUID NOT NULL REFERENCES client (id),
    level      VARCHAR(10) NOT NULL,
    since      DATE NOT NULL,
    reason     VARCHAR(500) NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    created_by UUID NOT NULL
);
CREATE INDEX support_level_client_idx ON support_level (client_id, since DESC, created_at DESC);

CREATE TABLE trajectory_event (
    id         UUID PRIMARY KEY,
    client_id  UUID NOT NULL REFERENCES client (id),
    kind       VARCHAR(10) NOT NULL,
    happened_on DATE NOT NULL,
    reason     VARCHAR(30),
    note       TEXT,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    created_by UUID NOT NULL
);
CREATE INDEX trajectory_event_client_idx ON trajectory_event (client_id, created_at DESC);

ALTER TABLE client ADD COLUMN closed BOOLEAN NOT NULL DEFAULT FALSE;
