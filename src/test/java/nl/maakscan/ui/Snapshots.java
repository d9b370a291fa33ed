package nl.maakscan.ui;

import javafx.application.Platform;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import nl.maakscan.store.Store;
import nl.maakscan.ui.shell.Shell;
import nl.maakscan.ui.shell.ShellViewModel;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;

/**
 * A developer's tool, not a test: pictures of screens at a given window size without a display
 * (Monocle), to check that a page fits a laptop. Run with the test class path and the Monocle
 * properties of the surefire configuration:
 * {@code Snapshots DB OUT.png WIDTH HEIGHT light|dark nl|en wizard ASSESSMENT [POSITION]}
 * or {@code ... start [COMPANY]} / {@code ... results ASSESSMENT}.
 */
public final class Snapshots {

    private Snapshots() {
    }

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]);
        Path out = Path.of(args[1]);
        double width = Double.parseDouble(args[2]);
        double height = Double.parseDouble(args[3]);
        Settings.Theme theme = Settings.Theme.valueOf(args[4].toUpperCase(java.util.Locale.ROOT));
        String language = args[5];
        String screen = args[6];
        Store store = Store.open(db);
        if (screen.equals("wizard") && args.length > 8) {
            store.savePosition(args[7], args[8]);
        }
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        UiFixture.MemorySettings settings = new UiFixture.MemorySettings();
        settings.save(Settings.defaults(language).withTheme(theme));
        Workspace workspace = new Workspace(store, UiFixture.library(), Tasks.sameThread(),
                new UiFixture.RecordingDialogs(), settings, null);
        ShellViewModel shell = new ShellViewModel(settings);
        if (screen.equals("start") && args.length > 7) {
            shell.company().set(args[7]);
        }
        onFx(x -> {
            Stage stage = new Stage();
            javafx.scene.Scene scene = new javafx.scene.Scene(new javafx.scene.layout.Pane(), width, height);
            new Shell(shell, scene);
            scene.getStylesheets().add(Styles.STYLESHEET);
            stage.setScene(scene);
            stage.show();
            shell.workspace().set(workspace);
            switch (screen) {
                case "wizard" -> shell.openWizard(args[7]);
                case "results" -> shell.openResults(args[7]);
                default -> shell.showStart();
            }
        });
        Thread.sleep(2500);
        onFx(x -> {
            javafx.scene.Scene scene = javafx.stage.Window.getWindows().get(0).getScene();
            WritableImage image = scene.snapshot(null);
            PixelReader r = image.getPixelReader();
            BufferedImage b = new BufferedImage((int) image.getWidth(), (int) image.getHeight(),
                    BufferedImage.TYPE_INT_ARGB);
            for (int y = 0; y < b.getHeight(); y++) {
                for (int xx = 0; xx < b.getWidth(); xx++) {
                    b.setRGB(xx, y, r.getArgb(xx, y));
                }
            }
            try {
                ImageIO.write(b, "png", out.toFile());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        store.close();
        Platform.exit();
        System.exit(0);
    }

    private static void onFx(Consumer<Void> action) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                action.accept(null);
            } finally {
                done.countDown();
            }
        });
        done.await();
    }
}
