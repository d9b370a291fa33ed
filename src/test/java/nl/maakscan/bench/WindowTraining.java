package nl.maakscan.bench;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import nl.maakscan.app.MaakscanApp;

/**
 * The window's training run for the plain jar's class-data-sharing archive (packaging/JarArchive.java, decision
 * 0008): opens the window on a database with one company, selects it, opens its results, goes back and opens
 * the scan in the wizard, as a user would, so that the classes those screens load go into the archive. Run by
 * the build under Monocle's headless platform (no display needed); the class list it leaves is all it is for.
 * Argument: the database. Exits with 0 when every screen was reached.
 */
public final class WindowTraining {

    private WindowTraining() {
    }

    public static void main(String[] args) {
        Thread driver = new Thread(WindowTraining::drive, "training-driver");
        driver.setDaemon(true);
        driver.start();
        Application.launch(MaakscanApp.class, "--db", args[0]);
        System.exit(reached ? 0 : 1);
    }

    private static volatile boolean reached;

    private static void drive() {
        try {
            long deadline = System.nanoTime() + 120_000_000_000L;
            while (true) {   // until the toolkit runs
                try {
                    UiFramesBenchmark.onFx(() -> { });
                    break;
                } catch (IllegalStateException notYet) {
                    if (System.nanoTime() > deadline) {
                        throw notYet;
                    }
                    Thread.sleep(20);
                }
            }
            UiFramesBenchmark.waitFor(() -> UiFramesBenchmark.node("#start-companies") instanceof ListView<?> l
                    && !l.getItems().isEmpty(), 120);
            UiFramesBenchmark.onFx(() -> ((ListView<?>) UiFramesBenchmark.node("#start-companies"))
                    .getSelectionModel().select(0));
            UiFramesBenchmark.waitFor(() -> UiFramesBenchmark.node("#start-assessments") instanceof TableView<?> t
                    && t.getSelectionModel().getSelectedItem() != null, 60);
            UiFramesBenchmark.onFx(() -> ((Button) UiFramesBenchmark.node("#start-results")).fire());
            UiFramesBenchmark.waitFor(() -> UiFramesBenchmark.node("#results-plan") != null, 60);
            Thread.sleep(500);
            UiFramesBenchmark.onFx(() -> ((Button) UiFramesBenchmark.node("#results-back")).fire());
            UiFramesBenchmark.waitFor(() -> UiFramesBenchmark.node("#start-assessments") instanceof TableView<?> t
                    && t.getSelectionModel().getSelectedItem() != null, 60);
            UiFramesBenchmark.onFx(() -> ((Button) UiFramesBenchmark.node("#start-continue")).fire());
            UiFramesBenchmark.waitFor(() -> UiFramesBenchmark.node("#wizard-page") != null, 60);
            Thread.sleep(500);
            reached = true;
        } catch (Exception | AssertionError e) {
            e.printStackTrace();
        } finally {
            Platform.exit();
        }
    }
}
