package nl.maakscan.store;

import org.sqlite.SQLiteConfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * The local database file (SQLite) and its life cycle: refusal of foreign, newer or damaged files, migrations,
 * the automatic backup on opening, backups on request. Each change is committed durably before the call
 * returns (WAL, {@code synchronous=FULL}); several programs may open the same file at once.
 */
public final class SqliteDatabase extends Database {

    private final Path file;
    private final Path backup;
    /** Whether this database has written (and so removed the mark of an unchanged database). */
    private boolean changing;

    private SqliteDatabase(Path file, Store.Options options, Connection connection, Path backup) {
        super(connection, SqliteDialect.INSTANCE, options.clock());
        this.file = file;
        this.backup = backup;
    }

    /**
     * Opens the database: refuses, without writing anything, a file that is not a Maakscan database,
     * one from a newer Maakscan or a damaged one; creates or migrates the schema; then checks an
     * existing database and makes an automatic backup of it, unless it is unchanged since its newest
     * backup (see {@link Backups}).
     */
    static SqliteDatabase open(Path db, Store.Options options) {
        Path file = db.toAbsolutePath();
        if (options.readOnly()) {
            return openReadOnly(file, options);
        }
        if (!DatabaseFile.writable(file)) {
            throw new StoreException.ReadOnlyDatabase(file);
        }
        DatabaseFile.State state = DatabaseFile.inspect(file);
        boolean changed = Backups.changedSinceNewest(file) || state == DatabaseFile.State.OLDER;
        Connection c = null;
        try {
            if (file.getParent() != null) {
                PrivateFiles.createDirectories(file.getParent());
            }
            if (!Files.exists(file)) {
                // owner-only from the start; SQLite gives its -wal and -shm files the same mode
                PrivateFiles.createFile(file);
            }
            c = config(options, false).createConnection(url(file));
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode = WAL");
                s.execute("PRAGMA synchronous = FULL");
            }
            if (state != DatabaseFile.State.CURRENT) {
                Backups.markChanged(file);
                Migrations.migrate(c, file, Times.format(Times.now(options.clock())));
            }
            Migrations.checkHistory(c, file);
            Path made = null;
            if (state != DatabaseFile.State.NEW && options.backupsKept() > 0 && changed) {
                made = Backups.rotate(c, file, options.backupsKept(), Times.now(options.clock()));
            }
            return new SqliteDatabase(file, options, c, made);
        } catch (SQLException e) {
            closeQuietly(c);
            throw translate(file, e);
        } catch (IOException e) {
            closeQuietly(c);
            throw new StoreException.Failure(file, e);
        } catch (RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
    }

    /** Opens an existing, current database for reading only (see {@link Store.Options#withReadOnly}). */
    private static SqliteDatabase openReadOnly(Path file, Store.Options options) {
        DatabaseFile.State state = DatabaseFile.inspect(file);
        if (state == DatabaseFile.State.NEW) {
            throw new StoreException.ReadOnlyDatabase(file);
        }
        if (state == DatabaseFile.State.OLDER) {
            throw new StoreException.ReadOnlyOlder(file);
        }
        Connection c = null;
        try {
            c = config(options, true).createConnection(url(file));
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA synchronous = FULL");
            }
            Migrations.checkHistory(c, file);
            return new SqliteDatabase(file, options, c, null);
        } catch (SQLException e) {
            closeQuietly(c);
            throw translate(file, e);
        } catch (RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
    }

    private static SQLiteConfig config(Store.Options options, boolean readOnly) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(readOnly);
        config.setBusyTimeout((int) Math.min(Integer.MAX_VALUE, options.busyTimeout().toMillis()));
        config.enforceForeignKeys(true);
        return config;
    }

    Path file() {
        return file;
    }

    @Override
    public String location() {
        return file.toString();
    }

    Optional<Path> openingBackup() {
        return Optional.ofNullable(backup);
    }

    @Override
    void beforeWrite() {
        if (!changing) {
            try {
                Backups.markChanged(file);  // before the change, so that even a crash leaves it unmarked
            } catch (IOException e) {
                throw new StoreException.Failure(file, e);
            }
            changing = true;
        }
    }

    /**
     * Writes a consistent copy of the database to {@code target} (SQLite online backup), owner-only, with the
     * refusals of {@link AtomicFiles.Rules}.
     */
    synchronized void backupTo(Path target, boolean replace) {
        try {
            Backups.copy(connection(), target, new AtomicFiles.Rules(replace, file));
        } catch (SQLException e) {
            throw translate(e);
        } catch (IOException e) {
            throw new StoreException.Failure(target, e);
        }
    }

    @Override
    StoreException translate(SQLException e) {
        return translate(file, e);
    }

    static String url(Path file) {
        return "jdbc:sqlite:" + file.toAbsolutePath();
    }

    static StoreException translate(Path file, SQLException e) {
        if (DatabaseFile.isBusy(e)) {
            return new StoreException.DatabaseLocked(file, e);
        }
        if (DatabaseFile.isReadOnly(e)) {
            return new StoreException.ReadOnlyDatabase(file);
        }
        if (DatabaseFile.isCorruption(e)) {
            return new StoreException.CorruptDatabase(file, Backups.newest(file).orElse(null), e);
        }
        return new StoreException.Failure(file, e);
    }
}
