package nl.maakscan.store;

import java.sql.SQLException;

/**
 * PostgreSQL's side of the SQL: the connection runs with autocommit off, so a transaction begins with its
 * first statement and ends with {@code commit} or {@code rollback}; names sort by {@code lower(...)} (the
 * server's collation decides the rest). Its errors are translated in {@link PostgresDatabase}.
 */
final class PostgresDialect implements Dialect {

    static final PostgresDialect INSTANCE = new PostgresDialect();

    private PostgresDialect() {
    }

    @Override
    public String name() {
        return "postgresql";
    }

    @Override
    public void begin(Database db, boolean write) throws SQLException {
        // autocommit is off: the first statement begins the transaction
    }

    @Override
    public void commit(Database db) throws SQLException {
        db.connection().commit();
    }

    @Override
    public void rollback(Database db) throws SQLException {
        db.connection().rollback();
    }

    @Override
    public String byName(String column) {
        return "lower(" + column + "), " + column;
    }
}
