-- Maakscan on PostgreSQL, schema version 4 (as SQLite's V4, plus the organisation's rules): the history of
-- answers that met another version of themselves in a sync; the coaches and the companies assigned to them;
-- and row-level security, so that the database itself lets a coach see and change only the companies
-- assigned to them, while the programme's role sees all. The owner (the administrator who runs
-- "maakscan server setup") is not bound by the policies. @SCHEMA@ is the schema the tables are in, put in
-- by the program (the checksum is of this text).

CREATE TABLE answer_history (
    id            BIGSERIAL PRIMARY KEY,
    company_id    TEXT NOT NULL,
    assessment_id TEXT NOT NULL,
    item          TEXT NOT NULL,
    value         TEXT,
    note          TEXT,
    changed_at    TEXT NOT NULL,
    origin        TEXT NOT NULL,
    outcome       TEXT NOT NULL CHECK (outcome IN ('won', 'lost')),
    recorded_at   TEXT NOT NULL
);

CREATE INDEX answer_history_by_assessment ON answer_history (assessment_id, item);

-- Which coach (a PostgreSQL role) works with which company. Written by the administrator ("maakscan server
-- assign"), and for a company a coach creates, by the trigger below.
CREATE TABLE coach_company (
    company_id TEXT NOT NULL REFERENCES company (id) ON DELETE CASCADE,
    coach      TEXT NOT NULL,
    PRIMARY KEY (company_id, coach)
);

-- The two group roles: a coach's login is a member of maakscan_coach, the programme's of maakscan_programme.
-- Roles belong to the whole server, so they may exist already (a second Maakscan database on it).
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'maakscan_coach') THEN
        CREATE ROLE maakscan_coach NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'maakscan_programme') THEN
        CREATE ROLE maakscan_programme NOLOGIN;
    END IF;
END
$$;

-- Whether the current login may see a company: the programme sees all, a coach the assigned ones. It runs
-- with the rights of the one who asks (coach_company shows a coach only their own rows); volatile, so that an
-- assignment made earlier in the same transaction counts.
CREATE FUNCTION maakscan_sees(company TEXT) RETURNS BOOLEAN
    LANGUAGE sql VOLATILE SET search_path = pg_catalog, pg_temp AS $$
    SELECT pg_catalog.pg_has_role(current_user, 'maakscan_programme', 'MEMBER')
        OR EXISTS (SELECT 1 FROM @SCHEMA@.coach_company c WHERE c.company_id = company AND c.coach = current_user)
$$;

CREATE FUNCTION maakscan_sees_assessment(assessment TEXT) RETURNS BOOLEAN
    LANGUAGE sql VOLATILE SET search_path = pg_catalog, pg_temp AS $$
    SELECT EXISTS (SELECT 1 FROM @SCHEMA@.assessment a WHERE a.id = assessment
        AND @SCHEMA@.maakscan_sees(a.company_id))
$$;

-- A company a coach creates is assigned to that coach: the login of the session (inside this security-definer
-- function current_user is the owner), which no coach can change.
CREATE FUNCTION maakscan_assign_creator() RETURNS TRIGGER
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF pg_catalog.pg_has_role(session_user, 'maakscan_coach', 'MEMBER')
            AND NOT pg_catalog.pg_has_role(session_user, 'maakscan_programme', 'MEMBER') THEN
        INSERT INTO @SCHEMA@.coach_company (company_id, coach) VALUES (NEW.id, session_user)
            ON CONFLICT DO NOTHING;
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER company_assign_creator AFTER INSERT ON company
    FOR EACH ROW EXECUTE FUNCTION maakscan_assign_creator();

ALTER TABLE company ENABLE ROW LEVEL SECURITY;
CREATE POLICY company_read ON company FOR SELECT USING (maakscan_sees(id));
CREATE POLICY company_create ON company FOR INSERT WITH CHECK (true);
CREATE POLICY company_change ON company FOR UPDATE USING (maakscan_sees(id)) WITH CHECK (maakscan_sees(id));
CREATE POLICY company_remove ON company FOR DELETE USING (maakscan_sees(id));

ALTER TABLE assessment ENABLE ROW LEVEL SECURITY;
CREATE POLICY assessment_rule ON assessment USING (maakscan_sees(company_id)) WITH CHECK (maakscan_sees(company_id));

ALTER TABLE answer_history ENABLE ROW LEVEL SECURITY;
CREATE POLICY answer_history_rule ON answer_history USING (maakscan_sees(company_id))
    WITH CHECK (maakscan_sees(company_id));

ALTER TABLE coach_company ENABLE ROW LEVEL SECURITY;
CREATE POLICY coach_company_read ON coach_company FOR SELECT
    USING (coach = current_user OR pg_has_role(current_user, 'maakscan_programme', 'MEMBER'));

DO $$
DECLARE
    t TEXT;
BEGIN
    FOREACH t IN ARRAY ARRAY['level_answer', 'adoption_answer', 'priority_weight', 'dimension_target',
            'conclusion', 'assessment_method', 'plan_step_status'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY %I ON %I USING (maakscan_sees_assessment(assessment_id)) '
            'WITH CHECK (maakscan_sees_assessment(assessment_id))', t || '_rule', t);
    END LOOP;
END
$$;

GRANT SELECT, INSERT, UPDATE, DELETE ON company, assessment, level_answer, adoption_answer, priority_weight,
    dimension_target, conclusion, assessment_method, plan_step_status TO maakscan_coach, maakscan_programme;
GRANT SELECT, INSERT ON answer_history, questionnaire_snapshot, questionnaire_file
    TO maakscan_coach, maakscan_programme;
GRANT USAGE ON SEQUENCE answer_history_id_seq TO maakscan_coach, maakscan_programme;
GRANT SELECT ON coach_company, schema_history TO maakscan_coach, maakscan_programme;
GRANT USAGE ON SCHEMA @SCHEMA@ TO maakscan_coach, maakscan_programme;
