package nl.maakscan.ui;

import nl.maakscan.content.LoadResult;
import nl.maakscan.content.QuestionnaireLibrary;
import nl.maakscan.model.Company;
import nl.maakscan.store.AssessmentInfo;
import nl.maakscan.store.Store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A workspace for screen tests: a fresh store in a temporary folder, the built-in questionnaire,
 * background work on the same thread, dialogs that record what they were asked, settings in memory.
 */
public final class UiFixture implements AutoCloseable {

    private static QuestionnaireLibrary library;

    public final Store store;
    public final RecordingDialogs dialogs = new RecordingDialogs();
    public final MemorySettings settings = new MemorySettings();
    public final RecordingNavigator navigator = new RecordingNavigator();
    public final Workspace workspace;

    public UiFixture(Path folder) {
        this(folder, null);
    }

    public UiFixture(Path folder, Workspace.Reports reports) {
        this(folder, reports, java.time.Duration.ofSeconds(5));
    }

    public UiFixture(Path folder, Workspace.Reports reports, java.time.Duration busyTimeout) {
        store = Store.open(folder.resolve("maakscan.db"), Store.Options.defaults().withBusyTimeout(busyTimeout));
        workspace = new Workspace(store, library(), Tasks.sameThread(), dialogs, settings, reports);
    }

    public static synchronized QuestionnaireLibrary library() {
        if (library == null) {
            library = QuestionnaireLibrary.load(Locale.forLanguageTag("nl"), List.of());
        }
        return library;
    }

    /** Puts a stage in the program's light theme and stylesheet, as the app does. */
    public static javafx.scene.Scene scene(javafx.scene.Parent root, double width, double height) {
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight()
                .getUserAgentStylesheetBSS());
        javafx.scene.Scene scene = new javafx.scene.Scene(root, width, height);
        scene.getStylesheets().add(Styles.STYLESHEET);
        return scene;
    }

    /** Shows the whole window (shell) on a stage, as the program does, and returns its view model. */
    public nl.maakscan.ui.shell.ShellViewModel showShell(javafx.stage.Stage stage) {
        nl.maakscan.ui.shell.ShellViewModel shell = new nl.maakscan.ui.shell.ShellViewModel(settings);
        stage.setScene(scene(new javafx.scene.layout.Pane(), 1200, 800));
        new nl.maakscan.ui.shell.Shell(shell, stage.getScene());
        stage.show();
        return shell;
    }

    public static LoadResult questionnaire() {
        return library().resultFor(library().questionnaires().get(0)).orElseThrow();
    }

    /** A sample company (VOORBEELD) with one draft assessment; returns the assessment. */
    public AssessmentInfo sampleAssessment() {
        Company c = store.createCompany(new Company(null, "VOORBEELD Metaalbewerking Jansen", "12345678",
                null, 18, List.of(), "Eindhoven", null));
        return store.createAssessment(c.id(), questionnaire(), "T0", "Coach (voorbeeld)");
    }

    @Override
    public void close() {
        store.close();
    }

    /** Dialogs that answer as told and remember every message. */
    public static final class RecordingDialogs implements Dialogs {
        public final List<String> errors = new ArrayList<>();
        public final List<String> notifications = new ArrayList<>();
        public final List<Path> shown = new ArrayList<>();
        public Runnable lastAction;
        public Path fileToChoose;
        public boolean confirmAnswer = true;

        @Override
        public void error(String title, String message) {
            errors.add(title + ": " + message);
        }

        @Override
        public boolean confirm(String title, String message) {
            return confirmAnswer;
        }

        @Override
        public Optional<Path> saveFile(String title, String suggestedName, String description, String extension) {
            return Optional.ofNullable(fileToChoose);
        }

        @Override
        public Optional<Path> openFile(String title, String description, String... extensions) {
            return Optional.ofNullable(fileToChoose);
        }

        @Override
        public void show(Path file) {
            shown.add(file);
        }

        @Override
        public void notify(String message, String actionText, Runnable action) {
            notifications.add(message);
            lastAction = action;
        }
    }

    /** Settings kept in memory. */
    public static final class MemorySettings implements Settings.Store {
        private Settings settings = Settings.defaults("nl");

        @Override
        public Settings load() {
            return settings;
        }

        @Override
        public void save(Settings s) {
            settings = s;
        }
    }

    /** Remembers where the screens asked to go. */
    public static final class RecordingNavigator implements Navigator {
        public final List<String> visits = new ArrayList<>();

        @Override
        public void showStart() {
            visits.add("start");
        }

        @Override
        public void openWizard(String assessmentId) {
            visits.add("wizard:" + assessmentId);
        }

        @Override
        public void openResults(String assessmentId) {
            visits.add("results:" + assessmentId);
        }

        @Override
        public void openCompare(String first, String second) {
            visits.add("compare:" + first + ":" + second);
        }

        @Override
        public void openProgramme() {
            visits.add("programme");
        }

        public String last() {
            return visits.isEmpty() ? null : visits.get(visits.size() - 1);
        }
    }
}
