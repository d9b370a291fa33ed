package nl.maakscan.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The two engines the store's tests run on: the SQLite file, and a real PostgreSQL server started once per
 * test run from Maven's binaries (no Docker, no network, nothing installed). Each test gets a new, empty
 * database on the server.
 */
public enum Engines {
    SQLITE, POSTGRESQL;

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    public static Stream<Engines> both() {
        return Stream.of(values());
    }

    /** The running server, started on first use and stopped when the tests' program ends. */
    public static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException e) {
                    // the program is ending
                }
            }));
        }
        return server;
    }

    /** A new empty database on the server, as the address Maakscan takes (the superuser logs in). */
    public static String newServerDatabase() {
        String name = "maakscan_" + DATABASES.incrementAndGet();
        try (Connection c = server().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return "postgresql://postgres@localhost:" + server().getPort() + "/" + name;
    }

    /**
     * A new empty database on the server that only a login with a password may open: the login {@code user}
     * (created as a superuser with {@code password}) must give its password over the network, while the
     * tests' own superuser still logs in without one. The address names the user and holds no password.
     */
    public static synchronized String newPasswordDatabase(String user, String password) {
        String name = "maakscan_" + DATABASES.incrementAndGet();
        try (Connection c = server().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            try (var r = s.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + user + "'")) {
                if (!r.next()) {
                    s.execute("CREATE ROLE " + user + " LOGIN SUPERUSER PASSWORD '" + password + "'");
                }
            }
            s.execute("CREATE DATABASE " + name + " OWNER " + user);
            String hbaFile;
            try (var r = s.executeQuery("SHOW hba_file")) {
                r.next();
                hbaFile = r.getString(1);
            }
            java.nio.file.Path hba = java.nio.file.Path.of(hbaFile);
            String rules = java.nio.file.Files.readString(hba);
            String own = "host all " + user + " 127.0.0.1/32 scram-sha-256\nhost all " + user
                    + " ::1/128 scram-sha-256\n";
            if (!rules.startsWith(own)) {
                java.nio.file.Files.writeString(hba, own + rules);
                s.execute("SELECT pg_reload_conf()");
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException(e);
        }
        // the server reads its rules again shortly after being asked: wait until a login without password fails
        String url = "jdbc:postgresql://localhost:" + server().getPort() + "/" + name + "?user=" + user;
        for (int i = 0; i < 100; i++) {
            try (Connection c = java.sql.DriverManager.getConnection(url)) {
                c.isValid(1);   // still let in: the new rules are not read yet
                Thread.sleep(50);
            } catch (SQLException e) {
                return "postgresql://" + user + "@localhost:" + server().getPort() + "/" + name;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new IllegalStateException("the server still lets " + user + " in without a password");
    }

    /** A new, empty database of this engine: a file in {@code dir}, or a database on the server. */
    public String newDatabase(Path dir, String name) {
        return this == SQLITE ? dir.resolve(name).toString() : newServerDatabase();
    }

    /** Opens (and creates) a new database of this engine with the tests' ticking clock and no backups. */
    public Store open(Path dir, String name) {
        return open(newDatabase(dir, name));
    }

    static Store open(String target) {
        return Store.open(target, Store.Options.defaults().withBackupsKept(0).withClock(StoreTest.ticking()), null);
    }
}
