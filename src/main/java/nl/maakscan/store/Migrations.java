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
    static final List<String> FILES = List.of("V1__initial.sql", "V2__company_archive.sql",
            "V3__conclusions_and_plan_tracking.sql", "V4__answer_history.sql");

    static final int LATEST = FILES.size();

    /**
     * The SHA-256 of each released migration, in order. A released migration is never edited: a test
     * compares these with the files, and a database whose history records another checksum for a
     * version is refused (it was made by a changed program).
     */
    static final List<String> RELEASED = List.of(
            "6280059bff86583c90fba63b79759497796f493422f2cc420c5943c73d529321",
            "5de0115c6fa4fbc1b6c80b553d4b218d1706312f40f6afb552f3b38725d0947b",
            "eae769ebb72b15afee05e7249500d52e4c5bbfd344d6fd78c83e5ab97b66e149",
            "5b51b6fbe85923a45281c1d298040a6d88c5775f76064c66a8e0d2c061d59e6d");

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

    /** Refuses a database whose recorded migrations differ from the released ones this program knows. */
    static void checkHistory(Connection c, Path file) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT version, name, checksum FROM schema_history ORDER BY version")) {
            while (r.next()) {
                int version = r.getInt(1);
                if (version >= 1 && version <= RELEASED.size() && !RELEASED.get(version - 1).equals(r.getString(3))) {
                    throw new StoreException.MigrationChanged(file, version, r.getString(2));
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
