package nl.maakscan.store;

import org.sqlite.SQLiteConfig;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A SHA-256 over what a database holds, read through a fresh read-only connection: its schema
 * version, application id, every schema entry and every row of every table in rowid order. Two
 * databases with the same digest hold the same data, whatever their journal mode or free pages.
 */
final class DatabaseDigest {

    private DatabaseDigest() {
    }

    static String of(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(5_000);
        try (Connection c = config.createConnection(SqliteDatabase.url(file)); Statement s = c.createStatement()) {
            MessageDigest md = sha256();
            add(md, "application_id=" + Migrations.intPragma(s, "application_id"));
            add(md, "user_version=" + Migrations.intPragma(s, "user_version"));
            List<String> tables = new ArrayList<>();
            try (ResultSet r = s.executeQuery("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name")) {
                while (r.next()) {
                    add(md, r.getString(1) + "|" + r.getString(2) + "|" + r.getString(3) + "|" + r.getString(4));
                    if ("table".equals(r.getString(1)) && !r.getString(2).startsWith("sqlite_")) {
                        tables.add(r.getString(2));
                    }
                }
            }
            for (String table : tables) {
                add(md, "table " + table);
                String quoted = "\"" + table.replace("\"", "\"\"") + "\"";
                String order = withoutRowid(s, table) ? "" : " ORDER BY rowid";
                try (ResultSet r = s.executeQuery("SELECT * FROM " + quoted + order)) {
                    ResultSetMetaData meta = r.getMetaData();
                    while (r.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            byte[] value = r.getBytes(i);
                            row.append(value == null ? "null" : HexFormat.of().formatHex(value)).append('|');
                        }
                        add(md, row.toString());
                    }
                }
            }
            return HexFormat.of().formatHex(md.digest());
        }
    }

    private static boolean withoutRowid(Statement s, String table) throws SQLException {
        try (ResultSet r = s.executeQuery("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = '"
                + table.replace("'", "''") + "'")) {
            return r.next() && r.getString(1) != null
                    && r.getString(1).toUpperCase(java.util.Locale.ROOT).replaceAll("\\s+", " ")
                    .contains("WITHOUT ROWID");
        }
    }

    private static void add(MessageDigest md, String s) {
        md.update(s.getBytes(StandardCharsets.UTF_8));
        md.update((byte) '\n');
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
