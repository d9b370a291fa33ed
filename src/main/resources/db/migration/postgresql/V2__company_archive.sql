-- Maakscan on PostgreSQL, schema version 2 (as SQLite's V2): a company can be archived.

ALTER TABLE company ADD COLUMN archived_at TEXT;
