package nl.maakscan.ui;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs work off the JavaFX thread and hands the result (or the failure) back on it. Tests use
 * {@link #sameThread()} so that view models can be tested without JavaFX.
 */
public interface Tasks {

    <T> void run(Supplier<T> work, Consumer<T> onDone, Consumer<Throwable> onFailed);

    /** Runs a small update (such as progress) on the JavaFX thread, from any thread. */
    void later(Runnable update);

    static Tasks sameThread() {
        return new Tasks() {
            @Override
            public void later(Runnable update) {
                update.run();
            }

            @Override
            public <T> void run(Supplier<T> work, Consumer<T> onDone, Consumer<Throwable> onFailed) {
                T result;
                try {
                    result = work.get();
                } catch (RuntimeException e) {
                    onFailed.accept(e);
                    return;
                }
                onDone.accept(result);
            }
        };
    }
}
