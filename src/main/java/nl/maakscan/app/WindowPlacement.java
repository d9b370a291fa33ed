package nl.maakscan.app;

import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import nl.maakscan.ui.Settings;

import java.util.List;

/**
 * Where the window goes and how big it is. The place and size of last time come back if they are
 * still on a screen, never smaller than {@link #MIN_WIDTH} x {@link #MIN_HEIGHT} (or the screen);
 * a place off every screen is replaced by the centre of the main screen. JavaFX 21 ignores the size
 * asked for before the window is shown under some window managers (JDK-8316423: Openbox, newer
 * GNOME), so the size is set again once the window is shown, and checked.
 */
final class WindowPlacement {

    static final double MIN_WIDTH = 1024;
    static final double MIN_HEIGHT = 700;
    static final double DEFAULT_WIDTH = 1366;
    static final double DEFAULT_HEIGHT = 768;
    /** How much of a remembered window must lie on a screen (the part with the title bar) to keep its place. */
    static final double GRIP_WIDTH = 120;
    static final double GRIP_HEIGHT = 32;

    /** Where and how big the window is to be; x and y are NaN for "centred on the main screen". */
    record Placement(double x, double y, double width, double height, double minWidth, double minHeight,
            boolean maximized) {

        boolean centred() {
            return Double.isNaN(x) || Double.isNaN(y);
        }
    }

    private WindowPlacement() {
    }

    /**
     * The placement for a remembered window (null on the first start) on these screens (their usable
     * areas, the main screen first).
     */
    static Placement place(Settings.Window saved, List<Rectangle2D> screens) {
        Rectangle2D main = screens.isEmpty() ? new Rectangle2D(0, 0, DEFAULT_WIDTH, DEFAULT_HEIGHT) : screens.get(0);
        if (saved == null) {
            return centred(main, DEFAULT_WIDTH, DEFAULT_HEIGHT, false);
        }
        Rectangle2D grip = new Rectangle2D(saved.x(), saved.y(), Math.max(1, Math.min(GRIP_WIDTH, saved.width())),
                GRIP_HEIGHT);
        Rectangle2D screen = screens.stream().filter(s -> overlap(s, grip) >= Math.min(GRIP_WIDTH, saved.width()) / 2)
                .findFirst().orElse(null);
        if (screen == null || !finite(saved)) {
            return centred(main, finite(saved) ? saved.width() : DEFAULT_WIDTH,
                    finite(saved) ? saved.height() : DEFAULT_HEIGHT, saved.maximized());
        }
        double minW = Math.min(MIN_WIDTH, screen.getWidth());
        double minH = Math.min(MIN_HEIGHT, screen.getHeight());
        double w = clamp(saved.width(), minW, screen.getWidth());
        double h = clamp(saved.height(), minH, screen.getHeight());
        // keep the whole window on its screen when it grew to the minimum
        double x = clamp(saved.x(), screen.getMinX(), screen.getMaxX() - w);
        double y = clamp(saved.y(), screen.getMinY(), screen.getMaxY() - h);
        return new Placement(x, y, w, h, minW, minH, saved.maximized());
    }

    private static Placement centred(Rectangle2D main, double width, double height, boolean maximized) {
        double minW = Math.min(MIN_WIDTH, main.getWidth());
        double minH = Math.min(MIN_HEIGHT, main.getHeight());
        double w = clamp(width, minW, main.getWidth());
        double h = clamp(height, minH, main.getHeight());
        return new Placement(main.getMinX() + (main.getWidth() - w) / 2, main.getMinY() + (main.getHeight() - h) / 2,
                w, h, minW, minH, maximized);
    }

    private static boolean finite(Settings.Window w) {
        return Double.isFinite(w.x()) && Double.isFinite(w.y()) && Double.isFinite(w.width())
                && Double.isFinite(w.height()) && w.width() > 0 && w.height() > 0;
    }

    private static double overlap(Rectangle2D screen, Rectangle2D r) {
        double w = Math.min(screen.getMaxX(), r.getMaxX()) - Math.max(screen.getMinX(), r.getMinX());
        double h = Math.min(screen.getMaxY(), r.getMaxY()) - Math.max(screen.getMinY(), r.getMinY());
        return w > 0 && h > 0 ? w : 0;
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(Math.max(min, max), v));
    }

    /** The usable areas of the screens, the main screen first. */
    static List<Rectangle2D> screens() {
        Screen primary = Screen.getPrimary();
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(primary),
                Screen.getScreens().stream().filter(s -> !s.equals(primary))).map(Screen::getVisualBounds).toList();
    }

    /** Applies the placement before the window is shown, and again once it is, until the size holds. */
    static void restore(Stage stage, Settings.Store settings) {
        Placement p = place(settings.load().window(), screens());
        stage.setMinWidth(p.minWidth());
        stage.setMinHeight(p.minHeight());
        apply(stage, p);
        stage.setOnShown(e -> {
            Platform.runLater(() -> insist(stage, p));
            // the window manager may answer late: look again after a moment
            for (int ms : new int[] {250, 1000}) {
                javafx.animation.PauseTransition later = new javafx.animation.PauseTransition(
                        javafx.util.Duration.millis(ms));
                later.setOnFinished(x -> insist(stage, p));
                later.play();
            }
        });
    }

    private static void apply(Stage stage, Placement p) {
        stage.setWidth(p.width());
        stage.setHeight(p.height());
        stage.setX(p.x());
        stage.setY(p.y());
        if (p.maximized()) {
            stage.setMaximized(true);
        }
    }

    /**
     * After showing (JDK-8316423): the window manager gave the window another size than planned (tiny,
     * or just the minimum), so it gets the planned size again. Only in the first second after showing,
     * before the user can have resized it.
     */
    static void insist(Stage stage, Placement p) {
        if (stage.isMaximized() || !stage.isShowing()) {
            return;
        }
        if (Math.abs(stage.getWidth() - p.width()) > 1 || Math.abs(stage.getHeight() - p.height()) > 1) {
            stage.setMinWidth(p.minWidth());
            stage.setMinHeight(p.minHeight());
            apply(stage, p);
        }
    }

    /** Remembers the place and size; a maximized window keeps the size it had before. */
    static void remember(Stage stage, Settings.Store settings) {
        Settings.Window before = settings.load().window();
        Settings.Window now = stage.isMaximized() && before != null
                ? new Settings.Window(before.x(), before.y(), before.width(), before.height(), true)
                : new Settings.Window(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(),
                        stage.isMaximized());
        settings.save(settings.load().withWindow(now));
    }
}
