package nl.maakscan.store;

import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * Puts a backup in the place of the database (see {@link Store#restore}). The pages are copied with
 * SQLite's backup API from the backup into the database file, so a program that has the database
 * open sees the change safely; when another program holds a write transaction the copy waits up to
 * the busy timeout and then fails, and afterwards the database is read again and compared with the
 * backup, so "restored" is only said when it is true.
 */
final class Restore {

    /** How long the backup API sleeps between tries when the database is busy. */
    private static final int BUSY_SLEEP_MILLIS = 50;

    private Restore() {
    }

    static Optional<Path> restore(Path backupFile, Path db, Store.Options options, String stamp) {
        Path source = backupFile.toAbsolutePath();
        Path target = db.toAbsolutePath();
        if (!Files.isRegularFile(source) || DatabaseFile.inspect(source) == DatabaseFile.State.NEW) {
            throw new StoreException.NotAMaakscanDatabase(source);
        }
        if (!DatabaseFile.writable(target)) {
            throw new StoreException.ReadOnlyDatabase(target);
        }
        try {
            Backups.markChanged(target);
            DatabaseFile.State state;
            try {
                state = DatabaseFile.inspect(target);
            } catch (StoreException.CorruptDatabase e) {
                for (String suffix : List.of("", "-wal", "-shm")) {
                    Path f = DatabaseFile.sidecar(target, suffix);
                    if (Files.exists(f)) {
                        Files.move(f, DatabaseFile.sidecar(target, suffix + ".damaged-" + stamp));
                    }
                }
                copyFile(source, target);
                verify(source, target, null);
                return Optional.of(DatabaseFile.sidecar(target, ".damaged-" + stamp));
            }
            if (state == DatabaseFile.State.NEW) {
                copyFile(source, target);
                verify(source, target, null);
                return Optional.empty();
            }
            SQLiteConfig config = new SQLiteConfig();
            config.setBusyTimeout((int) Math.min(Integer.MAX_VALUE, options.busyTimeout().toMillis()));
            Path before = Backups.folder(target).resolve(target.getFileName().toString()
                    .replaceFirst("\\.[^.]*$", "") + "-before-restore-" + stamp + ".db");
            try (Connection c = config.createConnection(SqliteDatabase.url(target))) {
                Backups.copy(c, before);
            }
            SQLiteConfig readOnly = new SQLiteConfig();
            readOnly.setReadOnly(true);
            int tries = (int) Math.max(1, options.busyTimeout().toMillis() / BUSY_SLEEP_MILLIS);
            int rc;
            try (Connection from = readOnly.createConnection(SqliteDatabase.url(source))) {
                // backup() reports the result of the database written to; restore() would report the other one
                rc = from.unwrap(SQLiteConnection.class).getDatabase()
                        .backup("main", target.toString(), null, BUSY_SLEEP_MILLIS, tries, -1);
            }
            if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
                throw new StoreException.RestoreRefused("store.restoreLocked", target, source, before);
            }
            if (rc != SQLITE_OK) {
                throw new StoreException.RestoreRefused("store.restoreFailed", target, source, before, rc);
            }
            verify(source, target, before);
            return Optional.of(before);
        } catch (SQLException e) {
            throw SqliteDatabase.translate(target, e);
        } catch (IOException e) {
            throw new StoreException.Failure(target, e);
        }
    }

    private static final int SQLITE_OK = 0;
    private static final int SQLITE_BUSY = 5;
    private static final int SQLITE_LOCKED = 6;

    /** Reads both files again and compares what they hold. */
    static void verify(Path source, Path target, Path before) throws SQLException {
        if (!DatabaseDigest.of(source).equals(DatabaseDigest.of(target))) {
            throw new StoreException.RestoreRefused("store.restoreUnverified", target, source, before);
        }
    }

    private static void copyFile(Path source, Path target) throws IOException {
        if (target.getParent() != null) {
            PrivateFiles.createDirectories(target.getParent());
        }
        Path tmp = DatabaseFile.sidecar(target, ".part");
        try {
            Files.copy(source, tmp, StandardCopyOption.REPLACE_EXISTING);
            PrivateFiles.restrict(tmp);
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
