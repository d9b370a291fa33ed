package nl.maakscan.ui.sync;

import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import nl.maakscan.model.Company;
import nl.maakscan.model.LevelAnswer;
import nl.maakscan.store.AssessmentInfo;
import nl.maakscan.store.Engines;
import nl.maakscan.store.Store;
import nl.maakscan.store.Sync;
import nl.maakscan.ui.FxTasks;
import nl.maakscan.ui.Texts;
import nl.maakscan.ui.UiFixture;
import nl.maakscan.ui.Workspace;
import nl.maakscan.ui.start.StartView;
import nl.maakscan.ui.start.StartViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Sync button and dialog of the start screen against a real PostgreSQL server: the address last synced to is
 * filled in, the sync runs in the background and its outcome, conflicts included, is shown; a wrong address gives
 * a clear error and changes nothing; a server that wants a password asks for it in the window, and cancelling
 * leaves the screen usable with a message that says why.
 */
@ExtendWith(ApplicationExtension.class)
class SyncDialogTest {

    @TempDir
    static Path dir;
    UiFixture fx;
    Workspace workspace;
    String assessmentId;
    String question;

    @Start
    void start(Stage stage) {
        fx = new UiFixture(dir.resolve(Long.toString(System.nanoTime())));
        // the sync runs on a background thread, as in the program: the password prompt waits on the JavaFX thread
        workspace = new Workspace(fx.store, UiFixture.library(), new FxTasks(), fx.dialogs, fx.settings, null);
        Company c = fx.store.createCompany(new Company(null, "Draaierij Oost", null, null, 12, List.of(), null,
                null));
        AssessmentInfo a = fx.store.createAssessment(c.id(), UiFixture.questionnaire(), "T0", "Anna");
        assessmentId = a.id();
        question = fx.store.questionnaire(a.contentHash()).questions().get(0).id();
        fx.store.saveAnswer(assessmentId, question, LevelAnswer.level(2));
        StartViewModel model = new StartViewModel(workspace, new Texts("nl"), fx.navigator,
                new javafx.beans.property.SimpleStringProperty());
        stage.setScene(UiFixture.scene(new StartView(model), 1100, 750));
        stage.show();
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    private void syncThroughTheDialog(FxRobot robot, String address) {
        robot.clickOn("#start-sync");
        robot.lookup("#sync-address").queryTextInputControl();
        if (address != null) {
            robot.clickOn("#sync-address").push(KeyCode.CONTROL, KeyCode.A).write(address);   // replaces what is filled in
        }
        robot.type(KeyCode.ENTER);
    }

    private void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theRememberedAddressIsFilledInAndTheOutcomeWithItsConflictsIsShown(FxRobot robot) throws Exception {
        String server = Engines.newServerDatabase();
        try (Store s = Store.open(server, Store.Options.defaults(), null)) {
            new Sync(fx.store, s, "other-laptop").run();
            s.saveAnswer(assessmentId, question, LevelAnswer.level(4).withNote("op de server"));
        }
        Thread.sleep(5);   // the laptop's change is the newer one
        fx.store.saveAnswer(assessmentId, question, LevelAnswer.level(3).withNote("op de laptop"));
        fx.settings.save(fx.settings.load().withSyncServer(server));

        robot.clickOn("#start-sync");
        assertThat(robot.lookup("#sync-address").queryTextInputControl().getText()).isEqualTo(server);
        robot.type(KeyCode.ENTER);
        waitFor(() -> !fx.dialogs.notifications.isEmpty() || !fx.dialogs.errors.isEmpty());

        assertThat(fx.dialogs.errors).isEmpty();
        assertThat(fx.dialogs.notifications).singleElement().asString()
                .contains("1 bedrijf gesynchroniseerd, 0 mislukt")
                .contains("Draaierij Oost", "T0", "deze computer: 3 (op de laptop) wint van de server: 4 (op de server)");
        try (Store s = Store.open(server, Store.Options.defaults(), null)) {
            assertThat(s.loadAssessment(assessmentId).orElseThrow().assessment().answers().get(question))
                    .isEqualTo(LevelAnswer.level(3).withNote("op de laptop"));
        }
        assertThat(robot.lookup("#start-sync").queryButton().isDisabled()).isFalse();
    }

    @Test
    void theDialogOpensInsideTheWindowWithTheCursorInTheAddress(FxRobot robot) throws Exception {
        robot.clickOn("#start-sync");
        javafx.scene.control.TextField address = robot.lookup("#sync-address").queryAs(javafx.scene.control.TextField.class);
        javafx.stage.Window dialog = address.getScene().getWindow();
        javafx.stage.Window owner = robot.lookup("#start-sync").query().getScene().getWindow();
        waitFor(() -> address.isFocused() && dialog.getWidth() > 0);

        assertThat(dialog.getX()).as("left edge").isBetween(owner.getX(), owner.getX() + owner.getWidth());
        assertThat(dialog.getX() + dialog.getWidth()).as("right edge")
                .isBetween(owner.getX(), owner.getX() + owner.getWidth());
        assertThat(dialog.getY()).as("top edge").isBetween(owner.getY(), owner.getY() + owner.getHeight());
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void aWrongAddressGivesAClearErrorAndChangesNothing(FxRobot robot) throws Exception {
        String server = Engines.newServerDatabase();
        fx.settings.save(fx.settings.load().withSyncServer(server));

        syncThroughTheDialog(robot, "postgresql://postgres@localhost:1/maakscan");
        waitFor(() -> !fx.dialogs.errors.isEmpty());

        assertThat(fx.dialogs.errors).singleElement().asString()
                .contains("Synchroniseren met de organisatie", "localhost:1/maakscan", "is niet bereikbaar");
        assertThat(fx.dialogs.notifications).isEmpty();
        assertThat(fx.store.loadAssessment(assessmentId).orElseThrow().assessment().answers().get(question))
                .isEqualTo(LevelAnswer.level(2));
        assertThat(fx.store.listCompanies()).extracting(Company::name).containsExactly("Draaierij Oost");
        assertThat(fx.settings.load().syncServer()).as("a failed address is not remembered").isEqualTo(server);
        assertThat(robot.lookup("#start-sync").queryButton().isDisabled()).isFalse();
    }

    @Test
    void aServerThatWantsAPasswordAsksForItInTheWindowAndSyncsWithIt(FxRobot robot) throws Exception {
        String server = Engines.newPasswordDatabase("coach_wachtwoord", "geheim-42");

        syncThroughTheDialog(robot, server);
        waitFor(() -> robot.lookup("#password-field").tryQuery().isPresent());
        assertThat(robot.lookup(".label").queryAllAs(javafx.scene.control.Label.class)).extracting(
                javafx.scene.control.Label::getText).anyMatch(t -> t.contains("coach_wachtwoord"));
        robot.clickOn("#password-field").write("geheim-42").type(KeyCode.ENTER);
        waitFor(() -> !fx.dialogs.notifications.isEmpty() || !fx.dialogs.errors.isEmpty());

        assertThat(fx.dialogs.errors).isEmpty();
        assertThat(fx.dialogs.notifications).singleElement().asString()
                .contains("1 bedrijf gesynchroniseerd, 0 mislukt");
        assertThat(fx.settings.load().syncServer()).isEqualTo(server);
        try (Store s = Store.open(server.replace("coach_wachtwoord@", "postgres@"), Store.Options.defaults(), null)) {
            assertThat(s.listCompanies()).extracting(Company::name).containsExactly("Draaierij Oost");
        }
    }

    @Test
    void cancellingThePasswordLeavesTheScreenUsableAndSaysWhy(FxRobot robot) throws Exception {
        String server = Engines.newPasswordDatabase("coach_wachtwoord", "geheim-42");

        syncThroughTheDialog(robot, server);
        waitFor(() -> robot.lookup("#password-field").tryQuery().isPresent());
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> !fx.dialogs.errors.isEmpty());

        assertThat(fx.dialogs.errors).singleElement().asString().contains("weigert de aanmelding",
                "Controleer de gebruikersnaam en het wachtwoord");
        assertThat(fx.dialogs.notifications).isEmpty();
        assertThat(robot.lookup("#password-field").tryQuery()).isEmpty();
        assertThat(robot.lookup("#start-sync").queryButton().isDisabled()).isFalse();
        assertThat(fx.settings.load().syncServer()).isNull();
        assertThat(fx.store.loadAssessment(assessmentId).orElseThrow().assessment().answers().get(question))
                .isEqualTo(LevelAnswer.level(2));
        robot.clickOn("#start-new-company");
        assertThat(robot.lookup("#company-name").tryQuery()).as("the screen still works").isPresent();
    }
}
