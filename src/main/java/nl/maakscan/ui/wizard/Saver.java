package nl.maakscan.ui.wizard;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import nl.maakscan.store.StoreException;
import nl.maakscan.ui.Texts;
import nl.maakscan.ui.Workspace;

import java.time.LocalTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Sends each change to the store off the JavaFX thread, one at a time and in the order they were made, so a
 * slow network never freezes the window; and keeps the visible saved state truthful: "saving" while changes
 * are on their way, "saved at" only when all of them are stored. A change the store refuses (database locked,
 * server gone, disk full) stays first in the queue and is tried again before the next one, so nothing the user
 * entered is lost while the problem lasts; the user is told once per problem.
 */
public final class Saver {

    /** What the wizard shows: saved (at a time), saving, or not saved with the reason. */
    public record State(boolean saved, LocalTime at, String problem) {
        /** Changes are on their way to the store. */
        public boolean saving() {
            return !saved && problem == null;
        }
    }

    private final Workspace workspace;
    private final Texts texts;
    private final Deque<Runnable> queue = new ArrayDeque<>();
    private final List<Runnable> whenSaved = new ArrayList<>();
    private final ObjectProperty<State> state = new SimpleObjectProperty<>(new State(true, null, null));
    private boolean running;
    private boolean failing;

    Saver(Workspace workspace, Texts texts) {
        this.workspace = workspace;
        this.texts = texts;
    }

    /** Queues a change (on the JavaFX thread); it is written after every change queued before it. */
    void save(Runnable write) {
        queue.addLast(write);
        drain();
    }

    /** Runs {@code next} once every queued change is stored (at once when none is waiting). */
    void whenSaved(Runnable next) {
        if (queue.isEmpty() && !running) {
            next.run();
        } else {
            whenSaved.add(next);
        }
    }

    private void drain() {
        if (running || queue.isEmpty()) {
            return;
        }
        running = true;
        if (!failing) {
            state.set(new State(false, null, null));
        }
        Runnable next = queue.peekFirst();
        workspace.tasks().run(() -> {
            next.run();
            return Boolean.TRUE;
        }, done -> {
            running = false;
            failing = false;
            queue.removeFirst();
            if (queue.isEmpty()) {
                state.set(new State(true, LocalTime.now().withNano(0), null));
                List<Runnable> after = List.copyOf(whenSaved);
                whenSaved.clear();
                after.forEach(Runnable::run);
            } else {
                drain();
            }
        }, e -> {
            running = false;
            String message = e instanceof StoreException s ? s.message(texts.language()) : String.valueOf(e.getMessage());
            state.set(new State(false, null, message));
            if (!failing) {
                workspace.dialogs().error(texts.get("error.notSaved"), message);
            }
            failing = true;
        });
    }

    /** Tries the queued changes again (the "try again" of the saved indicator). */
    public void retry() {
        drain();
    }

    public int pending() {
        return queue.size();
    }

    public ObjectProperty<State> state() {
        return state;
    }
}
