package nl.maakscan.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Background work that waits until the test lets it run, in the order the test chooses: for checking what a
 * screen shows while it loads, and that a load which ends after the user went on is dropped.
 */
public final class QueuedTasks implements Tasks {

    private final List<Runnable> waiting = new ArrayList<>();

    @Override
    public <T> void run(Supplier<T> work, Consumer<T> onDone, Consumer<Throwable> onFailed) {
        waiting.add(() -> Tasks.sameThread().run(work, onDone, onFailed));
    }

    @Override
    public void later(Runnable update) {
        update.run();
    }

    /** How many tasks wait. */
    public int waiting() {
        return waiting.size();
    }

    /** Runs the task that was asked for {@code index}-th of those waiting (0: the oldest), and its outcome. */
    public void run(int index) {
        waiting.remove(index).run();
    }

    /** Runs every waiting task, the oldest first. */
    public void runAll() {
        while (!waiting.isEmpty()) {
            run(0);
        }
    }
}
