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
