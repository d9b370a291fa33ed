package nl.maakscan.store;

import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What differs between the engines, in one place per engine ({@link SqliteDialect}, {@code PostgresDialect}):
 * how a transaction begins and ends, how names sort, and which errors mean what. All other SQL is written once
 * and runs on both.
 */
public interface Dialect {

    /** The engine's name, as in {@code sqlite} or {@code postgresql}. */
    String name();

    /** Starts a transaction; {@code write} when it will change something. */
    void begin(Database db, boolean write) throws SQLException;

    void commit(Database db) throws SQLException;

    void rollback(Database db) throws SQLException;

    /** An ORDER BY term that sorts a text column the way a person reads a list of names. */
    String byName(String column);

    /**
     * An insert that replaces the row with the same key: {@code INSERT ... ON CONFLICT (keys) DO UPDATE}.
     * Both engines (SQLite 3.24+, PostgreSQL 9.5+) understand this form.
     */
    default String upsert(String table, List<String> keys, List<String> values) {
        String columns = String.join(", ", keys) + ", " + String.join(", ", values);
        String marks = String.join(",", java.util.Collections.nCopies(keys.size() + values.size(), "?"));
        String set = values.stream().map(v -> v + " = excluded." + v).collect(Collectors.joining(", "));
        return "INSERT INTO " + table + " (" + columns + ") VALUES (" + marks + ") ON CONFLICT ("
                + String.join(", ", keys) + ") DO UPDATE SET " + set;
    }
}
