package nl.maakscan.ui;

import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import nl.maakscan.store.PostgresDatabase;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/**
 * Asks for the password of a database server in the window, when none is in {@code PGPASSWORD} or
 * {@code ~/.pgpass}. Called from the thread that opens the database; the dialog runs on the JavaFX thread. The
 * password is used for this connection only and never stored.
 */
public final class FxPasswordPrompt implements PostgresDatabase.PasswordPrompt {

    private final Supplier<Window> owner;
    private final Supplier<Texts> texts;

    public FxPasswordPrompt(Supplier<Window> owner, Supplier<Texts> texts) {
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
        FormDialog dialog = new FormDialog(owner.get(), t, t.get("password.title"), t.get("password.connect"));
        FormDialog.Labelled<PasswordField> prompt = FormDialog.field(PasswordField::new, "password-field",
                t.format("password.prompt", user, location));
        prompt.label().setWrapText(true);
        PasswordField field = prompt.field();
        field.setAccessibleText(t.get("password.title"));
        Platform.runLater(field::requestFocus);
        Label notStored = new Label(t.get("password.notStored"));
        notStored.setWrapText(true);
        Optional<char[]> result = dialog.showAndWait(new VBox(8, prompt.label(), field, notStored))
                ? Optional.of(field.getText().toCharArray()) : Optional.empty();
        field.clear();
        return result;
    }
}
