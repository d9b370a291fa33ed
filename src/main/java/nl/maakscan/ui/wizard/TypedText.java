package nl.maakscan.ui.wizard;

import javafx.animation.PauseTransition;
import javafx.scene.control.TextInputControl;
import javafx.util.Duration;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Saves what is typed into text fields the moment typing pauses (and when a field loses focus or the page is
 * left), like the notes to questions.
 */
final class TypedText {

    private final List<Runnable> commits = new ArrayList<>();

    /** Fills the field and saves its text through {@code save} while it is typed. */
    void bind(TextInputControl field, String initial, Consumer<String> save) {
        field.setText(Objects.requireNonNullElse(initial, ""));
        PauseTransition typing = new PauseTransition(Duration.millis(700));
        Runnable commit = () -> {
            typing.stop();
            save.accept(field.getText());
        };
        typing.setOnFinished(e -> save.accept(field.getText()));
        field.textProperty().addListener((o, was, is) -> typing.playFromStart());
        field.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                commit.run();
            }
        });
        commits.add(commit);
    }

    /** Saves every field now (the page is left). */
    void commitAll() {
        commits.forEach(Runnable::run);
    }
}
