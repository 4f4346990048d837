-- A refused page is logged with its method and address, and addresses can be long (a goal's void
-- page is over 100 characters). The column takes any address a server accepts (8 KB request line
-- at most); the application still shortens what is longer, with a mark, so a log write never fails
-- on length.
ALTER TABLE audit_entry ALTER COLUMN object_id TYPE VARCHAR(2000);
