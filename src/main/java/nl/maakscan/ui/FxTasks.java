package nl.maakscan.ui;

import javafx.application.Platform;

import java.util.function.Consumer;
import java.util.function.Supplier;

/** {@link Tasks} on a background (daemon) thread, with the outcome handed back on the JavaFX thread. */
public final class FxTasks implements Tasks {

    @Override
    public void later(Runnable update) {
        Platform.runLater(update);
    }

    @Override
    public <T> void run(Supplier<T> work, Consumer<T> onDone, Consumer<Throwable> onFailed) {
        Thread thread = new Thread(() -> {
            try {
                T result = work.get();
                Platform.runLater(() -> onDone.accept(result));
            } catch (RuntimeException | Error e) {
                Platform.runLater(() -> onFailed.accept(e));
            }
        }, "maakscan-task");
        thread.setDaemon(true);
        thread.start();
    }
}
