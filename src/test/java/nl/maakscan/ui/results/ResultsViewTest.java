package nl.maakscan.ui.results;

import javafx.scene.control.TitledPane;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import nl.maakscan.model.LevelAnswer;
import nl.maakscan.model.Question;
import nl.maakscan.store.AssessmentInfo;
import nl.maakscan.ui.QueuedTasks;
import nl.maakscan.ui.Texts;
import nl.maakscan.ui.UiFixture;
import nl.maakscan.ui.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The results screen while its results load in the background, and after. */
@ExtendWith(ApplicationExtension.class)
class ResultsViewTest {

    @TempDir
    static Path dir;
    UiFixture fx;
    QueuedTasks tasks = new QueuedTasks();
    Pane root = new Pane();
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        fx = new UiFixture(dir.resolve(Long.toString(System.nanoTime())));
        stage.setScene(UiFixture.scene(root, 1100, 750));
        stage.show();
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void aWaitShowsUntilTheResultsAreLoadedThenTheWholeScreenAndClosedPartsOpenOnDemand(FxRobot robot)
            throws Exception {
        AssessmentInfo t0 = fx.sampleAssessment();
        for (Question q : UiFixture.questionnaire().valid().orElseThrow().questions()) {
            fx.store.saveAnswer(t0.id(), q.id(), LevelAnswer.level(1));
        }
        Workspace w = new Workspace(fx.store, fx.workspace.library(), tasks, fx.dialogs, fx.settings, null);
        robot.interact(() -> root.getChildren().setAll(new ResultsView(new ResultsViewModel(w, new Texts("nl"),
                fx.navigator, t0.id()))));

        assertThat(robot.lookup("#results-loading").queryLabeled().getText()).isEqualTo("De resultaten worden berekend…");
        assertThat(robot.lookup("#results-overall").tryQuery()).isEmpty();

        robot.interact(tasks::runAll);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#results-total-days").tryQuery().isPresent());

        assertThat(robot.lookup("#results-loading").tryQuery()).isEmpty();
        assertThat(robot.lookup("#results-overall").queryLabeled().getText()).isEqualTo("1,0");
        assertThat(robot.lookup("#results-recommendations").tryQuery()).isPresent();
        TitledPane next = robot.lookup((java.util.function.Predicate<javafx.scene.Node>) n -> n.getId() != null
                && n.getId().startsWith("results-next-")).query();
        assertThat(next.getContent()).isNull();
        robot.interact(() -> next.setExpanded(true));
        assertThat(next.getContent()).isNotNull();
        assertThat(robot.from(next.getContent()).lookup(".label").queryAll()).isNotEmpty();
    }
}
