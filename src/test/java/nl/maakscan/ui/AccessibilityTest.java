package nl.maakscan.ui;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;
import nl.maakscan.model.LevelAnswer;
import nl.maakscan.model.Question;
import nl.maakscan.store.AssessmentInfo;
import nl.maakscan.ui.shell.ShellViewModel;
import org.controlsfx.control.NotificationPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every interactive control on every screen has a stable id (for tests and tools) and a text a
 * screen reader can say: its own label text or an accessible text.
 */
@ExtendWith(ApplicationExtension.class)
class AccessibilityTest {

    @TempDir
    static Path dir;
    UiFixture fx;
    ShellViewModel shell;
    Stage stage;

    @Start
    void start(Stage s) {
        stage = s;
        fx = new UiFixture(dir.resolve(Long.toString(System.nanoTime())), (id, lang, out, p) -> { });
        shell = fx.showShell(stage);
        shell.workspace().set(fx.workspace);
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void everyControlOnEveryScreenHasAnIdAndAText(FxRobot robot) {
        AssessmentInfo t0 = fx.sampleAssessment();
        for (Question q : UiFixture.questionnaire().valid().orElseThrow().questions()) {
            fx.store.saveAnswer(t0.id(), q.id(), LevelAnswer.level(2));
        }
        AssessmentInfo t1 = fx.store.createAssessment(t0.companyId(), UiFixture.questionnaire(), "T1", null);
        List<String> missing = new ArrayList<>();
        checked = 0;

        robot.interact(() -> shell.showStart());
        robot.interact(() -> shell.openWizard(t1.id()));
        robot.interact(() -> shell.showStart());
        check(missing, "start");
        robot.interact(() -> shell.openWizard(t1.id()));
        for (int step = 0; step < 18; step++) {
            check(missing, "wizard step " + (step + 1));
            robot.clickOn("#wizard-next");
        }
        robot.interact(() -> shell.openResults(t0.id()));
        check(missing, "results");
        robot.interact(() -> shell.openCompare(t0.id(), t1.id()));
        check(missing, "compare");
        robot.interact(() -> shell.openProgramme());
        check(missing, "programme");

        assertThat(missing).isEmpty();
        assertThat(checked).as("controls checked (the walk reaches into the screens)").isGreaterThan(600);
    }

    private static int checked;

    private void check(List<String> missing, String screen) {
        walk(stage.getScene().getRoot(), missing, screen);
    }

    private static void walk(Node node, List<String> missing, String screen) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof ButtonBase || node instanceof TextInputControl || node instanceof ComboBoxBase
                || node instanceof ListView || node instanceof TableView) {
            checked++;
            boolean hasText = node.getAccessibleText() != null && !node.getAccessibleText().isBlank()
                    || node instanceof Labeled l && l.getText() != null && !l.getText().isBlank();
            if (node.getId() == null || !hasText) {
                missing.add(screen + ": " + node.getClass().getSimpleName() + " id=" + node.getId() + " "
                        + (node instanceof Labeled l ? l.getText() : ""));
            }
            return;
        }
        if (node instanceof ScrollPane sp && sp.getContent() != null) {
            walk(sp.getContent(), missing, screen);
        } else if (node instanceof TitledPane tp && tp.getContent() != null) {
            walk(tp.getContent(), missing, screen);
        } else if (node instanceof NotificationPane np && np.getContent() != null) {
            walk(np.getContent(), missing, screen);
        } else if (node instanceof Parent p && !(node instanceof Control)) {
            p.getChildrenUnmodifiable().forEach(c -> walk(c, missing, screen));
        }
    }
}
