package nl.maakscan.ui.wizard;

import javafx.scene.control.ComboBox;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import nl.maakscan.model.Conclusions;
import nl.maakscan.model.LevelAnswer;
import nl.maakscan.model.PlanStepStatus;
import nl.maakscan.model.Question;
import nl.maakscan.store.AssessmentInfo;
import nl.maakscan.store.ConclusionsRepository;
import nl.maakscan.store.PlanTracking;
import nl.maakscan.ui.Texts;
import nl.maakscan.ui.UiFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The "Conclusions" and "Previous plan" pages as an adviser fills them in: clicked and typed, saved at once. */
@ExtendWith(ApplicationExtension.class)
class FollowUpStepViewTest {

    @TempDir
    static Path dir;
    Stage stage;
    UiFixture fx;
    AssessmentInfo t1;
    FollowUpViewModel model;

    @Start
    void start(Stage s) {
        stage = s;
        fx = new UiFixture(dir.resolve(Long.toString(System.nanoTime())));
        AssessmentInfo t0 = fx.sampleAssessment();
        for (Question q : fx.store.loadAssessment(t0.id()).orElseThrow().questionnaire().questions()) {
            fx.store.saveAnswer(t0.id(), q.id(), LevelAnswer.level(1));
        }
        fx.store.finish(t0.id());
        t1 = fx.store.createAssessment(t0.companyId(), UiFixture.questionnaire(), "T1", "Coach");
        model = new FollowUpViewModel(new WizardViewModel(fx.workspace, new Texts("nl"), fx.navigator, t1.id()));
        stage.setScene(UiFixture.scene(new javafx.scene.layout.Pane(), 1000, 700));
        stage.show();
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    private <T extends javafx.scene.Parent & StepView> T mount(FxRobot robot, T view) {
        robot.interact(() -> {
            ScrollPane scroll = new ScrollPane(view);
            scroll.setFitToWidth(true);
            stage.getScene().setRoot(scroll);
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        return view;
    }

    @Test
    void theAdviserChoosesTheMethodAndTypesConclusionsThatAreStoredWhileTyping(FxRobot robot) {
        ConclusionsStepView view = mount(robot, new ConclusionsStepView(model));
        robot.clickOn("#method-interview");
        robot.clickOn("#participants").write("Eigenaar");
        robot.clickOn("#conclusion-overall").write("Goed op weg.");
        robot.interact(view::leave);

        Conclusions stored = new ConclusionsRepository(fx.store).load(t1.id());
        assertThat(stored.method()).isEqualTo(Conclusions.Method.INTERVIEW);
        assertThat(stored.participants()).isEqualTo("Eigenaar");
        assertThat(stored.overall()).isEqualTo("Goed op weg.");
        String topic = model.wizard().questionnaire().maturityDimensions().get(0).id();
        robot.clickOn("#conclusion-" + topic).write("Eerste onderwerp");
        robot.clickOn("#conclusion-overall");                       // leaving the field saves it
        assertThat(new ConclusionsRepository(fx.store).load(t1.id()).dimension(topic)).isEqualTo("Eerste onderwerp");
    }

    @Test
    void eachStepOfThePreviousPlanGetsAStatusAndANote(FxRobot robot) {
        PlanTrackingStepView view = mount(robot, new PlanTrackingStepView(model));
        FollowUpViewModel.StepRow first = model.steps().get(0);
        String key = first.tracked().key().replace('/', '-');
        @SuppressWarnings("unchecked")
        ComboBox<PlanStepStatus.Status> status = (ComboBox<PlanStepStatus.Status>) view.lookup("#status-" + key);
        robot.interact(() -> status.setValue(PlanStepStatus.Status.IN_PROGRESS));
        robot.clickOn("#tracking-note-" + key).write("Offerte aangevraagd");
        robot.interact(view::leave);

        PlanStepStatus stored = new PlanTracking(fx.store).load(t1.id()).get(first.tracked().key());
        assertThat(stored.status()).isEqualTo(PlanStepStatus.Status.IN_PROGRESS);
        assertThat(stored.note()).isEqualTo("Offerte aangevraagd");
        assertThat(status.getConverter().toString(status.getValue())).isEqualTo("Bezig");
    }
}
