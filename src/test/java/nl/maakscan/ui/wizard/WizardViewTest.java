package nl.maakscan.ui.wizard;

import javafx.scene.Node;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import nl.maakscan.model.LevelAnswer;
import nl.maakscan.model.Question;
import nl.maakscan.store.AssessmentInfo;
import nl.maakscan.store.StoredAssessment;
import nl.maakscan.ui.Styles;
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
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The wizard as an owner uses it: a whole assessment by keyboard, by mouse, and resuming the next day. */
@ExtendWith(ApplicationExtension.class)
class WizardViewTest {

    @TempDir
    static Path dir;
    Stage stage;
    UiFixture fx;
    AssessmentInfo info;
    WizardViewModel model;

    @Start
    void start(Stage s) {
        stage = s;
        fx = new UiFixture(dir.resolve(Long.toString(System.nanoTime())));
        info = fx.sampleAssessment();
        stage.setScene(UiFixture.scene(new javafx.scene.layout.Pane(), 1200, 800));
        mount();
        stage.show();
    }

    private WizardView view;

    /** Shows the wizard; a wizard already shown is closed first, the way the window closes it. */
    private void mount() {
        if (view != null) {
            view.leavePage();
        }
        model = new WizardViewModel(fx.workspace, new Texts("nl"), fx.navigator, info.id());
        view = new WizardView(model);
        stage.getScene().setRoot(view);
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    private StoredAssessment stored() {
        return fx.store.loadAssessment(info.id()).orElseThrow();
    }

    @Test
    void aWholeAssessmentCanBeDoneWithTheKeyboardAlone(FxRobot robot) {
        robot.push(KeyCode.ALT, KeyCode.RIGHT);                    // profile -> priorities
        assertThat(model.step().get().kind()).isEqualTo(Step.Kind.PRIORITIES);
        robot.push(KeyCode.TAB).push(KeyCode.TAB).push(KeyCode.TAB).push(KeyCode.SPACE);
        robot.push(KeyCode.ALT, KeyCode.RIGHT);                    // -> first dimension
        List<Question> questions = model.questionnaire().questions();
        int i = 0;
        for (Question q : questions) {
            robot.type(i % 7 == 6 ? KeyCode.W : i % 11 == 10 ? KeyCode.N : KeyCode.getKeyCode(Integer.toString(i % 6)));
            i++;
        }
        assertThat(model.step().get().kind()).as("past the last question").isEqualTo(Step.Kind.ADOPTION);
        List<nl.maakscan.model.Technology> techs = model.questionnaire().technologies();
        for (int t = 0; t < techs.size(); t++) {
            robot.type(t % 4 == 3 ? KeyCode.N : KeyCode.getKeyCode(Integer.toString(t % 6)));
        }
        assertThat(model.step().get().kind()).as("past the last technology").isEqualTo(Step.Kind.TARGETS);
        robot.type(KeyCode.DIGIT4).type(KeyCode.DIGIT5).type(KeyCode.UP).type(KeyCode.UP).type(KeyCode.V);
        robot.push(KeyCode.ALT, KeyCode.RIGHT);
        assertThat(model.step().get().kind()).isEqualTo(Step.Kind.CONCLUSIONS);
        robot.push(KeyCode.ALT, KeyCode.RIGHT);
        assertThat(model.step().get().kind()).isEqualTo(Step.Kind.REVIEW);
        robot.interact(() -> robot.lookup("#wizard-finish").queryButton().requestFocus());
        robot.push(KeyCode.SPACE);

        StoredAssessment s = stored();
        assertThat(s.assessment().answers()).hasSize(questions.size());
        assertThat(s.assessment().answers().get(questions.get(3).id())).isEqualTo(LevelAnswer.level(3));
        assertThat(s.assessment().answers().get(questions.get(6).id()).kind()).isEqualTo(LevelAnswer.Kind.DONT_KNOW);
        assertThat(s.assessment().answers().get(questions.get(10).id()).kind())
                .isEqualTo(LevelAnswer.Kind.NOT_APPLICABLE);
        assertThat(s.assessment().priorities()).hasSize(1);
        assertThat(s.assessment().technologies()).hasSize(techs.size());
        assertThat(s.assessment().technologies().get(techs.get(2).id()).level()).isEqualTo(2);
        assertThat(s.assessment().technologies().get(techs.get(3).id()).notRelevant()).isTrue();
        List<nl.maakscan.model.Dimension> dims = model.questionnaire().maturityDimensions();
        assertThat(s.assessment().targets()).containsEntry(dims.get(1).id(), 5).doesNotContainKey(dims.get(0).id())
                .hasSize(1);
        assertThat(s.info().status()).isEqualTo(AssessmentInfo.Status.FINAL);
        assertThat(fx.navigator.last()).isEqualTo("results:" + info.id());
    }

    @Test
    void aWholeAssessmentCanBeDoneWithTheMouse(FxRobot robot) {
        robot.clickOn("#wizard-next");
        robot.clickOn("#priority-" + model.questionnaire().priorities().get(0).id() + "-4");
        robot.clickOn("#wizard-next");
        for (int d = 0; d < model.questionnaire().dimensions().size(); d++) {
            for (Question q : model.step().get().dimension().questions()) {
                Node card = robot.lookup("#level-" + q.id() + "-2").query();
                reveal(robot, card);
                robot.clickOn(card);
                assertThat(((ToggleButton) card).isSelected()).as("card of " + q.id() + " chosen").isTrue();
            }
            robot.clickOn("#wizard-next");
        }
        assertThat(model.step().get().kind()).isEqualTo(Step.Kind.ADOPTION);
        robot.clickOn("#choice-" + model.questionnaire().technologies().get(0).id() + "-1");
        robot.clickOn("#wizard-next").clickOn("#wizard-next").clickOn("#wizard-next");
        assertThat(robot.lookup("#review-summary").queryLabeled().getText())
                .startsWith(model.questionnaire().questions().size() + " van de " + model.questionnaire().questions().size());
        robot.clickOn("#wizard-finish");

        StoredAssessment s = stored();
        assertThat(s.assessment().answers().values()).hasSize(model.questionnaire().questions().size())
                .allMatch(a -> a.equals(LevelAnswer.level(2)));
        assertThat(s.assessment().priorities()).containsEntry(model.questionnaire().priorities().get(0).id(), 4);
        assertThat(s.assessment().technologies()).hasSize(1);
        assertThat(s.assessment().technologies().values().iterator().next().level()).isEqualTo(1);
        assertThat(fx.navigator.last()).isEqualTo("results:" + info.id());
    }

    @Test
    void afterARestartTheWizardOpensAtTheSameQuestionWithItsAnswersAndNote(FxRobot robot) {
        robot.interact(() -> model.goTo(5));
        Question q = model.step().get().dimension().questions().get(2);
        Node card = robot.lookup("#level-" + q.id() + "-1").query();
        reveal(robot, card);
        robot.clickOn(card);
        Node note = robot.lookup("#note-" + q.id()).query();
        reveal(robot, note);
        robot.clickOn(note).write("Alleen bij de kantbank");

        robot.interact(this::mount);                             // as if the program was closed and opened again

        assertThat(model.current().get()).isEqualTo(5);
        assertThat(model.currentQuestion().get()).isEqualTo(q.id());
        assertThat(robot.lookup("#question-" + q.id()).query().getStyleClass()).contains(Styles.CURRENT_QUESTION);
        assertThat(robot.lookup("#level-" + q.id() + "-1").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#note-" + q.id()).queryTextInputControl().getText())
                .isEqualTo("Alleen bij de kantbank");
        assertThat(robot.lookup("#wizard-saved").queryLabeled().getText()).startsWith("Alles is bewaard");
    }

    @Test
    void theReviewListsOpenQuestionsAsLinksToThem(FxRobot robot) {
        robot.interact(() -> model.goTo(model.steps().size() - 1));
        Question open = model.questionnaire().dimensions().get(2).questions().get(1);

        Node link = robot.lookup("#review-" + open.id()).query();
        reveal(robot, link);  // the list is longer than the window
        robot.clickOn(link);

        assertThat(model.currentQuestion().get()).isEqualTo(open.id());
        assertThat(model.step().get().dimension()).isEqualTo(model.questionnaire().dimensions().get(2));
        robot.type(KeyCode.DIGIT4);
        assertThat(stored().assessment().answers().get(open.id())).isEqualTo(LevelAnswer.level(4));
    }

    @Test
    void everyControlOfAQuestionHasAnIdAndAccessibleText(FxRobot robot) {
        robot.interact(() -> model.goTo(2));
        Question q = model.questionnaire().dimensions().get(0).questions().get(0);
        for (String id : List.of("level-" + q.id() + "-0", "level-" + q.id() + "-5", "na-" + q.id(),
                "dontknow-" + q.id(), "note-" + q.id(), "wizard-next", "wizard-back", "wizard-steps",
                "wizard-progress")) {
            Node n = robot.lookup("#" + id).query();
            assertThat(n.getAccessibleText()).as(id).isNotBlank();
        }
    }

    @Test
    void aNoteCanBeWrittenBeforeTheAnswerAndIsSavedWithIt(FxRobot robot) {
        robot.interact(() -> model.goTo(2));
        Question q = model.step().get().dimension().questions().get(0);
        Node note = robot.lookup("#note-" + q.id()).query();
        assertThat(note.isDisabled()).isFalse();
        robot.clickOn(note).write("Eerst overleggen met de werkvoorbereider");
        robot.clickOn("#level-" + q.id() + "-3");

        assertThat(stored().assessment().answers().get(q.id()))
                .isEqualTo(LevelAnswer.level(3).withNote("Eerst overleggen met de werkvoorbereider"));
    }

    @Test
    void theChosenCardCarriesACheckMarkAndTheWhyTextOpensBelowTheCards(FxRobot robot) {
        robot.interact(() -> model.goTo(2));
        Question q = model.step().get().dimension().questions().get(0);
        robot.clickOn("#level-" + q.id() + "-2");

        assertThat(robot.lookup("#level-head-" + q.id() + "-2").queryLabeled().getText()).contains("✓");
        assertThat(robot.lookup("#level-head-" + q.id() + "-1").queryLabeled().getText()).doesNotContain("✓");
        Node cards = robot.lookup("#level-" + q.id() + "-0").query();
        double before = cards.localToScene(cards.getLayoutBounds()).getMinY();
        robot.interact(() -> ((javafx.scene.control.Hyperlink) robot.lookup("#why-" + q.id()).query()).fire());
        robot.interact(() -> { });
        assertThat(robot.lookup("#why-text-" + q.id()).query().isVisible()).isTrue();
        assertThat(cards.localToScene(cards.getLayoutBounds()).getMinY()).isEqualTo(before);
    }

    @Test
    void theNextQuestionButtonMovesOnAfterAClick(FxRobot robot) {
        robot.interact(() -> model.goTo(2));
        List<Question> qs = model.step().get().dimension().questions();
        robot.clickOn("#level-" + qs.get(0).id() + "-4");

        robot.clickOn("#next-question-" + qs.get(0).id());

        assertThat(model.currentQuestion().get()).isEqualTo(qs.get(1).id());
        assertThat(robot.lookup("#question-" + qs.get(1).id()).query().getStyleClass())
                .contains(Styles.CURRENT_QUESTION);
    }

    @Test
    void aFollowUpSaysItsAnswersWereCopiedAndTheCardsMarkThePreviousLevel(FxRobot robot) {
        Question q = model.questionnaire().dimensions().get(0).questions().get(0);
        fx.store.saveAnswer(info.id(), q.id(), LevelAnswer.level(2));
        AssessmentInfo next = fx.store.createAssessment(info.companyId(), UiFixture.questionnaire(), "Vervolgscan 1", null);
        fx.store.copyAnswers(info.id(), next.id());
        robot.interact(() -> {
            model = new WizardViewModel(fx.workspace, new Texts("nl"), fx.navigator, next.id());
            view = new WizardView(model);
            stage.getScene().setRoot(view);
            model.goTo(java.util.stream.IntStream.range(0, model.steps().size())
                    .filter(i -> model.steps().get(i).kind() == Step.Kind.DIMENSION).findFirst().orElseThrow());
        });

        assertThat(robot.lookup("#wizard-follow-up").queryLabeled().getText()).contains("overgenomen");
        assertThat(robot.lookup("#level-head-" + q.id() + "-2").queryLabeled().getText()).contains("vorige scan");
        robot.type(KeyCode.DIGIT4);
        assertThat(robot.lookup("#level-head-" + q.id() + "-2").queryLabeled().getText()).contains("vorige scan")
                .doesNotContain("✓");
        assertThat(robot.lookup("#level-head-" + q.id() + "-4").queryLabeled().getText()).contains("✓")
                .doesNotContain("vorige scan");
    }

    /**
     * Scrolls {@code node} into view as the page does for the keyboard, and waits until its middle, where the robot
     * clicks, is inside the scrolled area: the page may still be laid out (a new step, a card that grew) when the
     * scroll is asked for.
     */
    private static void reveal(FxRobot robot, Node node) {
        robot.interact(() -> node.fireEvent(new ScrollTo(node)));
        try {
            org.testfx.util.WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> {
                robot.interact(() -> node.fireEvent(new ScrollTo(node)));
                javafx.scene.Parent viewport = node.getParent();
                while (viewport != null && !(viewport instanceof javafx.scene.control.ScrollPane)) {
                    viewport = viewport.getParent();
                }
                javafx.geometry.Bounds b = node.localToScene(node.getLayoutBounds());
                javafx.geometry.Bounds v = viewport == null ? new javafx.geometry.BoundingBox(0, 0,
                        node.getScene().getWidth(), node.getScene().getHeight())
                        : viewport.localToScene(viewport.getLayoutBounds());
                return b.getCenterY() > v.getMinY() && b.getCenterY() < v.getMaxY();   // where the click lands
            });
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("not scrolled into view: " + node.getId(), e);
        }
    }
}
