-- Maakscan store, schema version 4: the history of answers that met another version of themselves in a
-- sync (the same answer changed on two computers). Both versions are kept here, with which one won, so
-- that no answer is lost. No foreign key: the history outlives an assessment written again by a sync.

CREATE TABLE answer_history (
    id            INTEGER PRIMARY KEY,
    company_id    TEXT NOT NULL,
    assessment_id TEXT NOT NULL,
    item          TEXT NOT NULL,
    value         TEXT,
    note          TEXT,
    changed_at    TEXT NOT NULL,
    origin        TEXT NOT NULL,
    outcome       TEXT NOT NULL CHECK (outcome IN ('won', 'lost')),
    recorded_at   TEXT NOT NULL
) STRICT;

CREATE INDEX answer_history_by_assessment ON answer_history (assessment_id, item);
