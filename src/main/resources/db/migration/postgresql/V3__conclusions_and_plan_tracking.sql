-- Maakscan on PostgreSQL, schema version 3 (as SQLite's V3): the adviser's conclusions, how the assessment was made, and at a
-- follow-up what became of each step of the previous assessment's plan.

-- One conclusion per topic; topic '' is the overall conclusion, any other topic is a dimension id.
CREATE TABLE conclusion (
    assessment_id TEXT NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    topic         TEXT NOT NULL,
    text          TEXT NOT NULL CHECK (length(trim(text)) > 0),
    changed_at    TEXT NOT NULL,
    PRIMARY KEY (assessment_id, topic)
);

-- The method: a self-assessment or an interview with the adviser, and who took part (free text).
CREATE TABLE assessment_method (
    assessment_id TEXT PRIMARY KEY REFERENCES assessment (id) ON DELETE CASCADE,
    method        TEXT CHECK (method IS NULL OR method IN ('self', 'interview')),
    participants  TEXT,
    changed_at    TEXT NOT NULL
);

-- The status of a step of the previous plan, known by technology id and support type.
CREATE TABLE plan_step_status (
    assessment_id TEXT NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    technology_id TEXT NOT NULL,
    support_type  TEXT NOT NULL,
    status        TEXT CHECK (status IS NULL OR status IN ('done', 'in-progress', 'not-started', 'dropped')),
    note          TEXT,
    changed_at    TEXT NOT NULL,
    CHECK (status IS NOT NULL OR note IS NOT NULL),
    PRIMARY KEY (assessment_id, technology_id, support_type)
);
