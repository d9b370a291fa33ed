package nl.maakscan.app;

import javafx.geometry.Rectangle2D;
import javafx.stage.Stage;
import nl.maakscan.ui.Settings;
import nl.maakscan.ui.UiFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The window's place and size: remembered, never tiny, never off every screen; and what a shown window gets. */
@ExtendWith(ApplicationExtension.class)
class WindowPlacementTest {

    static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1366, 728);
    static final Rectangle2D RIGHT = new Rectangle2D(1366, 0, 1920, 1050);

    Stage stage;

    @Start
    void start(Stage s) {
        stage = s;
    }

    @Test
    void theFirstStartIsCentredOnTheMainScreenAtLaptopSize() {
        WindowPlacement.Placement p = WindowPlacement.place(null, List.of(RIGHT, LAPTOP));

        assertThat(p.width()).isEqualTo(1366);
        assertThat(p.height()).isEqualTo(768);
        assertThat(p.x()).isEqualTo(1366 + (1920 - 1366) / 2.0);
        assertThat(p.y()).isEqualTo((1050 - 768) / 2.0);
    }

    @Test
    void aRememberedPlaceOnAScreenComesBack() {
        WindowPlacement.Placement p = WindowPlacement.place(new Settings.Window(1500, 40, 1200, 800, false),
                List.of(LAPTOP, RIGHT));

        assertThat(List.of(p.x(), p.y(), p.width(), p.height())).containsExactly(1500.0, 40.0, 1200.0, 800.0);
    }

    @Test
    void aTinyRememberedWindowGrowsToTheMinimum() {
        WindowPlacement.Placement p = WindowPlacement.place(new Settings.Window(100, 100, 200, 200, false),
                List.of(RIGHT));

        assertThat(p.width()).isEqualTo(WindowPlacement.MIN_WIDTH);
        assertThat(p.height()).isEqualTo(WindowPlacement.MIN_HEIGHT);
        assertThat(p.minWidth()).isEqualTo(WindowPlacement.MIN_WIDTH);
        assertThat(p.minHeight()).isEqualTo(WindowPlacement.MIN_HEIGHT);
    }

    @Test
    void aPlaceOffEveryScreenIsReplacedByTheCentreOfTheMainScreen() {
        // remembered on a second screen that is no longer connected
        WindowPlacement.Placement p = WindowPlacement.place(new Settings.Window(2000, 100, 1100, 760, false),
                List.of(LAPTOP));

        assertThat(p.x()).isEqualTo((1366 - 1100) / 2.0);
        assertThat(p.y()).isEqualTo(0);
        assertThat(p.width()).isEqualTo(1100);
        assertThat(p.height()).isEqualTo(728);
    }

    @Test
    void aWindowWhoseTitleBarIsAboveTheScreenIsReset() {
        WindowPlacement.Placement p = WindowPlacement.place(new Settings.Window(100, -500, 1100, 760, false),
                List.of(RIGHT));

        assertThat(p.y()).isGreaterThanOrEqualTo(0);
        assertThat(p.x()).isEqualTo(1366 + (1920 - 1100) / 2.0);
    }

    @Test
    void onAScreenSmallerThanTheMinimumTheWindowFillsTheScreen() {
        Rectangle2D small = new Rectangle2D(0, 0, 1000, 650);

        WindowPlacement.Placement p = WindowPlacement.place(null, List.of(small));

        assertThat(List.of(p.width(), p.height(), p.minWidth(), p.minHeight()))
                .containsExactly(1000.0, 650.0, 1000.0, 650.0);
    }

    @Test
    void aWindowTooBigForItsScreenIsMadeToFitAndStaysOnIt() {
        WindowPlacement.Placement p = WindowPlacement.place(new Settings.Window(300, 10, 1900, 1000, false),
                List.of(LAPTOP));

        assertThat(p.width()).isEqualTo(1366);
        assertThat(p.height()).isEqualTo(728);
        assertThat(p.x()).isEqualTo(0);
    }

    @Test
    void aShownWindowGetsAtLeastTheMinimumSizeEvenWhenItCameUpTiny(FxRobot robot) {
        UiFixture.MemorySettings settings = new UiFixture.MemorySettings();
        settings.save(settings.load().withWindow(new Settings.Window(0, 0, 200, 200, false)));
        robot.interact(() -> {
            stage.hide();
            stage.setMaximized(false);
            stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.Pane()));
            WindowPlacement.restore(stage, settings);
            stage.show();
            // what the window manager did (JDK-8316423): the window came up tiny, the minimum not kept
            stage.setMinWidth(0);
            stage.setMinHeight(0);
            stage.setWidth(200);
            stage.setHeight(200);
        });
        WaitForAsyncUtils.sleep(1300, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        WindowPlacement.Placement p = WindowPlacement.place(settings.load().window(), WindowPlacement.screens());
        assertThat(stage.getWidth()).isGreaterThanOrEqualTo(p.minWidth());
        assertThat(stage.getHeight()).isGreaterThanOrEqualTo(p.minHeight());
    }

    @Test
    void aMaximizedWindowRemembersItsSizeFromBefore(FxRobot robot) {
        UiFixture.MemorySettings settings = new UiFixture.MemorySettings();
        settings.save(settings.load().withWindow(new Settings.Window(10, 20, 1100, 720, false)));
        robot.interact(() -> {
            stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.Pane()));
            stage.show();
            stage.setMaximized(true);
            WindowPlacement.remember(stage, settings);
        });

        assertThat(settings.load().window()).isEqualTo(new Settings.Window(10, 20, 1100, 720, true));
    }
}
