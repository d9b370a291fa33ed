package nl.maakscan.store;

import nl.maakscan.model.Company;
import nl.maakscan.model.LevelAnswer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Who sees what on the organisation's server, enforced by the database: coach B, connecting with plain SQL,
 * can neither read nor change coach A's company; the programme sees every company.
 */
class RowLevelSecurityTest {

    private String admin;
    private String companyOfA;
    private String assessmentOfA;

    private String as(String login) {
        return admin.replace("postgres@", login + "@");
    }

    private Connection sql(String login) throws SQLException {
        String address = as(login).replace("postgresql://" + login + "@", "jdbc:postgresql://");
        return DriverManager.getConnection(address, login, "");
    }

    @BeforeEach
    void twoCoachesAndAProgramme() {
        admin = Engines.newServerDatabase();
        try (Store store = Engines.open(admin)) {
            store.serverAdmin().addCoach("coach_a", null);
            store.serverAdmin().addCoach("coach_b", null);
            store.serverAdmin().addProgramme("programme", null);
        }
        try (Store a = Engines.open(as("coach_a"))) {
            Company c = a.companies().create(Fixtures.company("Draaierij van A"));
            companyOfA = c.id();
            assessmentOfA = a.assessments().create(c.id(), Fixtures.mini(), "T0", "Coach A").id();
            a.answers().saveAnswer(assessmentOfA, "a1", LevelAnswer.level(3));
            a.conclusions().saveOverall(assessmentOfA, "Alleen voor A");
        }
    }

    @Test
    void coachBSeesNothingOfCoachAThroughPlainSql() throws Exception {
        try (Connection b = sql("coach_b"); Statement s = b.createStatement()) {
            for (String table : new String[] {"company", "assessment", "level_answer", "conclusion",
                    "coach_company", "answer_history"}) {
                try (ResultSet r = s.executeQuery("SELECT count(*) FROM " + table)) {
                    r.next();
                    assertThat(r.getInt(1)).as(table).isZero();
                }
            }
        }
        try (Store b = Engines.open(as("coach_b"))) {
            assertThat(b.companies().list()).isEmpty();
            assertThat(b.assessments().load(assessmentOfA)).isEmpty();
        }
    }

    @Test
    void coachBCannotChangeCoachAsCompanyThroughPlainSql() throws Exception {
        try (Connection b = sql("coach_b"); Statement s = b.createStatement()) {
            assertThat(s.executeUpdate("UPDATE company SET name = 'Overgenomen' WHERE id = '" + companyOfA + "'"))
                    .isZero();
            assertThat(s.executeUpdate("DELETE FROM level_answer WHERE assessment_id = '" + assessmentOfA + "'"))
                    .isZero();
            assertThatThrownBy(() -> s.executeUpdate("INSERT INTO level_answer (assessment_id, question_id, kind, "
                    + "level, changed_at) VALUES ('" + assessmentOfA + "', 'a2', 'level', 1, 'x')"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("row-level security");
            assertThatThrownBy(() -> s.executeUpdate("INSERT INTO assessment (id, company_id, questionnaire_id, "
                    + "questionnaire_version, content_hash, status, created_at, updated_at) SELECT 'x', '"
                    + companyOfA + "', questionnaire_id, questionnaire_version, content_hash, 'draft', 't', 't' "
                    + "FROM questionnaire_snapshot")).isInstanceOf(SQLException.class)
                    .hasMessageContaining("row-level security");
            assertThatThrownBy(() -> s.executeUpdate("INSERT INTO coach_company (company_id, coach) VALUES ('"
                    + companyOfA + "', 'coach_b')")).isInstanceOf(SQLException.class)
                    .hasMessageContaining("permission denied");
        }
        try (Store admin = Engines.open(this.admin)) {
            StoredAssessment a = admin.assessments().load(assessmentOfA).orElseThrow();
            assertThat(a.company().name()).isEqualTo("Draaierij van A");
            assertThat(a.assessment().answers()).containsOnlyKeys("a1");
        }
    }

    @Test
    void theProgrammeSeesEveryCompanyAndAnAssignmentOpensACompanyToACoach() {
        try (Store b = Engines.open(as("coach_b"))) {
            b.companies().create(Fixtures.company("Lasbedrijf van B"));
        }
        try (Store programme = Engines.open(as("programme"))) {
            assertThat(programme.companies().list()).extracting(Company::name)
                    .containsExactly("Draaierij van A", "Lasbedrijf van B");
        }
        try (Store store = Engines.open(admin)) {
            store.serverAdmin().assign(companyOfA, "coach_b");
            assertThat(store.serverAdmin().assignments()).extracting(ServerAdmin.Assignment::coach)
                    .containsExactly("coach_a", "coach_b", "coach_b");
        }
        try (Store b = Engines.open(as("coach_b"))) {
            assertThat(b.companies().list()).extracting(Company::name)
                    .containsExactly("Draaierij van A", "Lasbedrijf van B");
            assertThat(b.conclusions().load(assessmentOfA).overall()).isEqualTo("Alleen voor A");
        }
    }

    @Test
    void aCoachCannotChangeTheSchemaOrAssignCompanies() {
        try (Store a = Engines.open(as("coach_a"))) {
            assertThatThrownBy(() -> a.serverAdmin().assign(companyOfA, "coach_b"))
                    .isInstanceOf(StoreException.class);
            assertThatThrownBy(() -> a.serverAdmin().addCoach("coach_c", null))
                    .isInstanceOf(StoreException.ServerProblem.class);
        }
    }
}
