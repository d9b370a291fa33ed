-- Maakscan store, schema version 1. Applied by nl.maakscan.store.Migrations in one transaction.
-- Times are UTC, written as yyyy-mm-ddThh:mm:ss.SSSZ so that they also sort as text.

CREATE TABLE schema_history (
    version    INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    checksum   TEXT NOT NULL,
    applied_at TEXT NOT NULL
) STRICT;

CREATE TABLE company (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
    kvk        TEXT CHECK (kvk IS NULL OR (length(kvk) = 8 AND kvk NOT GLOB '*[^0-9]*')),
    sector     TEXT,
    employees  INTEGER CHECK (employees IS NULL OR employees >= 1),
    processes  TEXT NOT NULL DEFAULT '[]',
    place      TEXT,
    contact    TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;

-- The questionnaire files an assessment was made with, by the SHA-256 the loader computes over them.
CREATE TABLE questionnaire_snapshot (
    content_hash          TEXT PRIMARY KEY,
    questionnaire_id      TEXT NOT NULL,
    questionnaire_version TEXT NOT NULL,
    main_ref              TEXT NOT NULL,
    stored_at             TEXT NOT NULL
) STRICT;

CREATE TABLE questionnaire_file (
    content_hash TEXT NOT NULL REFERENCES questionnaire_snapshot (content_hash) ON DELETE CASCADE,
    ref          TEXT NOT NULL,
    bytes        BLOB NOT NULL,
    PRIMARY KEY (content_hash, ref)
) STRICT;

CREATE TABLE assessment (
    id                    TEXT PRIMARY KEY,
    company_id            TEXT NOT NULL REFERENCES company (id),
    questionnaire_id      TEXT NOT NULL,
    questionnaire_version TEXT NOT NULL,
    content_hash          TEXT NOT NULL REFERENCES questionnaire_snapshot (content_hash),
    label                 TEXT,
    assessor              TEXT,
    date                  TEXT,
    status                TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'final')),
    position              TEXT,
    created_at            TEXT NOT NULL,
    updated_at            TEXT NOT NULL,
    finished_at           TEXT
) STRICT;

CREATE INDEX assessment_by_company ON assessment (company_id);

CREATE TABLE level_answer (
    assessment_id TEXT NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    question_id   TEXT NOT NULL,
    kind          TEXT NOT NULL CHECK (kind IN ('level', 'n/a', 'dont-know')),
    level         INTEGER CHECK ((kind = 'level' AND level BETWEEN 0 AND 5) OR (kind <> 'level' AND level IS NULL)),
    note          TEXT,
    changed_at    TEXT NOT NULL,
    PRIMARY KEY (assessment_id, question_id)
) STRICT;

CREATE TABLE adoption_answer (
    assessment_id TEXT NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    technology_id TEXT NOT NULL,
    level         INTEGER CHECK (level IS NULL OR level BETWEEN 0 AND 5),
    not_relevant  INTEGER NOT NULL CHECK (not_relevant IN (0, 1)),
    note          TEXT,
    changed_at    TEXT NOT NULL,
    CHECK ((not_relevant = 1 AND level IS NULL) OR (not_relevant = 0 AND level IS NOT NULL)),
    PRIMARY KEY (assessment_id, technology_id)
) STRICT;

CREATE TABLE priority_weight (
    assessment_id TEXT NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    priority_id   TEXT NOT NULL,
    weight        INTEGER NOT NULL CHECK (weight BETWEEN 0 AND 5),
    changed_at    TEXT NOT NULL,
    PRIMARY KEY (assessment_id, priority_id)
) STRICT;

CREATE TABLE dimension_target (
    assessment_id TEXT NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    dimension_id  TEXT NOT NULL,
    level         INTEGER NOT NULL CHECK (level BETWEEN 0 AND 5),
    changed_at    TEXT NOT NULL,
    PRIMARY KEY (assessment_id, dimension_id)
) STRICT;
