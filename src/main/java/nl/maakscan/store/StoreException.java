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
        NotAMaakscanDatabase(Path file) {
            super("store.notMaakscan", null, file);
        }
    }

    /** The database was written by a newer Maakscan (a higher schema version). Left untouched. */
    public static final class NewerSchema extends StoreException {
        private final int found;

        NewerSchema(Path file, int found, int known) {
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

    /** Any other failure of the database (disk full, no permission, ...). */
    public static final class Failure extends StoreException {
        Failure(Path file, Throwable cause) {
            super("store.failed", cause, file, cause.getMessage());
        }
    }
}
