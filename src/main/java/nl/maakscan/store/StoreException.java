package nl.maakscan.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * A problem with the store that the user must hear about. The text comes from the store's resource
 * bundle: {@link #message(String)} in a given language, {@link #getMessage()} in the system's.
 */
public class StoreException extends RuntimeException {

    private final String key;
    private final transient Object[] args;

    StoreException(String key, Throwable cause, Object... args) {
        super(key, cause);
        this.key = key;
        this.args = args.clone();
    }

    /** The bundle key of the message, e.g. {@code store.locked}. */
    public String key() {
        return key;
    }

    /** The message in {@code nl} or {@code en}. */
    public String message(String language) {
        return StoreMessages.get(language, key, args);
    }

    @Override
    public String getMessage() {
        return message("nl".equals(Locale.getDefault().getLanguage()) ? "nl" : "en");
    }

    /** The file is not a Maakscan database (another program's file, or no database at all). Left untouched. */
    public static final class NotAMaakscanDatabase extends StoreException {
        NotAMaakscanDatabase(Object file) {
            super("store.notMaakscan", null, file);
        }
    }

    /** The database was written by a newer Maakscan (a higher schema version). Left untouched. */
    public static final class NewerSchema extends StoreException {
        private final int found;

        NewerSchema(Object file, int found, int known) {
            super("store.newerSchema", null, file, found, known);
            this.found = found;
        }

        public int found() {
            return found;
        }
    }

    /** Another program holds the database longer than the busy timeout. */
    public static final class DatabaseLocked extends StoreException {
        DatabaseLocked(Path file, Throwable cause) {
            super("store.locked", cause, file);
        }
    }

    /** The database is damaged. Left untouched; {@link #newestBackup()} names a backup to restore, if any. */
    public static final class CorruptDatabase extends StoreException {
        private final transient Path newestBackup;

        CorruptDatabase(Path file, Path newestBackup, Throwable cause) {
            super(newestBackup == null ? "store.corrupt" : "store.corruptWithBackup", cause, file, newestBackup);
            this.newestBackup = newestBackup;
        }

        public Optional<Path> newestBackup() {
            return Optional.ofNullable(newestBackup);
        }
    }

    /** A value the store refuses (an empty company name, a KvK number that is not 8 digits, ...). */
    public static final class InvalidValue extends StoreException {
        InvalidValue(String key, Object... args) {
            super(key, null, args);
        }
    }

    /** A company, assessment or question id that is not there. */
    public static final class NotFound extends StoreException {
        NotFound(String key, Object... args) {
            super(key, null, args);
        }
    }

    /**
     * A file to import with a value that cannot be used: names the file, the record and field (as a
     * path like {@code companies[0].assessments[1].answers.prep-cam.value}) and what is wrong. Nothing
     * of the file was imported.
     */
    public static final class InvalidImport extends StoreException {
        private final String file;
        private final String where;
        private final String detailKey;
        private final transient Object[] detailArgs;

        InvalidImport(String file, String where, String detailKey, Object... detailArgs) {
            super(detailKey, null, detailArgs);
            this.file = file;
            this.where = where;
            this.detailKey = detailKey;
            this.detailArgs = detailArgs.clone();
        }

        /** A value of the file that the store refused while importing it. */
        InvalidImport(String file, String where, StoreException refused) {
            super(refused.key, refused, refused.args);
            this.file = file;
            this.where = where;
            this.detailKey = refused.key;
            this.detailArgs = refused.args.clone();
        }

        @Override
        public String message(String language) {
            String detail = StoreMessages.get(language, detailKey, detailArgs);
            return StoreMessages.get(language, "import.invalid", file, where.isEmpty() ? "-" : where, detail);
        }
    }

    /**
     * The database file (or its folder) may not be written: opened read-only for commands that only
     * read, refused for everything that would change it. Nothing was changed.
     */
    public static final class ReadOnlyDatabase extends StoreException {
        ReadOnlyDatabase(Path file) {
            super("store.readOnly", null, file);
        }
    }

    /** A read-only database from an older Maakscan: it would have to be migrated to be read. */
    public static final class ReadOnlyOlder extends StoreException {
        ReadOnlyOlder(Path file) {
            super("store.readOnlyOld", null, file);
        }
    }

    /** A file handed to the program that is not read: missing, not a regular file, or over its size limit. */
    public static final class InputRefused extends StoreException {
        InputRefused(String key, Object... args) {
            super(key, null, args);
        }
    }

    /** A released migration recorded in the database differs from the one in this program. */
    public static final class MigrationChanged extends StoreException {
        MigrationChanged(Object file, int version, String name) {
            super("store.migrationChanged", null, file, version, name);
        }
    }

    /**
     * A restore that did not happen or could not be confirmed: the database is busy, the copy failed or
     * the database does not hold the backup's data afterwards. Names the copy of what was there before.
     */
    public static final class RestoreRefused extends StoreException {
        RestoreRefused(String key, Path db, Path backup, Path before, Object... more) {
            super(key, null, join(db, backup, before, more));
        }

        private static Object[] join(Path db, Path backup, Path before, Object... more) {
            Object[] all = new Object[3 + more.length];
            all[0] = db;
            all[1] = backup;
            all[2] = before == null ? "-" : before;
            System.arraycopy(more, 0, all, 3, more.length);
            return all;
        }
    }

    /**
     * A file to write that is refused before anything is written: a folder, a device or pipe, the
     * database itself or one of its own files, or a read-only file. {@link #reason()} says which.
     */
    public static class TargetRefused extends StoreException {
        /** Why the target is refused. */
        public enum Reason { DIRECTORY, NOT_REGULAR, DATABASE, READ_ONLY, EXISTS }

        private final Reason reason;

        TargetRefused(Reason reason, Path file) {
            super("target." + reason.name().toLowerCase(java.util.Locale.ROOT), null, file);
            this.reason = reason;
        }

        public Reason reason() {
            return reason;
        }
    }

    /** The file to write exists and replacing it was not asked for ({@code --force}, or the window's question). */
    public static final class TargetExists extends TargetRefused {
        TargetExists(Path file) {
            super(Reason.EXISTS, file);
        }
    }

    /** A backup, restore or copy of the database file, asked of a database on a server (it has no file). */
    public static final class LocalOnly extends StoreException {
        LocalOnly(String location) {
            super("store.localOnly", null, location);
        }
    }

    /**
     * A problem with the organisation's database server: unreachable, the login refused, a right missing, a
     * certificate that does not check out, or any other failure there. {@link #key()} says which.
     */
    public static final class ServerProblem extends StoreException {
        ServerProblem(String key, String location, Throwable cause) {
            super(key, cause, location, cause == null ? "" : sentence(cause.getMessage()));
        }

        /** The driver's message without its closing full stop: the texts around it end the sentence. */
        private static String sentence(String driverMessage) {
            String m = String.valueOf(driverMessage).strip();
            return m.endsWith(".") ? m.substring(0, m.length() - 1) : m;
        }
    }

    /** Work that only a database on a server has (logins, assignments, sync), asked of a file. */
    public static final class ServerOnly extends StoreException {
        ServerOnly(String location) {
            super("store.serverOnly", null, location);
        }
    }

    /** Any other failure of the database (disk full, no permission, ...). */
    public static final class Failure extends StoreException {
        Failure(Path file, Throwable cause) {
            super("store.failed", cause, file, cause.getMessage());
        }
    }
}
