package nl.maakscan.bench;

import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The yardstick for start-up: a bare JavaFX window with one label, measured exactly as
 * {@code maakscan --measure-startup} measures itself (JVM start until the first frame is drawn).
 * With {@code --theme} it uses Maakscan's AtlantaFX theme, to show what the theme alone costs.
 */
public final class BareWindow {

    private BareWindow() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The window itself (a nested class: the main class must not be the Application on the class path). */
    public static final class Window extends Application {
    @Override
    public void start(Stage stage) {
        if (getParameters().getRaw().contains("--theme")) {
            Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheetBSS());
        }
        stage.setScene(new Scene(new StackPane(new Label("Maakscan")), 1200, 800));
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
        stage.show();
    }
    }
}
