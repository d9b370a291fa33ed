-- Maakscan store, schema version 2: a company can be archived (hidden from the start screen, kept
-- with all its assessments, and brought back at any time).

ALTER TABLE company ADD COLUMN archived_at TEXT;
