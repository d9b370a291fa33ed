package nl.maakscan.ui.wizard;

import nl.maakscan.model.AdoptionAnswer;
import nl.maakscan.model.LevelAnswer;
import nl.maakscan.model.Question;
import nl.maakscan.store.AssessmentInfo;
import nl.maakscan.store.StoredAssessment;
import nl.maakscan.ui.Texts;
import nl.maakscan.ui.UiFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.sql.Connection;
import java.sql.DriverManager;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The wizard's navigation, answers and saving, without JavaFX running. */
class WizardViewModelTest {

    @TempDir
    Path dir;
    UiFixture fx;
    AssessmentInfo info;

    @BeforeEach
    void setUp() {
        fx = new UiFixture(dir);
        info = fx.sampleAssessment();
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    private WizardViewModel wizard() {
        return new WizardViewModel(fx.workspace, new Texts("nl"), fx.navigator, info.id());
    }

    @Test
    void stepsAreProfilePrioritiesEachDimensionAdoptionTargetsConclusionsAndReview() {
        WizardViewModel w = wizard();

        List<Step> steps = w.steps();
        assertThat(steps).hasSize(w.questionnaire().dimensions().size() + 6);
        assertThat(steps.get(0).kind()).isEqualTo(Step.Kind.PROFILE);
        assertThat(steps.get(1).kind()).isEqualTo(Step.Kind.PRIORITIES);
        assertThat(steps.get(2).dimension()).isEqualTo(w.questionnaire().dimensions().get(0));
        assertThat(steps.subList(steps.size() - 4, steps.size())).extracting(Step::kind)
                .containsExactly(Step.Kind.ADOPTION, Step.Kind.TARGETS, Step.Kind.CONCLUSIONS, Step.Kind.REVIEW);
        assertThat(steps).extracting(Step::kind).doesNotContain(Step.Kind.PLAN_TRACKING);
    }

    @Test
    void backIsDisabledOnTheFirstStepAndNextOnTheLast() {
        WizardViewModel w = wizard();

        assertThat(w.canGoBack().get()).isFalse();
        assertThat(w.canGoNext().get()).isTrue();
        w.goTo(w.steps().size() - 1);
        assertThat(w.canGoNext().get()).isFalse();
        w.next();
        assertThat(w.current().get()).isEqualTo(w.steps().size() - 1);
        w.back();
        assertThat(w.current().get()).isEqualTo(w.steps().size() - 2);
    }

    @Test
    void aPickedLevelIsInTheStoreAtOnceAndTheSavedStateSaysSo() {
        WizardViewModel w = wizard();
        w.goTo(2);
        String first = w.currentQuestion().get();

        w.pickLevel(3);

        assertThat(first).isEqualTo(w.questionnaire().dimensions().get(0).questions().get(0).id());
        assertThat(fx.store.loadAssessment(info.id()).orElseThrow().assessment().answers().get(first))
                .isEqualTo(LevelAnswer.level(3));
        assertThat(w.saver().state().get().saved()).isTrue();
        assertThat(w.saver().state().get().at()).isNotNull();
        assertThat(w.answeredShare().get()).isEqualTo(1.0 / w.questionnaire().questions().size());
    }

    @Test
    void movingPastTheLastQuestionOfAPageOpensTheNextPage() {
        WizardViewModel w = wizard();
        w.goTo(2);
        List<Question> qs = w.questionnaire().dimensions().get(0).questions();

        for (int i = 1; i < qs.size(); i++) {
            w.moveQuestion(1);
        }
        assertThat(w.currentQuestion().get()).isEqualTo(qs.get(qs.size() - 1).id());
        w.moveQuestion(1);

        assertThat(w.current().get()).isEqualTo(3);
        assertThat(w.currentQuestion().get())
                .isEqualTo(w.questionnaire().dimensions().get(1).questions().get(0).id());
    }

    @Test
    void reopeningResumesAtTheSameStepAndQuestion() {
        WizardViewModel w = wizard();
        w.goTo(4);
        w.moveQuestion(1);
        String question = w.currentQuestion().get();

        WizardViewModel again = wizard();

        assertThat(again.current().get()).isEqualTo(4);
        assertThat(again.currentQuestion().get()).isEqualTo(question);
    }

    @Test
    void aNoteIsKeptWithItsAnswerAndAChangedAnswerKeepsTheNote() {
        WizardViewModel w = wizard();
        String q = w.questionnaire().questions().get(5).id();
        w.answer(q, LevelAnswer.level(1));
        w.note(q, "Alleen de lasafdeling heeft dit");

        w.answer(q, LevelAnswer.dontKnow());

        LevelAnswer stored = fx.store.loadAssessment(info.id()).orElseThrow().assessment().answers().get(q);
        assertThat(stored.kind()).isEqualTo(LevelAnswer.Kind.DONT_KNOW);
        assertThat(stored.note()).isEqualTo("Alleen de lasafdeling heeft dit");
    }

    @Test
    void prioritiesAdoptionTargetsAndProfileAreSaved() {
        WizardViewModel w = wizard();
        String priority = w.questionnaire().priorities().get(0).id();
        String technology = w.questionnaire().technologies().get(0).id();
        String dimension = w.questionnaire().dimensions().get(0).id();

        w.priority(priority, 5);
        w.adoption(technology, AdoptionAnswer.irrelevant());
        w.target(dimension, 4);
        w.saveCompany(new nl.maakscan.model.Company(w.company().get().id(), "VOORBEELD Jansen BV", null, null, 22,
                List.of(), "Helmond", null));
        w.saveDetails("T0 nulmeting", "Coach (voorbeeld)", "2026-11-28");

        StoredAssessment s = fx.store.loadAssessment(info.id()).orElseThrow();
        assertThat(s.assessment().priorities()).containsEntry(priority, 5);
        assertThat(s.assessment().technologies().get(technology).notRelevant()).isTrue();
        assertThat(s.assessment().targets()).containsEntry(dimension, 4);
        assertThat(s.company().name()).isEqualTo("VOORBEELD Jansen BV");
        assertThat(s.info().label()).isEqualTo("T0 nulmeting");
        w.target(dimension, null);
        assertThat(fx.store.loadAssessment(info.id()).orElseThrow().assessment().targets()).doesNotContainKey(dimension);
    }

    @Test
    void theReviewLinkOpensThePageOfTheQuestion() {
        WizardViewModel w = wizard();
        Question q = w.questionnaire().dimensions().get(3).questions().get(2);

        w.goToQuestion(q.id());

        assertThat(w.step().get().dimension()).isEqualTo(w.questionnaire().dimensions().get(3));
        assertThat(w.currentQuestion().get()).isEqualTo(q.id());
    }

    @Test
    void finishingMakesTheAssessmentFinalShowsResultsAndLaterOpensReadOnly() {
        WizardViewModel w = wizard();
        w.pickLevel(2);

        w.finish();

        assertThat(fx.navigator.last()).isEqualTo("results:" + info.id());
        assertThat(fx.store.listAssessments().get(0).status()).isEqualTo(AssessmentInfo.Status.FINAL);
        WizardViewModel readOnly = wizard();
        assertThat(readOnly.readOnly()).isTrue();
        readOnly.answer(w.questionnaire().questions().get(0).id(), LevelAnswer.level(5));
        assertThat(readOnly.answers()).doesNotContainKey(w.questionnaire().questions().get(0).id());

        readOnly.reopen();

        assertThat(fx.store.listAssessments().get(0).status()).isEqualTo(AssessmentInfo.Status.DRAFT);
        assertThat(fx.navigator.last()).isEqualTo("wizard:" + info.id());
        assertThat(wizard().readOnly()).isFalse();
    }

    @Test
    void aChangeTheStoreRefusesIsKeptShownAsNotSavedAndSavedOnTheNextTry() throws Exception {
        fx.close();
        fx = new UiFixture(dir, null, java.time.Duration.ofMillis(50));
        WizardViewModel w = wizard();
        String q = w.questionnaire().questions().get(0).id();
        String q2 = w.questionnaire().questions().get(1).id();
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("maakscan.db"))) {
            other.createStatement().execute("BEGIN EXCLUSIVE");  // a second program holds the database

            w.answer(q, LevelAnswer.level(4));

            assertThat(w.answers().get(q)).isEqualTo(LevelAnswer.level(4));
            assertThat(w.saver().state().get().saved()).isFalse();
            assertThat(w.saver().pending()).isEqualTo(1);
            w.answer(q2, LevelAnswer.level(2));
            assertThat(fx.dialogs.errors).as("told once per problem").hasSize(1);
            other.createStatement().execute("ROLLBACK");
        }

        w.saver().retry();

        assertThat(w.saver().state().get().saved()).isTrue();
        assertThat(fx.store.loadAssessment(info.id()).orElseThrow().assessment().answers())
                .containsEntry(q, LevelAnswer.level(4)).containsEntry(q2, LevelAnswer.level(2));
    }
}
