-- Maakscan on PostgreSQL, schema version 1: the same tables as the SQLite file's V1, so that one set of
-- repository SQL runs on both. Applied by nl.maakscan.store.PostgresMigrations in one transaction.
-- Times are UTC text yyyy-mm-ddThh:mm:ss.SSSZ (as on SQLite), so they sort and compare the same.

CREATE TABLE schema_history (
    version    INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    checksum   TEXT NOT NULL,
    applied_at TEXT NOT NULL
);

CREATE TABLE company (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
    kvk        TEXT CHECK (kvk IS NULL OR kvk ~ '^[0-9]{8}$'),
    sector     TEXT,
    employees  INTEGER CHECK (employees IS NULL OR employees >= 1),
    processes  TEXT NOT NULL DEFAULT '[]',
    place      TEXT,
    contact    TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE questionnaire_snapshot (
    content_hash          TEXT PRIMARY KEY,
    questionnaire_id      TEXT NOT NULL,
    questionnaire_version TEXT NOT NULL,
    main_ref              TEXT NOT NULL,
    stored_at             TEXT NOT NULL
);

CREATE TABLE questionnaire_file (
    content_hash TEXT NOT NULL REFERENCES questionnaire_snapshot (content_hash) ON DELETE CASCADE,
    ref          TEXT NOT NULL,
    bytes        BYTEA NOT NULL,
    PRIMARY KEY (content_hash, ref)
);

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
);

CREATE INDEX assessment_by_company ON assessment (company_id);

CREATE TABLE level_answer (
    assessment_id TEXT NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    question_id   TEXT NOT NULL,
    kind          TEXT NOT NULL CHECK (kind IN ('level', 'n/a', 'dont-know')),
    level         INTEGER CHECK ((kind = 'level' AND level BETWEEN 0 AND 5) OR (kind <> 'level' AND level IS NULL)),
    note          TEXT,
    changed_at    TEXT NOT NULL,
    PRIMARY KEY (assessment_id, question_id)
);

CREATE TABLE adoption_answer (
    assessment_id TEXT NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    technology_id TEXT NOT NULL,
    level         INTEGER CHECK (level IS NULL OR level BETWEEN 0 AND 5),
    not_relevant  INTEGER NOT NULL CHECK (not_relevant IN (0, 1)),
    note          TEXT,
    changed_at    TEXT NOT NULL,
    CHECK ((not_relevant = 1 AND level IS NULL) OR (not_relevant = 0 AND level IS NOT NULL)),
    PRIMARY KEY (assessment_id, technology_id)
);

CREATE TABLE priority_weight (
    assessment_id TEXT NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    priority_id   TEXT NOT NULL,
    weight        INTEGER NOT NULL CHECK (weight BETWEEN 0 AND 5),
    changed_at    TEXT NOT NULL,
    PRIMARY KEY (assessment_id, priority_id)
);

CREATE TABLE dimension_target (
    assessment_id TEXT NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    dimension_id  TEXT NOT NULL,
    level         INTEGER NOT NULL CHECK (level BETWEEN 0 AND 5),
    changed_at    TEXT NOT NULL,
    PRIMARY KEY (assessment_id, dimension_id)
);
