package nl.maakscan.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The schema on PostgreSQL: the same list of versions as the SQLite file ({@link Migrations#FILES}), each
 * from {@code db/migration/postgresql/}, recorded in {@code schema_history}. All pending versions are applied
 * in one transaction under an advisory lock, so two programs cannot migrate at once; a schema with tables
 * but no history is not Maakscan's and is left alone.
 */
final class PostgresMigrations {

    /** "MKSC", as the SQLite file's application id: the advisory lock of a migration. */
    private static final long LOCK = Migrations.APPLICATION_ID;

    private PostgresMigrations() {
    }

    /** The schema version of the database: 0 for an empty schema; refuses another program's tables. */
    static int version(Connection c, String location) throws SQLException {
        try (Statement s = c.createStatement()) {
            boolean history;
            try (ResultSet r = s.executeQuery("SELECT to_regclass('schema_history') IS NOT NULL")) {
                r.next();
                history = r.getBoolean(1);
            }
            if (!history) {
                try (ResultSet r = s.executeQuery("SELECT count(*) FROM information_schema.tables "
                        + "WHERE table_schema = current_schema()")) {
                    r.next();
                    if (r.getInt(1) > 0) {
                        throw new StoreException.NotAMaakscanDatabase(location);
                    }
                }
                return 0;
            }
            try (ResultSet r = s.executeQuery("SELECT coalesce(max(version), 0) FROM schema_history")) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    /** Brings the schema to the latest version; the connection's autocommit must be off. */
    static void migrate(Connection c, String location, String now) throws SQLException {
        boolean done = false;
        try (Statement s = c.createStatement()) {
            s.execute("SELECT pg_advisory_xact_lock(" + LOCK + ")");
            int version = version(c, location);
            String schema;
            try (ResultSet r = s.executeQuery("SELECT quote_ident(current_schema())")) {
                r.next();
                schema = r.getString(1);
            }
            if (version > Migrations.LATEST) {
                throw new StoreException.NewerSchema(location, version, Migrations.LATEST);
            }
            for (int v = version + 1; v <= Migrations.LATEST; v++) {
                String name = Migrations.FILES.get(v - 1);
                String sql = script(name);
                s.execute(sql.replace("@SCHEMA@", schema));
                try (PreparedStatement p = c.prepareStatement(
                        "INSERT INTO schema_history (version, name, checksum, applied_at) VALUES (?, ?, ?, ?)")) {
                    p.setInt(1, v);
                    p.setString(2, name);
                    p.setString(3, Migrations.checksum(sql));
                    p.setString(4, now);
                    p.executeUpdate();
                }
            }
            c.commit();
            done = true;
        } finally {
            if (!done) {
                c.rollback();
            }
        }
    }

    /** Refuses a database whose recorded migrations differ from this program's files. */
    static void checkHistory(Connection c, String location) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT version, name, checksum FROM schema_history ORDER BY version")) {
            while (r.next()) {
                int version = r.getInt(1);
                if (version >= 1 && version <= Migrations.LATEST
                        && !Migrations.checksum(script(Migrations.FILES.get(version - 1))).equals(r.getString(3))) {
                    throw new StoreException.MigrationChanged(location, version, r.getString(2));
                }
            }
        }
    }

    static String script(String name) {
        try (InputStream in = PostgresMigrations.class.getResourceAsStream("/db/migration/postgresql/" + name)) {
            if (in == null) {
                throw new IllegalStateException("migration postgresql/" + name + " is missing from the program");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
