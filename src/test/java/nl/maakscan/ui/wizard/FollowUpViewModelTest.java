package nl.maakscan.ui.wizard;

import nl.maakscan.model.Conclusions;
import nl.maakscan.model.LevelAnswer;
import nl.maakscan.model.PlanStepStatus;
import nl.maakscan.model.Question;
import nl.maakscan.store.AssessmentInfo;
import nl.maakscan.store.ConclusionsRepository;
import nl.maakscan.store.PlanTracking;
import nl.maakscan.ui.Texts;
import nl.maakscan.ui.UiFixture;
import nl.maakscan.ui.compare.CompareViewModel;
import nl.maakscan.ui.results.ResultsViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The wizard's conclusions and previous-plan steps, and the plan status in results and compare, without JavaFX. */
class FollowUpViewModelTest {

    @TempDir
    Path dir;
    UiFixture fx;
    AssessmentInfo t0;

    @BeforeEach
    void setUp() {
        fx = new UiFixture(dir);
        t0 = fx.sampleAssessment();
        for (Question q : fx.store.loadAssessment(t0.id()).orElseThrow().questionnaire().questions()) {
            fx.store.saveAnswer(t0.id(), q.id(), LevelAnswer.level(1));
        }
        fx.store.finish(t0.id());
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    private AssessmentInfo followUp() {
        return fx.store.createAssessment(t0.companyId(), UiFixture.questionnaire(), "T1", "Coach");
    }

    private WizardViewModel wizard(String id) {
        return new WizardViewModel(fx.workspace, new Texts("nl"), fx.navigator, id);
    }

    @Test
    void aFollowUpHasAPreviousPlanStepAfterTheProfileAndAFirstAssessmentHasNone() {
        assertThat(wizard(t0.id()).steps()).extracting(Step::kind).doesNotContain(Step.Kind.PLAN_TRACKING)
                .contains(Step.Kind.CONCLUSIONS);
        WizardViewModel w = wizard(followUp().id());
        assertThat(w.steps().get(1).kind()).isEqualTo(Step.Kind.PLAN_TRACKING);
        assertThat(w.steps().get(w.steps().size() - 2).kind()).isEqualTo(Step.Kind.CONCLUSIONS);
    }

    @Test
    void conclusionsAndMethodAreInTheStoreAsSoonAsTheyAreEntered() {
        AssessmentInfo t1 = followUp();
        FollowUpViewModel m = new FollowUpViewModel(wizard(t1.id()));
        String topic = m.wizard().questionnaire().maturityDimensions().get(0).id();
        m.overall("Goede stappen gezet.");
        m.dimension(topic, "Planning nu digitaal.");
        m.method(Conclusions.Method.INTERVIEW);
        m.participants("Eigenaar");

        Conclusions stored = new ConclusionsRepository(fx.store).load(t1.id());
        assertThat(stored.overall()).isEqualTo("Goede stappen gezet.");
        assertThat(stored.dimension(topic)).isEqualTo("Planning nu digitaal.");
        assertThat(stored.method()).isEqualTo(Conclusions.Method.INTERVIEW);
        assertThat(stored.participants()).isEqualTo("Eigenaar");
        FollowUpViewModel again = new FollowUpViewModel(wizard(t1.id()));
        assertThat(again.overall().get()).isEqualTo("Goede stappen gezet.");
        assertThat(again.method().get()).isEqualTo(Conclusions.Method.INTERVIEW);
        assertThat(m.wizard().saver().state().get().saved()).isTrue();
    }

    @Test
    void theStepsOfThePreviousPlanGetAStatusAndANoteThatResultsAndCompareShow() {
        AssessmentInfo t1 = followUp();
        FollowUpViewModel m = new FollowUpViewModel(wizard(t1.id()));
        assertThat(m.steps()).as("the plan of T0").isNotEmpty();
        FollowUpViewModel.StepRow first = m.steps().get(0);
        assertThat(first.tracked().name()).contains(":");
        m.status(first, PlanStepStatus.Status.DONE);
        m.note(first, "Opgeleverd");

        PlanStepStatus stored = new PlanTracking(fx.store).load(t1.id()).get(first.tracked().key());
        assertThat(stored.status()).isEqualTo(PlanStepStatus.Status.DONE);
        assertThat(stored.note()).isEqualTo("Opgeleverd");
        ResultsViewModel results = new ResultsViewModel(fx.workspace, new Texts("nl"), fx.navigator, t1.id());
        assertThat(results.previousPlan()).hasSameSizeAs(m.steps());
        assertThat(results.previousPlan().get(0).recorded()).isEqualTo(stored);
        CompareViewModel compare = new CompareViewModel(fx.workspace, new Texts("nl"), fx.navigator, t0.id(), t1.id());
        assertThat(compare.previousPlan().get(0).recorded().status()).isEqualTo(PlanStepStatus.Status.DONE);
        assertThat(new ResultsViewModel(fx.workspace, new Texts("nl"), fx.navigator, t0.id()).previousPlan())
                .isEmpty();
    }

    @Test
    void aFinalAssessmentChangesNothing() {
        AssessmentInfo t1 = followUp();
        fx.store.finish(t1.id());
        FollowUpViewModel m = new FollowUpViewModel(wizard(t1.id()));
        m.overall("Te laat");
        m.status(m.steps().get(0), PlanStepStatus.Status.DROPPED);
        assertThat(m.overall().get()).isNull();
        assertThat(new ConclusionsRepository(fx.store).load(t1.id()).isEmpty()).isTrue();
        assertThat(new PlanTracking(fx.store).load(t1.id())).isEmpty();
        assertThat(fx.dialogs.errors).isEmpty();
    }
}
