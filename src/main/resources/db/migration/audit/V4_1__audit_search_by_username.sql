-- Log managers search the log by username (an entry keeps the name as it was, also for failed logins).
CREATE INDEX audit_entry_username_idx ON audit_entry (lower(username), occurred_at DESC, id DESC) WHERE username IS NOT NULL;
