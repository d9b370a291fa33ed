package nl.maakscan.ui.sync;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.maakscan.store.PostgresDatabase;
import nl.maakscan.store.Store;
import nl.maakscan.store.StoreException;
import nl.maakscan.store.Sync;
import nl.maakscan.ui.Texts;
import nl.maakscan.ui.Workspace;

import java.util.List;

/**
 * The window's sync with the organisation's server: the address (the one last synced to, kept in the settings,
 * else {@code MAAKSCAN_SERVER}), the sync itself in the background, and what came of it, as {@code maakscan sync}
 * reports it. Only the address is remembered, once a sync with it has run: an address holds no password, and
 * the login is never stored.
 */
public final class SyncViewModel {

    private static final int CONFLICTS_SHOWN = 10;

    private final Workspace workspace;
    private final Texts texts;
    private final PostgresDatabase.PasswordPrompt prompt;
    private final Runnable afterSync;
    private final StringProperty address = new SimpleStringProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    public SyncViewModel(Workspace workspace, Texts texts, PostgresDatabase.PasswordPrompt prompt,
            Runnable afterSync) {
        this.workspace = workspace;
        this.texts = texts;
        this.prompt = prompt;
        this.afterSync = afterSync;
        String server = System.getenv("MAAKSCAN_SERVER");
        address.set(server == null ? "" : server);
        fillIn();
    }

    /** Puts the address last synced to in the field (when there is one); the dialog calls it each time it opens. */
    public void fillIn() {
        String remembered = workspace.settings().load().syncServer();
        if (remembered != null) {
            address.set(remembered);
        }
    }

    /** Whether this window works on a laptop's file (a window on the server has nothing to sync). */
    public boolean available() {
        return workspace.store().local();
    }

    /** Syncs with the server at {@link #address()} in the background and then tells how it went. */
    public void sync(String laptopName) {
        String target = address.get() == null ? "" : address.get().strip();
        if (!PostgresDatabase.isAddress(target)) {
            workspace.dialogs().error(texts.get("sync.title"), texts.get("sync.needsAddress"));
            return;
        }
        busy.set(true);
        workspace.tasks().run(() -> {
            try (Store server = Store.open(target, Store.Options.defaults(), prompt)) {
                return new Sync(workspace.store(), server, laptopName).run();
            }
        }, results -> {
            busy.set(false);
            remember(target);
            afterSync.run();
            String summary = summary(results);
            if (results.stream().anyMatch(Sync.CompanyResult::failed)) {
                workspace.dialogs().error(texts.get("sync.title"), summary);
            } else {
                workspace.dialogs().notify(summary, null, null);
            }
        }, e -> {
            busy.set(false);
            workspace.dialogs().error(texts.get("sync.title"), e instanceof StoreException s
                    ? s.message(texts.language()) : String.valueOf(e.getMessage()));
        });
    }

    /** Keeps the address for the next sync; a settings file that cannot be written only costs the convenience. */
    private void remember(String target) {
        try {
            workspace.settings().save(workspace.settings().load().withSyncServer(target));
        } catch (RuntimeException e) {
            // the sync itself is done and reported below; the address is typed again next time
        }
    }

    /** What came of a sync, in the user's language: counts, failures and the first conflicts. */
    String summary(List<Sync.CompanyResult> results) {
        StringBuilder text = new StringBuilder();
        long failed = results.stream().filter(Sync.CompanyResult::failed).count();
        text.append(texts.format("sync.summary", results.size() - failed, failed));
        int shown = 0;
        for (Sync.CompanyResult r : results) {
            if (r.failed()) {
                text.append('\n').append(texts.format("sync.failedCompany", r.name(), r.failure()));
            }
            for (Sync.Conflict c : r.conflicts()) {
                if (shown++ < CONFLICTS_SHOWN) {
                    text.append('\n').append(texts.format(c.laptopWon() ? "sync.laptopWon" : "sync.serverWon",
                            r.name(), c.assessmentLabel(), c.item(), c.laptopValue(), c.serverValue()));
                }
            }
        }
        return text.toString();
    }

    public StringProperty address() {
        return address;
    }

    public BooleanProperty busy() {
        return busy;
    }
}
