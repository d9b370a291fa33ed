package nl.maakscan.app;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import nl.maakscan.ui.Settings;

/** Puts the window where it was last time (if that place is still on a screen) and remembers it on close. */
final class WindowPlacement {

    private WindowPlacement() {
    }

    static void restore(Stage stage, Settings.Store settings) {
        Settings.Window w = settings.load().window();
        if (w == null) {
            return;
        }
        boolean visible = Screen.getScreens().stream().map(Screen::getVisualBounds)
                .anyMatch(b -> b.intersects(new Rectangle2D(w.x(), w.y(), Math.max(1, w.width()),
                        Math.max(1, w.height()))));
        if (visible) {
            stage.setX(w.x());
            stage.setY(w.y());
        }
        stage.setWidth(Math.max(800, w.width()));
        stage.setHeight(Math.max(600, w.height()));
        stage.setMaximized(w.maximized());
    }

    static void remember(Stage stage, Settings.Store settings) {
        settings.save(settings.load().withWindow(new Settings.Window(stage.getX(), stage.getY(), stage.getWidth(),
                stage.getHeight(), stage.isMaximized())));
    }
}
