package nl.maakscan.app;

import nl.maakscan.content.LoadResult;
import nl.maakscan.content.QuestionnaireLibrary;
import nl.maakscan.model.Company;
import nl.maakscan.model.LevelAnswer;
import nl.maakscan.model.Question;
import nl.maakscan.model.Questionnaire;
import nl.maakscan.report.ReportInput;
import nl.maakscan.store.AssessmentInfo;
import nl.maakscan.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** What the report of a stored assessment gets for its peer comparison: five other real companies, or nothing. */
class ReportInputsPeersTest {

    @TempDir
    Path dir;
    Store store;
    LoadResult builtIn;
    Questionnaire q;
    String own;

    @BeforeEach
    void setUp() {
        store = Store.open(dir.resolve("peers.db"), Store.Options.defaults().withBackupsKept(0));
        builtIn = QuestionnaireLibrary.loadBuiltIn(Locale.ENGLISH).get(0);
        q = builtIn.valid().orElseThrow();
        own = scan("Eigen BV", 2, false);
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    /** A company of the first sector with 20 people and one assessment answering the first topic at {@code level}. */
    private String scan(String name, int level, boolean finish) {
        Company c = store.createCompany(new Company(null, name, null, q.profile().sectors().get(0).id(), 20, List.of(),
                null, null));
        AssessmentInfo a = store.createAssessment(c.id(), builtIn, "T0", "Coach");
        for (Question question : q.maturityDimensions().get(0).questions()) {
            store.saveAnswer(a.id(), question.id(), LevelAnswer.level(level));
        }
        if (finish) {
            store.finish(a.id());
        }
        return a.id();
    }

    private ReportInput input() {
        return ReportInputs.of(store, own, "nl", null, LocalDate.of(2026, 12, 2)).orElseThrow();
    }

    @Test
    void fiveOtherCompaniesGiveTheReportItsComparison() {
        for (int i = 1; i <= 5; i++) {
            scan("Ander " + i, i, true);
        }

        var peers = input().peers();

        assertThat(peers).isNotNull();
        assertThat(peers.peers()).isEqualTo(5);
        assertThat(peers.topics().get(0).peers().median()).isEqualTo(3.0);
        assertThat(peers.topics().get(1).peers()).as("no level for the second topic").isNull();
    }

    @Test
    void fourOtherCompaniesAndASampleGiveNone() {
        for (int i = 1; i <= 4; i++) {
            scan("Ander " + i, i, true);
        }
        scan("VOORBEELD Ander (sample)", 5, true);

        assertThat(input().peers()).isNull();
    }
}
