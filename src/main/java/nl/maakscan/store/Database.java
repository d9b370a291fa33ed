package nl.maakscan.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * One open database of either engine: its connection, its transactions, the statements it keeps prepared and
 * the translation of the engine's errors into {@link StoreException}s. The repositories run their SQL through
 * it; a transaction begun inside another one joins it, so a use case of several repository calls is one
 * transaction (all of it is committed, or nothing).
 */
public abstract class Database implements AutoCloseable {

    interface SqlWork<T> {
        T run() throws SQLException;
    }

    private final Connection connection;
    private final Dialect dialect;
    private final Clock clock;
    private final Map<String, PreparedStatement> statements = new HashMap<>();
    private int depth;

    protected Database(Connection connection, Dialect dialect, Clock clock) {
        this.connection = connection;
        this.dialect = dialect;
        this.clock = clock;
    }

    public Dialect dialect() {
        return dialect;
    }

    /** Where the database is, for messages: a file or a server address (never a password). */
    public abstract String location();

    /** The engine's error as the user hears it. */
    abstract StoreException translate(SQLException e);

    /** Called before each write transaction, outside it (SQLite marks its file changed for the backups). */
    void beforeWrite() {
    }

    /** Runs {@code work} in one write transaction: all of it is committed, or nothing. */
    synchronized <T> T write(SqlWork<T> work) {
        if (depth == 0) {
            beforeWrite();
        }
        return transaction(true, work);
    }

    /** Runs {@code work} in one read transaction: a consistent snapshot. */
    synchronized <T> T read(SqlWork<T> work) {
        return transaction(false, work);
    }

    private <T> T transaction(boolean write, SqlWork<T> work) {
        try {
            if (depth > 0) {
                return work.run();
            }
            dialect.begin(this, write);
            depth++;
            try {
                T result = work.run();
                dialect.commit(this);
                return result;
            } catch (SQLException | RuntimeException e) {
                try {
                    dialect.rollback(this);
                } catch (SQLException r) {
                    e.addSuppressed(r);
                }
                throw e;
            } finally {
                depth--;
            }
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    Connection connection() {
        return connection;
    }

    /**
     * A prepared statement kept for the life of the database: the autosave path runs the same few statements
     * for every answer, and preparing them again each time cost more than the rest of the work apart from the
     * disk (see README, Benchmarks). Only for statements whose result is read completely before the same
     * statement runs again.
     */
    PreparedStatement statement(String sql) throws SQLException {
        PreparedStatement p = statements.get(sql);
        if (p == null) {
            p = connection.prepareStatement(sql);
            statements.put(sql, p);
        } else {
            p.clearParameters();
        }
        return p;
    }

    PreparedStatement prepare(String sql) throws SQLException {
        return connection.prepareStatement(sql);
    }

    /** A query whose statement closes with its result set. */
    ResultSet query(String sql, Object... args) throws SQLException {
        PreparedStatement p = connection.prepareStatement(sql);
        bind(p, args);
        p.closeOnCompletion();
        return p.executeQuery();
    }

    int update(String sql, Object... args) throws SQLException {
        PreparedStatement p = statement(sql);
        bind(p, args);
        return p.executeUpdate();
    }

    static void bind(PreparedStatement p, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            if (a == null) {
                p.setNull(i + 1, Types.NULL);
            } else if (a instanceof byte[] b) {
                p.setBytes(i + 1, b);
            } else if (a instanceof Integer n) {
                p.setInt(i + 1, n);
            } else {
                p.setString(i + 1, a.toString());
            }
        }
    }

    Instant now() {
        return Times.now(clock);
    }

    String nowText() {
        return Times.format(now());
    }

    Clock clock() {
        return clock;
    }

    @Override
    public synchronized void close() {
        for (PreparedStatement p : statements.values()) {
            try {
                p.close();
            } catch (SQLException e) {
                // closing: nothing left to do
            }
        }
        statements.clear();
        closeQuietly(connection);
    }

    static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                // closing a connection that failed: nothing left to do
            }
        }
    }
}
