package nl.maakscan.store;

import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;

/**
 * Looks at a database file before anything writes to it: only its first bytes and a read-only
 * SQLite connection, so a file that is refused is never modified.
 */
final class DatabaseFile {

    private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    /** What the file is. */
    enum State {
        /** No file yet, or an empty one (0 bytes, or a SQLite database without any table): it becomes ours. */
        NEW,
        /** A Maakscan database with an older schema: it will be migrated. */
        OLDER,
        /** A Maakscan database with the current schema. */
        CURRENT
    }

    private DatabaseFile() {
    }

    static State inspect(Path file) {
        try {
            if (!Files.exists(file) || (Files.size(file) == 0 && !Files.exists(sidecar(file, "-wal")))) {
                return State.NEW;
            }
            byte[] head = new byte[MAGIC.length];
            int n;
            try (InputStream in = Files.newInputStream(file)) {
                n = in.readNBytes(head, 0, head.length);
            }
            if (n < MAGIC.length || !Arrays.equals(head, MAGIC)) {
                throw new StoreException.NotAMaakscanDatabase(file);
            }
        } catch (IOException e) {
            throw new StoreException.Failure(file, e);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(5_000);
        try (Connection c = config.createConnection(SqliteDatabase.url(file)); Statement s = c.createStatement()) {
            int app = Migrations.intPragma(s, "application_id");
            int version = Migrations.intPragma(s, "user_version");
            int tables = Migrations.tableCount(s);
            if (app == 0 && tables == 0) {
                return State.NEW;
            }
            if (app != Migrations.APPLICATION_ID) {
                throw new StoreException.NotAMaakscanDatabase(file);
            }
            if (version > Migrations.LATEST) {
                throw new StoreException.NewerSchema(file, version, Migrations.LATEST);
            }
            return version == Migrations.LATEST ? State.CURRENT : State.OLDER;
        } catch (SQLException e) {
            throw SqliteDatabase.translate(file, e);
        }
    }

    /**
     * Whether Maakscan may write the database: the file (or, for a new one, its nearest existing
     * folder) is writable for this user and has a write permission bit at all. The second check
     * matters for the administrator, for whom the system ignores missing permissions: a file made
     * read-only on purpose stays read-only.
     */
    static boolean writable(Path file) {
        Path p = file.toAbsolutePath();
        while (p != null && !Files.exists(p)) {
            p = p.getParent();
        }
        if (p == null) {
            return false;
        }
        if (!Files.isWritable(p)) {
            return false;
        }
        if (PrivateFiles.posix()) {
            try {
                java.util.Set<java.nio.file.attribute.PosixFilePermission> mode = Files.getPosixFilePermissions(p);
                return mode.contains(java.nio.file.attribute.PosixFilePermission.OWNER_WRITE)
                        || mode.contains(java.nio.file.attribute.PosixFilePermission.GROUP_WRITE)
                        || mode.contains(java.nio.file.attribute.PosixFilePermission.OTHERS_WRITE);
            } catch (IOException e) {
                return false;
            }
        }
        return true;
    }

    static boolean isReadOnly(SQLException e) {
        return e instanceof SQLiteException s && s.getResultCode().name().startsWith("SQLITE_READONLY");
    }

    static Path sidecar(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }

    static boolean isCorruption(SQLException e) {
        if (e instanceof SQLiteException s) {
            SQLiteErrorCode code = s.getResultCode();
            return code == SQLiteErrorCode.SQLITE_CORRUPT || code == SQLiteErrorCode.SQLITE_NOTADB
                    || code.name().startsWith("SQLITE_CORRUPT");
        }
        return false;
    }

    static boolean isBusy(SQLException e) {
        if (e instanceof SQLiteException s) {
            String code = s.getResultCode().name();
            return code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED");
        }
        return false;
    }
}
