-- One-time submission keys: every form that posts carries one; the first request with a key claims it
-- (the primary key makes the claim atomic across nodes), a repeat waits for and gets the first result.
-- A repeat is the same key with the same content: a form brought back (browser back) and changed is sent anew.
CREATE TABLE submission_key (
    owner          VARCHAR(200) NOT NULL,
    submission_key UUID NOT NULL,
    content        CHAR(64) NOT NULL,
    claimed_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    completed_at   TIMESTAMPTZ,
    location       TEXT,
    flash          BYTEA,
    CONSTRAINT submission_key_pk PRIMARY KEY (owner, submission_key, content)
);
CREATE INDEX submission_key_claimed_at ON submission_key (claimed_at);
