package nl.maakscan.app;

import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import nl.maakscan.content.QuestionnaireLibrary;
import nl.maakscan.store.PostgresDatabase;
import nl.maakscan.store.Store;
import nl.maakscan.store.StoreException;
import nl.maakscan.ui.FxDialogs;
import nl.maakscan.ui.FxPasswordPrompt;
import nl.maakscan.ui.FxTasks;
import nl.maakscan.ui.Settings;
import nl.maakscan.ui.Styles;
import nl.maakscan.ui.Texts;
import nl.maakscan.ui.Workspace;
import nl.maakscan.ui.shell.Shell;
import nl.maakscan.ui.shell.ShellViewModel;

import java.nio.file.Path;

/**
 * The JavaFX application, the composition root of the window. The first frame shows at once; the
 * store (migrations, the automatic backup) and the questionnaires are opened in the background.
 */
public final class MaakscanApp extends Application {

    private Stage stage;
    private ShellViewModel shell;
    private Shell shellView;
    private Store store;

    private String databaseOption() {
        java.util.List<String> raw = getParameters().getRaw();
        for (int i = 0; i < raw.size(); i++) {
            if (raw.get(i).equals("--db") && i + 1 < raw.size()) {
                return raw.get(i + 1);
            }
            if (raw.get(i).startsWith("--db=")) {
                return raw.get(i).substring(5);
            }
        }
        return null;
    }

    static void launchWindow(String[] args) {
        Application.launch(MaakscanApp.class, args);
    }

    @Override
    public void start(Stage primary) {
        this.stage = primary;
        DataLocations locations = DataLocations.forThisSystem();
        Settings.Store settings = new SettingsFile(locations.dataDirectory().resolve("settings.properties"),
                Cli.language(null));
        shell = new ShellViewModel(settings);
        Scene scene = new Scene(new javafx.scene.layout.Pane());   // the size comes from WindowPlacement
        shellView = new Shell(shell, scene);
        stage.setScene(scene);
        stage.setTitle(shellView.texts().get("app.title"));  // "Maakscan" in both languages
        WindowPlacement.restore(stage, settings);
        stage.setOnCloseRequest(e -> {
            shellView.view().leave();
            WindowPlacement.remember(stage, settings);
        });
        boolean measure = getParameters().getRaw().contains(Main.MEASURE_STARTUP);
        afterFirstFrame(() -> {
            if (measure) {
                System.out.println(System.currentTimeMillis() - Relaunch.startedAt());
                Platform.exit();
            } else {
                // the program's own (text) stylesheet is needed by the screens, not by the first frame
                scene.getStylesheets().add(Styles.STYLESHEET);
                AppIcon.addTo(stage);
                openWorkspace(locations, settings);
            }
        });
        stage.show();
    }

    private void openWorkspace(DataLocations locations, Settings.Store settings) {
        String target = locations.target(databaseOption());
        boolean server = PostgresDatabase.isAddress(target);
        Path db = server ? null : Path.of(target);
        Thread opener = new Thread(() -> {
            try {
                // the first screen says what is being done: checking and backing up the database, then the questionnaires
                Platform.runLater(() -> shell.loading().set(server ? "start.loadingServer"
                        : java.nio.file.Files.exists(db) ? "start.loadingStore" : "start.loadingNewStore"));
                Store opened = Store.open(target, Store.Options.defaults(),
                        new FxPasswordPrompt(() -> stage, () -> shellView.texts()));
                Platform.runLater(() -> shell.loading().set("start.loadingQuestionnaires"));
                QuestionnaireLibrary library = Libraries.load(shell.language().get());
                Platform.runLater(() -> {
                    store = opened;
                    FxDialogs dialogs = new FxDialogs(() -> stage, () -> shellView.texts(), () -> shellView.view().notifications(),
                            MaakscanApp::openWithSystem);
                    shell.workspace().set(new Workspace(opened, library, new FxTasks(), dialogs, settings,
                            new WindowReports(opened, settings)));
                    reportProblems(library, dialogs);
                });
            } catch (StoreException e) {
                Platform.runLater(() -> {
                    shell.recovery().set(recovery(e, db, locations, settings));
                    shell.failure().set(e.message(shellView.texts().language()));
                });
            }
        }, "maakscan-open");
        opener.setDaemon(true);
        opener.start();
    }

    /**
     * Opens a file or folder with the program the system has for it; false when there is none (no PDF
     * viewer) or the system cannot say (the window then offers the folder and the path instead).
     */
    private static boolean openWithSystem(Path file) {
        try {
            if (java.awt.Desktop.isDesktopSupported()
                    && java.awt.Desktop.getDesktop().isSupported(java.awt.Desktop.Action.OPEN)) {
                java.awt.Desktop.getDesktop().open(file.toFile());
                return true;
            }
            String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
            if (os.contains("linux")) {
                Process p = new ProcessBuilder("xdg-open", file.toString()).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                return p.waitFor(20, java.util.concurrent.TimeUnit.SECONDS) && p.exitValue() == 0;
            }
            return false;
        } catch (java.io.IOException | RuntimeException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Questionnaire files with errors are skipped; the user hears which and why. */
    private void reportProblems(QuestionnaireLibrary library, FxDialogs dialogs) {
        if (!library.problems().isEmpty()) {
            Texts t = shellView.texts();
            dialogs.error(t.get("error.questionnaire"), t.get("start.problems") + "\n"
                    + String.join("\n", library.problems().stream().map(Object::toString).toList()));
        }
    }

    /** What to offer after a failed open: restore the newest backup of a damaged file, or try again. */
    private ShellViewModel.Recovery recovery(StoreException e, Path db, DataLocations locations,
            Settings.Store settings) {
        if (e instanceof StoreException.CorruptDatabase corrupt && corrupt.newestBackup().isPresent()) {
            return new ShellViewModel.Recovery("error.restoreBackup", () -> {
                try {
                    Store.restore(corrupt.newestBackup().get(), db, Store.Options.defaults());
                    openWorkspace(locations, settings);
                } catch (StoreException again) {
                    shell.recovery().set(null);
                    shell.failure().set(again.message(shellView.texts().language()));
                }
            });
        }
        if (e instanceof StoreException.DatabaseLocked || e instanceof StoreException.ServerProblem) {
            return new ShellViewModel.Recovery("error.tryAgain", () -> openWorkspace(locations, settings));
        }
        return null;
    }

    /**
     * Runs {@code action} once the first frame has been drawn (the second pulse), so that opening the
     * store and loading the questionnaires do not compete with the first frame for the processor.
     */
    private static void afterFirstFrame(Runnable action) {
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses == 2) {
                    stop();
                    action.run();
                }
            }
        }.start();
    }

    @Override
    public void stop() {
        if (store != null) {
            store.close();
        }
    }
}
