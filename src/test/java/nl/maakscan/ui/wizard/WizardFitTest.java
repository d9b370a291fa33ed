package nl.maakscan.ui.wizard;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ToggleButton;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import nl.maakscan.model.LevelAnswer;
import nl.maakscan.model.Question;
import nl.maakscan.store.AssessmentInfo;
import nl.maakscan.ui.Texts;
import nl.maakscan.ui.UiFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A follow-up question page in English on a 1024 x 700 screen: every step name is shown whole, and the head of
 * a card that is both chosen and the previous answer stays inside its card.
 */
@ExtendWith(ApplicationExtension.class)
class WizardFitTest {

    @TempDir
    static Path dir;
    UiFixture fx;
    Question first;

    @BeforeAll
    static void loadTheQuestionnaires() {
        UiFixture.library();
        UiFixture.questionnaire();
    }

    @Start
    void start(Stage stage) {
        fx = new UiFixture(dir.resolve(Long.toString(System.nanoTime())));
        AssessmentInfo t0 = fx.sampleAssessment();
        first = UiFixture.questionnaire().valid().orElseThrow().dimensions().get(0).questions().get(0);
        fx.store.saveAnswer(t0.id(), first.id(), LevelAnswer.level(2));
        AssessmentInfo t1 = fx.store.createAssessment(t0.companyId(), UiFixture.questionnaire(), "T1", "Coach");
        fx.store.saveAnswer(t1.id(), first.id(), LevelAnswer.level(2));
        WizardViewModel model = new WizardViewModel(fx.workspace, new Texts("en"), fx.navigator, t1.id());
        model.goToQuestion(first.id());
        stage.setScene(UiFixture.scene(new WizardView(model), 1024, 700));
        stage.show();
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void everyStepNameIsShownWhole(FxRobot robot) {
        var cells = robot.lookup("#wizard-steps").lookup(".list-cell").queryAllAs(ListCell.class);
        assertThat(cells).isNotEmpty();
        for (ListCell<?> cell : cells) {
            if (cell.getText() == null) {
                continue;
            }
            Text shown = (Text) cell.lookup(".text");
            assertThat(shown.getText().replace("\n", " ").replaceAll("\\s+", " ").strip())
                    .as("step name in the bar").isEqualTo(cell.getText().replaceAll("\\s+", " ").strip());
        }
    }

    @Test
    void theHeadOfAChosenPreviousCardStaysInsideTheCard(FxRobot robot) {
        ToggleButton card = robot.lookup("#level-" + first.id() + "-2").queryAs(ToggleButton.class);
        Label head = robot.lookup("#level-head-" + first.id() + "-2").queryAs(Label.class);
        assertThat(head.getText()).contains("chosen", "previous");
        var inCard = card.sceneToLocal(head.localToScene(head.getLayoutBounds()));
        assertThat(inCard.getMaxX()).as("right edge of the head in the card").isLessThanOrEqualTo(card.getWidth());
        Text body = (Text) card.lookupAll(".text").stream().filter(n -> n instanceof Text t
                && t.getText() != null && t.getText().length() > 20).findFirst().orElseThrow();
        var bodyInCard = card.sceneToLocal(body.localToScene(body.getLayoutBounds()));
        assertThat(bodyInCard.getMaxX()).as("right edge of the level text").isLessThanOrEqualTo(card.getWidth());
    }
}
