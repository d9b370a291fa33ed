package nl.maakscan.ui.wizard;

import nl.maakscan.ui.QueuedTasks;
import nl.maakscan.ui.Texts;
import nl.maakscan.ui.UiFixture;
import nl.maakscan.ui.Workspace;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Saving runs in the background, one change at a time and in order, and the indicator tells the truth. */
class SaverTest {

    @Test
    void changesAreWrittenInOrderOneAtATimeAndSavedIsShownOnlyWhenAllAreStored() {
        QueuedTasks tasks = new QueuedTasks();   // a slow network, held still
        Saver saver = new Saver(new Workspace(null, null, tasks, new UiFixture.RecordingDialogs(), null, null),
                new Texts("nl"));
        List<String> written = new ArrayList<>();
        List<String> after = new ArrayList<>();

        saver.save(() -> written.add("first"));
        saver.save(() -> written.add("second"));
        saver.whenSaved(() -> after.add("results"));

        assertThat(saver.state().get().saving()).isTrue();
        assertThat(tasks.waiting()).as("one change on its way at a time").isEqualTo(1);
        tasks.run(0);
        assertThat(written).containsExactly("first");
        assertThat(saver.state().get().saving()).isTrue();
        assertThat(after).isEmpty();
        tasks.run(0);
        assertThat(written).containsExactly("first", "second");
        assertThat(saver.state().get().saved()).isTrue();
        assertThat(saver.state().get().at()).isNotNull();
        assertThat(after).containsExactly("results");
    }

    @Test
    void aRefusedChangeStaysFirstAndIsToldOnce() {
        QueuedTasks tasks = new QueuedTasks();   // a slow network, held still
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
        tasks.run(0);
        saver.save(() -> written.add("second"));
        tasks.run(0);

        assertThat(saver.state().get().problem()).isEqualTo("server gone");
        assertThat(saver.pending()).isEqualTo(2);
        assertThat(dialogs.errors).hasSize(1);
        serverBack[0] = true;
        saver.retry();
        tasks.run(0);
        tasks.run(0);
        assertThat(written).containsExactly("first", "second");
        assertThat(saver.state().get().saved()).isTrue();
    }
}
