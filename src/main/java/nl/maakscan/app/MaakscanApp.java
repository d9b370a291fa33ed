package nl.maakscan.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import nl.maakscan.content.QuestionnaireLibrary;
import nl.maakscan.store.Store;
import nl.maakscan.store.StoreException;
import nl.maakscan.ui.FxDialogs;
import nl.maakscan.ui.Settings;
import nl.maakscan.ui.Styles;
import nl.maakscan.ui.Workspace;
import nl.maakscan.ui.shell.Shell;
import nl.maakscan.ui.shell.ShellViewModel;

import java.nio.file.Path;

/**
 * The JavaFX application, the composition root of the window. The first frame shows at once; the
 * store (migrations, the automatic backup) and the questionnaires are opened in the background.
 */
public final class MaakscanApp extends Application {

    static final String MEASURE_STARTUP = "--measure-startup";

    private Stage stage;
    private ShellViewModel shell;
    private Shell shellView;
    private Store store;

    /**
     * True for the arguments that open the window: none, {@code --db PATH} (the database to open)
     * and {@code --measure-startup}; anything else is a command.
     */
    static boolean isWindowCommand(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--db") && i + 1 < args.length) {
                i++;
            } else if (!args[i].equals(MEASURE_STARTUP) && !args[i].startsWith("--db=")) {
                return false;
            }
        }
        return true;
    }

    private Path databaseOption() {
        java.util.List<String> raw = getParameters().getRaw();
        for (int i = 0; i < raw.size(); i++) {
            if (raw.get(i).equals("--db") && i + 1 < raw.size()) {
                return Path.of(raw.get(i + 1));
            }
            if (raw.get(i).startsWith("--db=")) {
                return Path.of(raw.get(i).substring(5));
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
        theme(shell.theme().get());
        Scene scene = new Scene(new javafx.scene.layout.Pane(), 1200, 800);
        scene.getStylesheets().add(Styles.STYLESHEET);
        shellView = new Shell(shell, scene);
        stage.setScene(scene);
        stage.titleProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> shellView.texts().get("app.title"), shell.language()));
        WindowPlacement.restore(stage, settings);
        stage.setOnCloseRequest(e -> {
            shellView.view().leave();
            WindowPlacement.remember(stage, settings);
        });
        shell.theme().addListener((o, was, is) -> theme(is));
        if (getParameters().getRaw().contains(MEASURE_STARTUP)) {
            measureFirstFrame();
        }
        openWorkspace(locations, settings);
        stage.show();
    }

    private static void theme(Settings.Theme theme) {
        Application.setUserAgentStylesheet(theme == Settings.Theme.DARK ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    private void openWorkspace(DataLocations locations, Settings.Store settings) {
        Path db = locations.database(databaseOption());
        Thread opener = new Thread(() -> {
            try {
                Store opened = Store.open(db);
                QuestionnaireLibrary library = Libraries.load(shell.language().get());
                Platform.runLater(() -> {
                    store = opened;
                    FxDialogs dialogs = new FxDialogs(() -> stage, () -> shellView.texts(), () -> shellView.view().notifications(),
                            getHostServices()::showDocument);
                    shell.workspace().set(new Workspace(opened, library, new nl.maakscan.ui.FxTasks(), dialogs, settings, null));
                });
            } catch (StoreException e) {
                Platform.runLater(() -> shell.failure().set(e.message(shellView.texts().language())));
            }
        }, "maakscan-open");
        opener.setDaemon(true);
        opener.start();
    }

    /** Prints the milliseconds from JVM start until the first frame has been drawn, then quits. */
    private static void measureFirstFrame() {
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses == 2) {
                    long jvmStart = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
                    System.out.println(System.currentTimeMillis() - jvmStart);
                    stop();
                    Platform.exit();
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
