-- One-time submission keys: every form that posts carries one; the first request with a key claims it
-- (the primary key makes the claim atomic across nodes), a repeat waits for and gets the first result.
CREATE TABLE submission_key (
    owner          VARCHAR(200) NOT NULL,
    submission_key UUID NOT NULL,
    claimed_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    completed_at   TIMESTAMPTZ,
    location       VARCHAR(2000),
    flash          BYTEA,
    CONSTRAINT submission_key_pk PRIMARY KEY (owner, submission_key)
);
CREATE INDEX submission_key_claimed_at ON submission_key (claimed_at);
