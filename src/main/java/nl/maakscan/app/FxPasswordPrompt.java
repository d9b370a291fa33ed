package nl.maakscan.app;

import javafx.application.Platform;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import nl.maakscan.store.PostgresDatabase;
import nl.maakscan.ui.Texts;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/**
 * Asks for the password of a database server in the window, when none is in {@code PGPASSWORD} or
 * {@code ~/.pgpass}. Called from the thread that opens the database; the dialog runs on the JavaFX thread. The
 * password is used for this connection only and never stored.
 */
final class FxPasswordPrompt implements PostgresDatabase.PasswordPrompt {

    private final Supplier<Window> owner;
    private final Supplier<Texts> texts;

    FxPasswordPrompt(Supplier<Window> owner, Supplier<Texts> texts) {
        this.owner = owner;
        this.texts = texts;
    }

    @Override
    public Optional<char[]> ask(String location, String user) {
        CompletableFuture<Optional<char[]>> answer = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                answer.complete(show(location, user));
            } catch (RuntimeException e) {
                answer.completeExceptionally(e);
            }
        });
        try {
            return answer.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException e) {
            return Optional.empty();
        }
    }

    private Optional<char[]> show(String location, String user) {
        Texts t = texts.get();
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner.get());
        dialog.setTitle(t.get("password.title"));
        ButtonType connect = new ButtonType(t.get("password.connect"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(connect, new ButtonType(t.get("common.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        PasswordField field = new PasswordField();
        field.setId("password-field");
        Label label = new Label(t.format("password.prompt", user, location));
        label.setWrapText(true);
        label.setLabelFor(field);
        field.setAccessibleText(t.get("password.title"));
        dialog.getDialogPane().setContent(new VBox(8, label, field, new Label(t.get("password.notStored"))));
        Platform.runLater(field::requestFocus);
        Optional<char[]> result = dialog.showAndWait().filter(b -> b == connect)
                .map(b -> field.getText().toCharArray());
        field.clear();
        return result;
    }
}
