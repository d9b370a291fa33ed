package nl.maakscan.ui.results;

import nl.maakscan.model.Company;
import nl.maakscan.model.LevelAnswer;
import nl.maakscan.model.Question;
import nl.maakscan.model.Questionnaire;
import nl.maakscan.programme.PeerComparison;
import nl.maakscan.programme.Quartiles;
import nl.maakscan.store.AssessmentInfo;
import nl.maakscan.ui.Texts;
import nl.maakscan.ui.UiFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The results screen's peer benchmark over a real store: shown from five other companies, samples left out. */
class ResultsPeersTest {

    @TempDir
    Path dir;
    UiFixture fx;
    Questionnaire q;
    String sector;
    AssessmentInfo own;

    @BeforeEach
    void setUp() {
        fx = new UiFixture(dir);
        q = UiFixture.questionnaire().valid().orElseThrow();
        sector = q.profile().sectors().get(0).id();
        own = assessment("Eigen Metaal BV", 14, 2, false);
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    /** A company of the sector with one assessment whose every answer is {@code level}. */
    private AssessmentInfo assessment(String name, int employees, int level, boolean finish) {
        Company c = fx.store.createCompany(new Company(null, name, null, sector, employees, List.of(), null, null));
        AssessmentInfo a = fx.store.createAssessment(c.id(), UiFixture.questionnaire(), "T0", "Coach");
        for (Question question : q.questions()) {
            fx.store.saveAnswer(a.id(), question.id(), LevelAnswer.level(level));
        }
        if (finish) {
            fx.store.finish(a.id());
        }
        return a;
    }

    private ResultsViewModel results() {
        return new ResultsViewModel(fx.workspace, new Texts("nl"), fx.navigator, own.id());
    }

    @Test
    void fiveOtherCompaniesOfTheSameSectorAndSizeGiveTheComparison() {
        for (int i = 1; i <= 5; i++) {
            assessment("Ander bedrijf " + i, 10 + i, i, true);
        }

        PeerComparison p = results().peers().orElseThrow();

        assertThat(p.peers()).isEqualTo(5);
        PeerComparison.Topic first = p.topics().get(0);
        assertThat(first.level()).isEqualTo(2.0);
        assertThat(first.peers()).isEqualTo(new Quartiles(5, 2.0, 3.0, 4.0));
        assertThat(first.position()).isEqualTo(PeerComparison.Position.MIDDLE);
    }

    @Test
    void fourOtherCompaniesShowNothing() {
        for (int i = 1; i <= 4; i++) {
            assessment("Ander bedrijf " + i, 10 + i, i, true);
        }

        assertThat(results().peers()).isEmpty();
    }

    @Test
    void aSampleCompanyIsNoPeer() {
        for (int i = 1; i <= 4; i++) {
            assessment("Ander bedrijf " + i, 10 + i, i, true);
        }
        assessment("VOORBEELD Metaal (sample)", 12, 5, true);

        assertThat(results().peers()).isEmpty();
    }
}
