-- Each support level of a client gets the next number; a change names the number it was based on, so two
-- changes at once cannot both be saved (the unique constraint decides), and the later one sees the first.
ALTER TABLE support_level ADD COLUMN version INT;
UPDATE support_level s SET version = n.version
FROM (SELECT id, row_number() OVER (PARTITION BY client_id ORDER BY created_at, id) AS version FROM support_level) n
WHERE n.id = s.id;
ALTER TABLE support_level ALTER COLUMN version SET NOT NULL;
ALTER TABLE support_level ADD CONSTRAINT support_level_version_uq UNIQUE (client_id, version);
