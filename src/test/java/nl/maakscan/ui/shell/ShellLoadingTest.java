package nl.maakscan.ui.shell;

import javafx.stage.Stage;
import nl.maakscan.store.AssessmentInfo;
import nl.maakscan.ui.QueuedTasks;
import nl.maakscan.ui.UiFixture;
import nl.maakscan.ui.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The screens that read the store do so in the background: the window says what it waits for, then shows the
 * screen; what arrives after the user went elsewhere is not shown.
 */
@ExtendWith(ApplicationExtension.class)
class ShellLoadingTest {

    @TempDir
    static Path dir;
    UiFixture fx;
    ShellViewModel shell;
    QueuedTasks tasks = new QueuedTasks();
    Workspace workspace;
    AssessmentInfo t0;
    AssessmentInfo t1;

    @Start
    void start(Stage stage) {
        fx = new UiFixture(dir.resolve(Long.toString(System.nanoTime())));
        t0 = fx.sampleAssessment();
        t1 = fx.store.createAssessment(t0.companyId(), UiFixture.questionnaire(), "T1", null);
        workspace = new Workspace(fx.store, fx.workspace.library(), tasks, fx.dialogs, fx.settings, null);
        shell = fx.showShell(stage);
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void theStartScreenSaysItReadsTheCompaniesThenListsThem(FxRobot robot) {
        robot.interact(() -> shell.workspace().set(workspace));

        assertThat(robot.lookup("#start-view").tryQuery()).isPresent();
        assertThat(robot.lookup("#start-companies").queryListView().getItems()).isEmpty();
        assertThat(robot.lookup("#start-companies-empty").queryLabeled().getText())
                .isEqualTo("De bedrijven worden geladen…");

        robot.interact(tasks::runAll);

        assertThat(robot.lookup("#start-companies").queryListView().getItems()).hasSize(1);
        assertThat(robot.lookup("#start-companies-empty").queryLabeled().getText())
                .isEqualTo("Nog geen bedrijven. Begin met \"Nieuw bedrijf\".");
    }

    @Test
    void theWizardSaysItOpensTheAssessmentThenShowsIt(FxRobot robot) {
        robot.interact(() -> {
            shell.workspace().set(workspace);
            tasks.runAll();
            shell.openWizard(t1.id());
        });

        assertThat(robot.lookup("#wizard-loading").queryLabeled().getText()).isEqualTo("De scan wordt geopend…");
        assertThat(robot.lookup("#wizard-view").tryQuery()).isEmpty();

        robot.interact(tasks::runAll);

        assertThat(robot.lookup("#wizard-loading").tryQuery()).isEmpty();
        assertThat(robot.lookup("#wizard-title").queryLabeled().getText()).endsWith("· T1");
        assertThat(robot.lookup("#wizard-next").tryQuery()).isPresent();
    }

    @Test
    void theComparisonSaysItComparesThenShowsBothAssessments(FxRobot robot) {
        robot.interact(() -> {
            shell.workspace().set(workspace);
            tasks.runAll();
            shell.openCompare(t0.id(), t1.id());
        });

        assertThat(robot.lookup("#compare-loading").queryLabeled().getText())
                .isEqualTo("De twee scans worden vergeleken…");
        assertThat(robot.lookup("#compare-view").tryQuery()).isEmpty();

        robot.interact(tasks::runAll);

        assertThat(robot.lookup("#compare-loading").tryQuery()).isEmpty();
        assertThat(robot.lookup("#compare-table").queryTableView().getItems()).isNotEmpty();
        assertThat(robot.lookup("#compare-first").tryQuery()).isPresent();
    }

    @Test
    void afterALanguageSwitchAScreenIsReadOnceNotAlsoForTheViewInTheOldLanguage(FxRobot robot) {
        robot.interact(() -> {
            shell.workspace().set(workspace);
            tasks.runAll();
        });
        robot.clickOn("#nav-lang-en");
        robot.interact(tasks::runAll);

        robot.interact(() -> shell.openWizard(t1.id()));

        assertThat(tasks.waiting()).isEqualTo(1);
        robot.interact(tasks::runAll);
        assertThat(robot.lookup("#wizard-next").queryButton().getText()).isEqualTo("Next");
    }

    @Test
    void aWizardThatOpensAfterTheUserWentBackIsNotShown(FxRobot robot) {
        robot.interact(() -> {
            shell.workspace().set(workspace);
            tasks.runAll();
            shell.openWizard(t1.id());
            shell.showStart();
        });

        robot.interact(tasks::runAll);

        assertThat(robot.lookup("#start-view").tryQuery()).isPresent();
        assertThat(robot.lookup("#wizard-view").tryQuery()).isEmpty();
        assertThat(fx.dialogs.errors).isEmpty();
    }

    @Test
    void anAssessmentThatCannotBeReadIsToldAndLeadsBackToTheStart(FxRobot robot) {
        robot.interact(() -> {
            shell.workspace().set(workspace);
            tasks.runAll();
            shell.openCompare(t0.id(), "no-such-assessment");
        });

        robot.interact(tasks::runAll);

        assertThat(fx.dialogs.errors).hasSize(1);
        assertThat(robot.lookup("#start-view").tryQuery()).isPresent();
        assertThat(robot.lookup("#compare-view").tryQuery()).isEmpty();
    }
}
