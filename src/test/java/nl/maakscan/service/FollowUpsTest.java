package nl.maakscan.service;

import nl.maakscan.advice.PlanRates;
import nl.maakscan.content.LoadResult;
import nl.maakscan.content.QuestionnaireLibrary;
import nl.maakscan.model.Company;
import nl.maakscan.model.LevelAnswer;
import nl.maakscan.store.AssessmentInfo;
import nl.maakscan.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Starting a follow-up is one transaction; the results of an assessment come with its predecessor. */
class FollowUpsTest {

    @TempDir
    Path dir;

    static LoadResult mini() {
        try {
            Path main = Path.of(FollowUpsTest.class.getResource("/mini/questionnaire.yaml").toURI());
            return QuestionnaireLibrary.loadPaths(Locale.ENGLISH, List.of(main)).get(0);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private Store open() {
        return Store.open(dir.resolve("m.db"), Store.Options.defaults().withBackupsKept(0));
    }

    private static Company company(Store store) {
        return store.companies().create(new Company(null, "Draaierij", null, "metal", 20, List.of("milling"), null,
                null));
    }

    @Test
    void aFollowUpStartsWithTheAnswersOfTheLatestAssessment() {
        try (Store store = open()) {
            Company c = company(store);
            FollowUps followUps = new FollowUps(store);
            AssessmentInfo first = followUps.start(c.id(), mini(), "T0", "Coach", true);
            store.answers().saveAnswer(first.id(), "a1", LevelAnswer.level(3));
            AssessmentInfo second = followUps.start(c.id(), mini(), "T1", "Coach", true);
            AssessmentInfo fresh = followUps.start(c.id(), mini(), "T2", "Coach", false);

            assertThat(store.assessments().load(second.id()).orElseThrow().assessment().answers())
                    .containsEntry("a1", LevelAnswer.level(3));
            assertThat(store.assessments().load(fresh.id()).orElseThrow().assessment().answers()).isEmpty();
        }
    }

    @Test
    void aFollowUpWhoseCopyFailsLeavesNoEmptyAssessment() throws Exception {
        try (Store store = open()) {
            Company c = company(store);
            FollowUps followUps = new FollowUps(store);
            AssessmentInfo first = followUps.start(c.id(), mini(), "T0", "Coach", false);
            store.answers().saveAnswer(first.id(), "a1", LevelAnswer.level(3));
            try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + store.file());
                    Statement s = other.createStatement()) {
                s.execute("CREATE TRIGGER copy_fails BEFORE INSERT ON level_answer "
                        + "BEGIN SELECT RAISE(ABORT, 'disk trouble'); END");
            }

            assertThatThrownBy(() -> followUps.start(c.id(), mini(), "T1", "Coach", true))
                    .hasStackTraceContaining("disk trouble");
            assertThat(store.assessments().list(c.id())).extracting(AssessmentInfo::label).containsExactly("T0");
        }
    }

    @Test
    void resultsBringThePreviousAssessmentWithItsAdvice() {
        try (Store store = open()) {
            Company c = company(store);
            FollowUps followUps = new FollowUps(store);
            AssessmentInfo first = followUps.start(c.id(), mini(), "T0", "Coach", false);
            store.answers().saveAnswer(first.id(), "a1", LevelAnswer.level(1));
            AssessmentInfo second = followUps.start(c.id(), mini(), "T1", "Coach", true);
            store.answers().saveAnswer(second.id(), "a1", LevelAnswer.level(4));

            Results firstResults = Results.of(store, first.id(), PlanRates.POLICY).orElseThrow();
            Results secondResults = Results.of(store, second.id(), PlanRates.POLICY).orElseThrow();

            assertThat(firstResults.previousAssessment()).isEmpty();
            assertThat(firstResults.previousAdvice()).isNull();
            assertThat(secondResults.previous().info().id()).isEqualTo(first.id());
            assertThat(secondResults.previousAdvice().scores().overallLevel())
                    .isLessThan(secondResults.advice().scores().overallLevel());
            assertThat(Results.of(store, "no-such-assessment", PlanRates.POLICY)).isEmpty();
        }
    }
}
