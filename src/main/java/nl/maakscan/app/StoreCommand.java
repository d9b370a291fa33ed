package nl.maakscan.app;

import nl.maakscan.store.PostgresDatabase;
import nl.maakscan.store.Store;
import nl.maakscan.store.StoreException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * What the database commands share: the database named by {@code --db} (else {@code MAAKSCAN_DB},
 * else the data folder), how to open it, and how a store problem is reported (its message, exit
 * code 1). A subclass does its work in {@link #run()}; a {@link StoreException} it lets through is
 * reported here.
 */
abstract class StoreCommand implements Callable<Integer> {

    @ParentCommand
    Cli parent;

    @Mixin
    Output output;

    /** The command's work; returns the exit code. */
    abstract int run();

    @Override
    public final Integer call() {
        try {
            return run();
        } catch (StoreException e) {
            output.err().println(e.message(output.language()));
            return 1;
        } finally {
            output.out().flush();
            output.err().flush();
        }
    }

    /** The database this command works on, as named: a file or a server address. */
    final String target() {
        return DataLocations.forThisSystem().target(parent == null ? null : parent.db);
    }

    /** The database file this command works on; null for a database on a server. */
    final Path database() {
        String target = target();
        return PostgresDatabase.isAddress(target) ? null : Path.of(target);
    }

    /** The database file, for the commands that work on the file itself (backup, restore). */
    final Path localDatabase() {
        return Store.localFile(target());
    }

    /**
     * Opens the database. Commands that only read make no automatic backup, and open a database that
     * may not be written read-only; a command that writes refuses it with a clear message (see
     * {@link #options}).
     */
    final Store open(boolean writes) {
        Path file = database();
        if (file == null) {
            return Store.open(target(), options(writes, true), null);
        }
        return Store.open(file, options(writes, Store.writable(file)));
    }

    /** The options for a command that writes or only reads a database that is or is not writable. */
    static Store.Options options(boolean writes, boolean writable) {
        Store.Options options = Store.Options.defaults();
        if (writes) {
            return options;  // Store.open refuses a database it may not write before touching anything
        }
        return options.withBackupsKept(0).withReadOnly(!writable);
    }
}
