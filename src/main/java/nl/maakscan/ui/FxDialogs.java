package nl.maakscan.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.NotificationPane;
import org.controlsfx.control.action.Action;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** {@link Dialogs} with JavaFX alerts, file choosers and a ControlsFX notification bar. */
public final class FxDialogs implements Dialogs {

    private final Supplier<Window> owner;
    private final Supplier<Texts> texts;
    private final Supplier<NotificationPane> notifications;
    private final Predicate<Path> showDocument;

    /**
     * {@code showDocument} opens a file in the program the system has for it and says whether that
     * worked (it runs off the JavaFX thread).
     */
    public FxDialogs(Supplier<Window> owner, Supplier<Texts> texts, Supplier<NotificationPane> notifications,
            Predicate<Path> showDocument) {
        this.owner = owner;
        this.texts = texts;
        this.notifications = notifications;
        this.showDocument = showDocument;
    }

    @Override
    public void error(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(title);
        Label text = new Label(message);
        text.setWrapText(true);
        text.setId("error-message");
        alert.getDialogPane().setContent(text);
        alert.showAndWait();
    }

    @Override
    public boolean confirm(String title, String message) {
        ButtonType yes = new ButtonType(texts.get().get("common.yes"), ButtonBar.ButtonData.YES);
        ButtonType no = new ButtonType(texts.get().get("common.no"), ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, yes, no);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(title);
        return alert.showAndWait().filter(b -> b == yes).isPresent();
    }

    @Override
    public Optional<Path> saveFile(String title, String suggestedName, String extensionDescription,
            String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(extensionDescription, extension));
        return Optional.ofNullable(chooser.showSaveDialog(owner.get())).map(java.io.File::toPath);
    }

    @Override
    public Optional<Path> openFile(String title, String extensionDescription, String... extensions) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(extensionDescription, extensions));
        return Optional.ofNullable(chooser.showOpenDialog(owner.get())).map(java.io.File::toPath);
    }

    @Override
    public void show(Path file) {
        Thread opener = new Thread(() -> {
            if (!showDocument.test(file)) {
                javafx.application.Platform.runLater(() -> cannotOpen(file));
            }
        }, "maakscan-open-file");
        opener.setDaemon(true);
        opener.start();
    }

    /** No program opened the file (no PDF viewer): say so, and offer its folder and its path. */
    private void cannotOpen(Path file) {
        Texts t = texts.get();
        ButtonType folder = new ButtonType(t.get("open.folder"), ButtonBar.ButtonData.LEFT);
        ButtonType copy = new ButtonType(t.get("open.copyPath"), ButtonBar.ButtonData.LEFT);
        ButtonType close = new ButtonType(t.get("open.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.INFORMATION, null, folder, copy, close);
        alert.initOwner(owner.get());
        alert.setTitle(t.get("open.failedTitle"));
        alert.setHeaderText(t.get("open.failedTitle"));
        Label text = new Label(t.format("open.failed", file.getFileName(), file.toAbsolutePath()));
        text.setWrapText(true);
        text.setId("open-failed-message");
        alert.getDialogPane().setContent(text);
        alert.showAndWait().ifPresent(b -> {
            if (b == folder) {
                Path dir = file.toAbsolutePath().getParent();
                Thread t2 = new Thread(() -> showDocument.test(dir), "maakscan-open-folder");
                t2.setDaemon(true);
                t2.start();
            } else if (b == copy) {
                javafx.scene.input.ClipboardContent c = new javafx.scene.input.ClipboardContent();
                c.putString(file.toAbsolutePath().toString());
                javafx.scene.input.Clipboard.getSystemClipboard().setContent(c);
            }
        });
    }

    @Override
    public void notify(String message, String actionText, Runnable action) {
        NotificationPane pane = notifications.get();
        pane.getActions().clear();
        if (actionText != null && action != null) {
            pane.getActions().add(new Action(actionText, e -> {
                pane.hide();
                action.run();
            }));
        }
        pane.show(message);
        javafx.animation.PauseTransition hide = new javafx.animation.PauseTransition(Duration.seconds(8));
        hide.setOnFinished(e -> {
            if (message.equals(pane.getText())) {
                pane.hide();
            }
        });
        hide.play();
    }
}
