package nl.maakscan.app;

import nl.maakscan.store.Store;
import nl.maakscan.store.StoreException;

import java.io.PrintWriter;
import java.nio.file.Path;

/** What the database commands share: which file, how to open it, how to report a store problem. */
final class StoreCommands {

    private StoreCommands() {
    }

    static Path database(Cli parent) {
        return DataLocations.forThisSystem().database(parent == null ? null : parent.db);
    }

    /** Opens the database; commands that only read make no automatic backup. */
    static Store open(Cli parent, boolean writes) {
        Store.Options options = Store.Options.defaults();
        return Store.open(database(parent), writes ? options : options.withBackupsKept(0));
    }

    static int fail(PrintWriter err, StoreException e, String language) {
        err.println(e.message(language));
        err.flush();
        return 1;
    }
}
