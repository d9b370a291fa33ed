package nl.maakscan.ui.start;

import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import nl.maakscan.model.Company;
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

/** The start screen: a company is created through the form (with its checks) and gets an assessment. */
@ExtendWith(ApplicationExtension.class)
class StartViewTest {

    @TempDir
    static Path dir;
    UiFixture fx;
    StartViewModel model;

    @Start
    void start(Stage stage) {
        fx = new UiFixture(dir.resolve(Long.toString(System.nanoTime())));
        model = new StartViewModel(fx.workspace, new Texts("nl"), fx.navigator,
                new javafx.beans.property.SimpleStringProperty());
        stage.setScene(UiFixture.scene(new StartView(model), 1100, 750));
        stage.show();
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void aCompanyIsCreatedThroughTheFormOnlyOnceItIsValid(FxRobot robot) {
        robot.clickOn("#start-new-company");
        robot.clickOn("#company-name").write("VOORBEELD Metaal & Co");
        robot.clickOn("#company-kvk").write("1234");
        assertThat(robot.lookup("#company-save").queryButton().isDisabled()).as("KvK too short").isTrue();
        assertThat(robot.lookup("#company-kvk-error").queryLabeled().isVisible()).isTrue();
        assertThat(robot.lookup("#company-kvk-error").queryLabeled().getText()).contains("8 cijfers");
        assertThat(robot.lookup("#company-why-not").queryLabeled().getText()).startsWith("Opslaan kan nog niet")
                .contains("8 cijfers");
        robot.write("5678");
        assertThat(robot.lookup("#company-kvk-error").queryLabeled().isVisible()).isFalse();
        assertThat(robot.lookup("#company-why-not").queryLabeled().getText()).isEmpty();
        robot.clickOn("#company-employees").write("14");
        assertThat(robot.lookup("#company-employees").queryTextInputControl().getText()).isEqualTo("14");
        robot.clickOn("#company-process-welding");
        robot.clickOn("#company-save");

        assertThat(fx.store.listCompanies()).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("VOORBEELD Metaal & Co");
            assertThat(c.kvk()).isEqualTo("12345678");
            assertThat(c.employees()).isEqualTo(14);
            assertThat(c.processes()).containsExactly("welding");
        });
        assertThat(robot.lookup("#start-company-title").queryLabeled().getText()).isEqualTo("VOORBEELD Metaal & Co");
        assertThat(robot.lookup("#start-new-assessment").queryButton().isDefaultButton())
                .as("a new company's next step is its first scan").isTrue();
        assertThat(robot.lookup("#start-continue").queryButton().isDefaultButton()).isFalse();

        robot.clickOn("#start-new-assessment");
        assertThat(fx.navigator.last()).startsWith("wizard:");
    }

    @Test
    void searchThenEnterOnACompanyContinuesItsDraft(FxRobot robot) {
        var info = fx.sampleAssessment();
        robot.interact(model::refresh);

        robot.clickOn("#start-search").write("jansen");
        ListView<Company> list = robot.lookup("#start-companies").queryListView();
        assertThat(list.getItems()).extracting(Company::name).containsExactly("VOORBEELD Metaalbewerking Jansen");
        robot.clickOn(".list-cell").push(KeyCode.ENTER);

        assertThat(fx.navigator.last()).isEqualTo("wizard:" + info.id());
        assertThat(robot.lookup("#start-assessments").queryTableView().getItems()).hasSize(1);
    }
}
