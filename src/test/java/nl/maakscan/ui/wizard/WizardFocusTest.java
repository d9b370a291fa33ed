package nl.maakscan.ui.wizard;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import nl.maakscan.model.Dimension;
import nl.maakscan.model.LevelAnswer;
import nl.maakscan.model.Question;
import nl.maakscan.store.AssessmentInfo;
import nl.maakscan.ui.Styles;
import nl.maakscan.ui.UiFixture;
import nl.maakscan.ui.shell.ShellViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Opening or resuming an assessment in the whole window: the current question is on screen,
 * highlighted and has the keyboard focus, and a key only ever answers the highlighted, visible question.
 */
@ExtendWith(ApplicationExtension.class)
class WizardFocusTest {

    @TempDir
    static Path dir;
    UiFixture fx;
    ShellViewModel shell;
    AssessmentInfo info;
    Dimension dimension;
    Question third;

    @Start
    void start(Stage stage) {
        fx = new UiFixture(dir.resolve(Long.toString(System.nanoTime())));
        info = fx.sampleAssessment();
        dimension = fx.store.loadAssessment(info.id()).orElseThrow().questionnaire().dimensions().stream()
                .filter(d -> d.questions().size() >= 4).skip(1).findFirst().orElseThrow();
        third = dimension.questions().get(2);
        fx.store.savePosition(info.id(), "dimension:" + dimension.id() + "#" + third.id());
        shell = fx.showShell(stage);
        shell.workspace().set(fx.workspace);
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    private void open(FxRobot robot) {
        robot.interact(() -> shell.openWizard(info.id()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Map<String, LevelAnswer> saved() {
        return fx.store.loadAssessment(info.id()).orElseThrow().assessment().answers();
    }

    /** True when the node lies wholly inside the visible part of the wizard's page. */
    private static boolean onScreen(FxRobot robot, Node node) {
        ScrollPane scroll = robot.lookup("#wizard-page").query();
        Bounds viewport = scroll.localToScene(scroll.getLayoutBounds());
        Bounds b = node.localToScene(node.getLayoutBounds());
        return b.getMinY() >= viewport.getMinY() - 1 && b.getMaxY() <= viewport.getMaxY() + 1;
    }

    private static Node cards(FxRobot robot, Question q) {
        return robot.lookup("#level-" + q.id() + "-0").query().getParent();
    }

    @Test
    void resumingShowsTheCurrentQuestionHighlightedWithTheFocus(FxRobot robot) {
        open(robot);

        Node pane = robot.lookup("#question-" + third.id()).query();
        assertThat(pane.getStyleClass()).contains(Styles.CURRENT_QUESTION);
        assertThat(onScreen(robot, cards(robot, third))).as("the cards of the current question are on screen").isTrue();
        Node focus = pane.getScene().getFocusOwner();
        assertThat(focus).isNotNull();
        assertThat(isInside(focus, pane)).as("focus inside the current question: " + focus).isTrue();
    }

    @Test
    void arrowKeysWorkRightAfterOpening(FxRobot robot) {
        open(robot);

        robot.type(KeyCode.DOWN);

        Question fourth = dimension.questions().get(3);
        assertThat(robot.lookup("#question-" + fourth.id()).query().getStyleClass()).contains(Styles.CURRENT_QUESTION);
        assertThat(onScreen(robot, cards(robot, fourth))).isTrue();
        robot.type(KeyCode.DIGIT3);
        assertThat(saved().get(fourth.id())).isEqualTo(LevelAnswer.level(3));
    }

    @Test
    void aDigitAnswersTheHighlightedQuestionOnScreen(FxRobot robot) {
        open(robot);

        robot.type(KeyCode.DIGIT3);

        assertThat(saved()).containsEntry(third.id(), LevelAnswer.level(3)).hasSize(1);
    }

    @Test
    void afterScrollingAwayADigitNeverAnswersAHiddenQuestion(FxRobot robot) {
        open(robot);
        ScrollPane scroll = robot.lookup("#wizard-page").query();
        robot.interact(() -> scroll.setVvalue(0));               // the owner scrolls back to the top
        WaitForAsyncUtils.waitForFxEvents();
        Node highlighted = robot.lookup(".current-question").query();
        String id = highlighted.getId().substring("question-".length());
        assertThat(id).as("the highlight left the question scrolled away").isNotEqualTo(third.id());
        assertThat(shown(robot, cards(robot, question(id)))).as("cards of the highlighted question on screen").isGreaterThan(0.5);

        robot.type(KeyCode.DIGIT2);

        assertThat(saved()).containsOnlyKeys(id);
    }

    private Question question(String id) {
        return dimension.questions().stream().filter(q -> q.id().equals(id)).findFirst().orElseThrow();
    }

    /** The share of a node's height inside the visible part of the wizard's page. */
    private static double shown(FxRobot robot, Node node) {
        ScrollPane scroll = robot.lookup("#wizard-page").query();
        Bounds viewport = scroll.localToScene(scroll.getLayoutBounds());
        Bounds b = node.localToScene(node.getLayoutBounds());
        double visible = Math.min(viewport.getMaxY(), b.getMaxY()) - Math.max(viewport.getMinY(), b.getMinY());
        return Math.max(0, visible) / b.getHeight();
    }

    private static boolean isInside(Node node, Node parent) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == parent) {
                return true;
            }
        }
        return false;
    }
}
