package nl.maakscan.store;

import org.sqlite.SQLiteConnection;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;

/**
 * Schema migrations: versioned SQL files {@code db/migration/V<n>__<name>.sql}, applied in order, all
 * pending ones in a single write transaction together with {@code PRAGMA user_version} (the schema
 * version) and {@code PRAGMA application_id} (the mark of a Maakscan database). See decision 0002.
 */
final class Migrations {

    /** "MKSC": written into the SQLite header of every Maakscan database. */
    static final int APPLICATION_ID = 0x4D4B5343;

    /** The migrations in order; version n is the n-th entry. A test checks this against the folder. */
    static final List<String> FILES = List.of("V1__initial.sql", "V2__company_archive.sql");

    static final int LATEST = FILES.size();

    private Migrations() {
    }

    /**
     * Brings the database to {@link #LATEST}. Checks again inside the write transaction, so two
     * programs opening a new file at once cannot both migrate it.
     */
    static void migrate(Connection c, Path file, String now) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
            boolean done = false;
            try {
                int app = intPragma(s, "application_id");
                int version = intPragma(s, "user_version");
                if (app != APPLICATION_ID && (app != 0 || tableCount(s) > 0)) {
                    throw new StoreException.NotAMaakscanDatabase(file);
                }
                if (version > LATEST) {
                    throw new StoreException.NewerSchema(file, version, LATEST);
                }
                SQLiteConnection sqlite = c.unwrap(SQLiteConnection.class);
                for (int v = version + 1; v <= LATEST; v++) {
                    String name = FILES.get(v - 1);
                    String sql = script(name);
                    sqlite.getDatabase()._exec(sql);
                    try (PreparedStatement p = c.prepareStatement(
                            "INSERT INTO schema_history (version, name, checksum, applied_at) VALUES (?, ?, ?, ?)")) {
                        p.setInt(1, v);
                        p.setString(2, name);
                        p.setString(3, checksum(sql));
                        p.setString(4, now);
                        p.executeUpdate();
                    }
                }
                s.execute("PRAGMA application_id = " + APPLICATION_ID);
                s.execute("PRAGMA user_version = " + LATEST);
                s.execute("COMMIT");
                done = true;
            } finally {
                if (!done) {
                    s.execute("ROLLBACK");
                }
            }
        }
    }

    static int intPragma(Statement s, String pragma) throws SQLException {
        try (ResultSet r = s.executeQuery("PRAGMA " + pragma)) {
            return r.next() ? r.getInt(1) : 0;
        }
    }

    static int tableCount(Statement s) throws SQLException {
        try (ResultSet r = s.executeQuery("SELECT count(*) FROM sqlite_master")) {
            return r.next() ? r.getInt(1) : 0;
        }
    }

    static String script(String name) {
        try (InputStream in = Migrations.class.getResourceAsStream("/db/migration/" + name)) {
            if (in == null) {
                throw new IllegalStateException("migration " + name + " is missing from the program");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String checksum(String sql) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(sql.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
