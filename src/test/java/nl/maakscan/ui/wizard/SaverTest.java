package nl.maakscan.ui.wizard;

import nl.maakscan.ui.Tasks;
import nl.maakscan.ui.Texts;
import nl.maakscan.ui.UiFixture;
import nl.maakscan.ui.Workspace;
import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** Saving runs in the background, one change at a time and in order, and the indicator tells the truth. */
class SaverTest {

    /** Background work that only runs when the test says so: a slow network, held still. */
    static final class HeldTasks implements Tasks {
        final Deque<Runnable> waiting = new ArrayDeque<>();

        @Override
        public <T> void run(Supplier<T> work, Consumer<T> onDone, Consumer<Throwable> onFailed) {
            waiting.add(() -> {
                T result;
                try {
                    result = work.get();
                } catch (RuntimeException e) {
                    onFailed.accept(e);
                    return;
                }
                onDone.accept(result);
            });
        }

        @Override
        public void later(Runnable update) {
            update.run();
        }

        void finishOne() {
            waiting.removeFirst().run();
        }
    }

    @Test
    void changesAreWrittenInOrderOneAtATimeAndSavedIsShownOnlyWhenAllAreStored() {
        HeldTasks tasks = new HeldTasks();
        Saver saver = new Saver(new Workspace(null, null, tasks, new UiFixture.RecordingDialogs(), null, null),
                new Texts("nl"));
        List<String> written = new ArrayList<>();
        List<String> after = new ArrayList<>();

        saver.save(() -> written.add("first"));
        saver.save(() -> written.add("second"));
        saver.whenSaved(() -> after.add("results"));

        assertThat(saver.state().get().saving()).isTrue();
        assertThat(tasks.waiting).as("one change on its way at a time").hasSize(1);
        tasks.finishOne();
        assertThat(written).containsExactly("first");
        assertThat(saver.state().get().saving()).isTrue();
        assertThat(after).isEmpty();
        tasks.finishOne();
        assertThat(written).containsExactly("first", "second");
        assertThat(saver.state().get().saved()).isTrue();
        assertThat(saver.state().get().at()).isNotNull();
        assertThat(after).containsExactly("results");
    }

    @Test
    void aRefusedChangeStaysFirstAndIsToldOnce() {
        HeldTasks tasks = new HeldTasks();
        UiFixture.RecordingDialogs dialogs = new UiFixture.RecordingDialogs();
        Saver saver = new Saver(new Workspace(null, null, tasks, dialogs, null, null), new Texts("en"));
        boolean[] serverBack = {false};
        List<String> written = new ArrayList<>();

        saver.save(() -> {
            if (!serverBack[0]) {
                throw new IllegalStateException("server gone");
            }
            written.add("first");
        });
        tasks.finishOne();
        saver.save(() -> written.add("second"));
        tasks.finishOne();

        assertThat(saver.state().get().problem()).isEqualTo("server gone");
        assertThat(saver.pending()).isEqualTo(2);
        assertThat(dialogs.errors).hasSize(1);
        serverBack[0] = true;
        saver.retry();
        tasks.finishOne();
        tasks.finishOne();
        assertThat(written).containsExactly("first", "second");
        assertThat(saver.state().get().saved()).isTrue();
    }
}
