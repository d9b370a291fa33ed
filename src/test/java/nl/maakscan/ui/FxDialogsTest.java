package nl.maakscan.ui;

import javafx.scene.Node;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Opening a file the system has no program for (no PDF reader) is said in the window, with a way on. */
@ExtendWith(ApplicationExtension.class)
class FxDialogsTest {

    Stage stage;

    @Start
    void start(Stage s) {
        stage = s;
        stage.setScene(UiFixture.scene(new javafx.scene.layout.Pane(), 600, 400));
        stage.show();
    }

    @Test
    void aFileNoProgramCanOpenIsExplainedWithItsFolderAndPath(FxRobot robot) throws Exception {
        Path report = Path.of("/tmp/rapporten/Maakscan VOORBEELD.pdf");
        FxDialogs dialogs = new FxDialogs(() -> stage, () -> new Texts("nl"), () -> null, file -> false);

        robot.interact(() -> dialogs.show(report));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#open-failed-message").tryQuery().isPresent());

        Node message = robot.lookup("#open-failed-message").query();
        assertThat(((javafx.scene.control.Label) message).getText()).contains("Maakscan VOORBEELD.pdf")
                .contains(report.toAbsolutePath().toString());
        assertThat(robot.lookup("Map openen").tryQuery()).isPresent();
        robot.clickOn("Pad kopiëren");
        String copied = WaitForAsyncUtils.asyncFx(() -> javafx.scene.input.Clipboard.getSystemClipboard().getString())
                .get(5, TimeUnit.SECONDS);
        assertThat(copied).isEqualTo(report.toAbsolutePath().toString());
        assertThat(Window.getWindows()).hasSize(1);
    }
}
