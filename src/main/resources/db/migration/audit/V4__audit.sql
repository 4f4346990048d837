-- The audit log (NEN 7513): append-only. The application only inserts; the trigger refuses
-- any change or removal, whoever tries.
CREATE TABLE audit_entry (
    id                BIGSERIAL PRIMARY KEY,
    occurred_at       TIMESTAMPTZ NOT NULL,
    user_id           UUID,
    username          VARCHAR(100),
    on_behalf_of_id   UUID,
    client_id         UUID,
    action            VARCHAR(40) NOT NULL,
    object_type       VARCHAR(60),
    object_id         VARCHAR(100),
    outcome           VARCHAR(20) NOT NULL,
    address           VARCHAR(64),
    detail            VARCHAR(500)
);
CREATE INDEX audit_entry_occurred_idx ON audit_entry (occurred_at DESC, id DESC);
CREATE INDEX audit_entry_user_idx ON audit_entry (user_id, occurred_at DESC);
CREATE INDEX audit_entry_client_idx ON audit_entry (client_id, occurred_at DESC) WHERE client_id IS NOT NULL;
CREATE INDEX audit_entry_action_idx ON audit_entry (action, occurred_at DESC);

CREATE FUNCTION audit_entry_is_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'audit_entry is append-only';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_entry_no_update BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_is_append_only();
CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_is_append_only();
