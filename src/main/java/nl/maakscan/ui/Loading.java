package nl.maakscan.ui;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A screen whose data is read from the store in the background: a short wait in words until the data is
 * there, then the screen built from it on the JavaFX thread. After {@link #leave()} (the user went elsewhere)
 * a load that ends is dropped, its failure too.
 */
public final class Loading extends StackPane {

    private boolean left;

    /**
     * {@code id} is the wait label's id; {@code load} runs through {@code tasks} (in the background in the
     * window), {@code build} and {@code failed} on the JavaFX thread.
     */
    public <T> Loading(String id, String waitText, Tasks tasks, Supplier<T> load, Function<T, Node> build,
            Consumer<Throwable> failed) {
        Label wait = Styles.muted(waitText);
        wait.setId(id);
        setAlignment(Pos.CENTER);
        getChildren().add(wait);
        tasks.run(load, data -> {
            if (!left) {
                getChildren().setAll(build.apply(data));
            }
        }, e -> {
            if (!left) {
                failed.accept(e);
            }
        });
    }

    /** The user went elsewhere: what is still being loaded is not shown. */
    public void leave() {
        left = true;
    }
}
