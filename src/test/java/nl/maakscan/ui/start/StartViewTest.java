package nl.maakscan.ui.start;

import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import nl.maakscan.content.QuestionnaireLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class StartViewTest {

    @Start
    void start(Stage stage) {
        QuestionnaireLibrary library = QuestionnaireLibrary.load(Locale.forLanguageTag("nl"), List.of());
        ResourceBundle texts = ResourceBundle.getBundle("nl.maakscan.ui.messages", Locale.forLanguageTag("nl"));
        stage.setScene(new Scene(new StartView(new StartViewModel(library, "nl"), texts), 800, 600));
        stage.show();
    }

    @Test
    void startScreenListsTheBuiltInQuestionnaireInDutch(FxRobot robot) {
        ListView<?> list = robot.lookup("#start-questionnaires").queryAs(ListView.class);

        assertThat(list.getItems()).hasSize(1);
        assertThat(robot.lookup(".list-cell").queryAll()).anySatisfy(cell ->
                assertThat(((javafx.scene.control.ListCell<?>) cell).getText())
                        .startsWith("Productie-innovatiescan (versie 1.0.0): 13 onderwerpen"));
        assertThat(robot.lookup("#start-problems").tryQuery()).isEmpty();
    }
}
