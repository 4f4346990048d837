-- The client's name as every page shows it ("Anna van der Berg"), defined once.
ALTER TABLE client ADD COLUMN display_name TEXT
    GENERATED ALWAYS AS (given_name || ' ' || coalesce(name_prefix || ' ', '') || family_name) STORED;
