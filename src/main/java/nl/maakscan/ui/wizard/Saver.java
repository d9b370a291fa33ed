package nl.maakscan.ui.wizard;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import nl.maakscan.store.StoreException;
import nl.maakscan.ui.Texts;
import nl.maakscan.ui.Workspace;

import java.time.LocalTime;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Sends each change to the store at once and keeps the visible saved state. A change the store
 * refuses (database locked, disk full) stays queued and is tried again before the next one, so that
 * nothing the user entered is lost while the problem lasts; the user is told once per problem.
 */
public final class Saver {

    /** What the wizard shows: saved (at a time), or not saved with the reason. */
    public record State(boolean saved, LocalTime at, String problem) {
    }

    private final Workspace workspace;
    private final Texts texts;
    private final Deque<Runnable> queue = new ArrayDeque<>();
    private final ObjectProperty<State> state = new SimpleObjectProperty<>(new State(true, null, null));

    Saver(Workspace workspace, Texts texts) {
        this.workspace = workspace;
        this.texts = texts;
    }

    void save(Runnable write) {
        queue.addLast(write);
        boolean wasFailing = !state.get().saved();
        try {
            while (!queue.isEmpty()) {
                queue.peekFirst().run();
                queue.removeFirst();
            }
            state.set(new State(true, LocalTime.now().withNano(0), null));
        } catch (StoreException e) {
            String message = e.message(texts.language());
            state.set(new State(false, null, message));
            if (!wasFailing) {
                workspace.dialogs().error(texts.get("error.notSaved"), message);
            }
        }
    }

    /** Tries the queued changes again (the "try again" of the saved indicator). */
    public void retry() {
        if (!queue.isEmpty()) {
            save(() -> { });
        }
    }

    public int pending() {
        return queue.size();
    }

    public ObjectProperty<State> state() {
        return state;
    }
}
