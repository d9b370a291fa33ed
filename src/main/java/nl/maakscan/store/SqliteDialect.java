package nl.maakscan.store;

import java.sql.SQLException;

/**
 * SQLite's side of the SQL: a write transaction takes the write lock at once ({@code BEGIN IMMEDIATE}), so two
 * programs on one file wait for each other instead of failing half-way; a read is a deferred {@code BEGIN}
 * (a snapshot, without the lock). Names sort with {@code COLLATE NOCASE}.
 */
final class SqliteDialect implements Dialect {

    static final SqliteDialect INSTANCE = new SqliteDialect();

    private SqliteDialect() {
    }

    @Override
    public String name() {
        return "sqlite";
    }

    @Override
    public void begin(Database db, boolean write) throws SQLException {
        db.statement(write ? "BEGIN IMMEDIATE" : "BEGIN").execute();
    }

    @Override
    public void commit(Database db) throws SQLException {
        db.statement("COMMIT").execute();
    }

    @Override
    public void rollback(Database db) throws SQLException {
        db.statement("ROLLBACK").execute();
    }

    @Override
    public String byName(String column) {
        return column + " COLLATE NOCASE";
    }
}
