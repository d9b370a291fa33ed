package nl.maakscan.ui.shell;

import javafx.scene.Node;
import javafx.stage.Stage;
import nl.maakscan.model.LevelAnswer;
import nl.maakscan.model.Question;
import nl.maakscan.store.AssessmentInfo;
import nl.maakscan.ui.Settings;
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

/** The whole window: waiting for the store, switching language mid-way, the results screen, the theme. */
@ExtendWith(ApplicationExtension.class)
class ShellTest {

    @TempDir
    static Path dir;
    UiFixture fx;
    ShellViewModel shell;
    AssessmentInfo info;

    @Start
    void start(Stage stage) {
        fx = new UiFixture(dir.resolve(Long.toString(System.nanoTime())));
        info = fx.sampleAssessment();
        shell = fx.showShell(stage);
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void theWindowWaitsForTheStoreThenShowsTheCompanies(FxRobot robot) {
        assertThat(robot.lookup("#start-loading").tryQuery()).isPresent();

        robot.interact(() -> shell.workspace().set(fx.workspace));

        assertThat(robot.lookup("#start-view").tryQuery()).isPresent();
        assertThat(robot.lookup("#start-companies").queryListView().getItems()).hasSize(1);
    }

    @Test
    void switchingToEnglishMidAssessmentKeepsTheQuestionAndIsRemembered(FxRobot robot) {
        robot.interact(() -> {
            shell.workspace().set(fx.workspace);
            shell.openWizard(info.id());
        });
        robot.clickOn("#wizard-next").clickOn("#wizard-next");
        robot.type(javafx.scene.input.KeyCode.DIGIT2);
        assertThat(robot.lookup("#wizard-next").queryButton().getText()).isEqualTo("Volgende");

        robot.clickOn("#nav-lang-en");

        assertThat(robot.lookup("#wizard-next").queryButton().getText()).isEqualTo("Next");
        assertThat(robot.lookup("#wizard-step-of").queryLabeled().getText()).startsWith("Step 3 of");
        assertThat(robot.lookup(".current-question").query().getId()).isEqualTo("question-"
                + fx.store.loadAssessment(info.id()).orElseThrow().questionnaire().dimensions().get(0).questions()
                        .get(1).id());
        assertThat(fx.settings.load().language()).isEqualTo("en");
    }

    @Test
    void theResultsScreenShowsLevelRadarTopFiveAndThePlan(FxRobot robot) {
        for (Question q : UiFixture.questionnaire().valid().orElseThrow().questions()) {
            fx.store.saveAnswer(info.id(), q.id(), LevelAnswer.level(q.id().hashCode() % 2 == 0 ? 1 : 3));
        }
        robot.interact(() -> {
            shell.workspace().set(fx.workspace);
            shell.openResults(info.id());
        });

        assertThat(robot.lookup("#results-overall").queryLabeled().getText()).matches("\\d,\\d");
        assertThat(robot.lookup("#results-radar").tryQuery()).isPresent();
        Node recommendations = robot.lookup("#results-recommendations").query();
        assertThat(robot.from(recommendations).lookup((java.util.function.Predicate<Node>) n -> n.getId() != null && n.getId().startsWith("recommendation-"))
                .queryAll()).hasSizeBetween(1, 5);
        assertThat(robot.lookup("#results-total-days").queryLabeled().getText()).startsWith("Totaal");
        assertThat(robot.lookup("#results-report").query().isVisible()).as("no report writer here").isFalse();

        robot.clickOn("#results-back");
        assertThat(robot.lookup("#start-view").tryQuery()).isPresent();
    }

    @Test
    void theThemeChoiceIsRemembered(FxRobot robot) {
        robot.interact(() -> shell.workspace().set(fx.workspace));

        robot.clickOn("#nav-theme");

        assertThat(fx.settings.load().theme()).isEqualTo(Settings.Theme.DARK);
    }
}
