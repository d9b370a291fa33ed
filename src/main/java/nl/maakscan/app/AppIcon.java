package nl.maakscan.app;

import javafx.scene.image.Image;
import javafx.stage.Stage;

import java.io.InputStream;

/** The Maakscan icon on the window (title bar, task bar), at the sizes the system may pick from. */
final class AppIcon {

    static final int[] SIZES = {16, 32, 48, 64, 128, 256};

    private AppIcon() {
    }

    static void addTo(Stage stage) {
        for (int size : SIZES) {
            InputStream png = AppIcon.class.getResourceAsStream("icons/maakscan-" + size + ".png");
            if (png != null) {
                stage.getIcons().add(new Image(png));
            }
        }
    }
}
