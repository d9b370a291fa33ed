package nl.maakscan.store;

import org.sqlite.SQLiteConnection;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Automatic backups: {@code backups/<name>-yyyyMMdd-HHmmssSSS.db} next to the database, made with
 * SQLite's online backup (a consistent copy while the database is in use), the newest N kept.
 * A database that has not changed since its newest backup is not checked and copied again: that
 * would cost time in proportion to its size at every start and push older, different states out.
 */
public final class Backups {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmssSSS")
            .withZone(ZoneOffset.UTC);

    private Backups() {
    }

    /** The folder with the automatic backups of this database. */
    public static Path folder(Path db) {
        Path parent = db.toAbsolutePath().getParent();
        return parent.resolve("backups");
    }

    /** The automatic backups of this database, newest first. */
    public static List<Path> list(Path db) {
        Path folder = folder(db);
        List<Path> found = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return found;
        }
        Pattern name = Pattern.compile(Pattern.quote(stem(db)) + "-\\d{8}-\\d{9}(-\\d+)?\\.db");
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path f : files) {
                if (name.matcher(f.getFileName().toString()).matches()) {
                    found.add(f);
                }
            }
        } catch (IOException e) {
            return found;
        }
        found.sort(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed());
        return found;
    }

    public static Optional<Path> newest(Path db) {
        return list(db).stream().findFirst();
    }

    /**
     * The mark that the database has not been changed since its newest backup:
     * {@code backups/.<name>.unchanged}, holding the name of that backup and the size and CRC-32C of
     * the database file as it was copied. Written after each automatic backup; removed by the store
     * before its first change of a session (and by a restore), so a change, even one interrupted by a
     * crash, always removes it first; a change by another program (or damage) shows in the checksum.
     * File times are not used: they are as coarse as 1-2 s on some file systems.
     */
    static Path unchangedMark(Path db) {
        return folder(db).resolve("." + stem(db) + ".unchanged");
    }

    /**
     * Whether the database may differ from its newest backup: there is no backup, no mark that it is
     * unchanged since that backup, or its write-ahead log holds changes (a program has it open, or
     * stopped without closing it). Asked before the database is opened. When in doubt: changed.
     */
    static boolean changedSinceNewest(Path db) {
        Optional<Path> newest = newest(db);
        if (newest.isEmpty() || !Files.isRegularFile(db)) {
            return true;
        }
        try {
            Path wal = DatabaseFile.sidecar(db, "-wal");
            if (Files.exists(wal) && Files.size(wal) > 0) {
                return true;
            }
            Path mark = unchangedMark(db);
            return !Files.isRegularFile(mark)
                    || !Files.readString(mark).strip().equals(newest.get().getFileName() + " " + fingerprint(db));
        } catch (IOException | RuntimeException e) {
            return true;
        }
    }

    /** The size and CRC-32C of the database file (CRC-32C is computed by the processor: fast for large files). */
    static String fingerprint(Path db) throws IOException {
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        long size = 0;
        try (java.io.InputStream in = Files.newInputStream(db)) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; size += n) {
                crc.update(buffer, 0, n);
            }
        }
        return size + " " + Long.toHexString(crc.getValue());
    }

    private static boolean walEmpty(Path db) throws IOException {
        Path wal = DatabaseFile.sidecar(db, "-wal");
        return !Files.exists(wal) || Files.size(wal) == 0;
    }

    /** Removes the mark: the database is about to change. */
    static void markChanged(Path db) throws IOException {
        Files.deleteIfExists(unchangedMark(db));
    }

    /**
     * Checks the open database ({@code PRAGMA quick_check}), copies it into the backups folder and
     * deletes all but the newest {@code keep} backups. A damaged database is not copied, so it can
     * never push a good backup out.
     */
    static Path rotate(Connection c, Path db, int keep, Instant now) throws SQLException, IOException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA quick_check")) {
            String result = r.next() ? r.getString(1) : "";
            if (!"ok".equals(result)) {
                throw new StoreException.CorruptDatabase(db, newest(db).orElse(null), null);
            }
        }
        Path folder = folder(db);
        PrivateFiles.createDirectories(folder);
        String base = stem(db) + "-" + STAMP.format(now);
        Path target = folder.resolve(base + ".db");
        for (int i = 2; Files.exists(target); i++) {
            target = folder.resolve(base + "-" + i + ".db");
        }
        markChanged(db);
        String before = walEmpty(db) ? fingerprint(db) : null;
        copy(c, target);
        // the mark only when the file held all of the database (no log) and did not change during the copy
        if (before != null && walEmpty(db) && before.equals(fingerprint(db))) {
            AtomicFiles.write(unchangedMark(db), (target.getFileName() + " " + before)
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        List<Path> all = list(db);
        for (Path old : all.subList(Math.min(keep, all.size()), all.size())) {
            Files.deleteIfExists(old);
        }
        return target;
    }

    /** A consistent copy of the open database into {@code target} (written under a temporary name first). */
    static void copy(Connection c, Path target) throws SQLException, IOException {
        copy(c, target, AtomicFiles.Rules.replacing());
    }

    /**
     * A consistent copy of the open database into {@code target}, checked by {@code rules}: written to
     * an owner-only temporary file, then moved into place. The temporary file and the journal SQLite
     * may leave next to it are removed whatever happens.
     */
    static void copy(Connection c, Path target, AtomicFiles.Rules rules) throws SQLException, IOException {
        Path absolute = target.toAbsolutePath().normalize();
        AtomicFiles.check(absolute, rules);
        if (absolute.getParent() != null) {
            PrivateFiles.createDirectories(absolute.getParent());
        }
        Path tmp = absolute.resolveSibling(absolute.getFileName() + ".part");
        try {
            removeLeftovers(tmp);
            PrivateFiles.createFile(tmp);
            int rc = c.unwrap(SQLiteConnection.class).getDatabase().backup("main", tmp.toString(), null);
            if (rc != 0) {
                throw new IOException("SQLite backup result " + rc);
            }
            PrivateFiles.restrict(tmp);
            AtomicFiles.moveIntoPlace(tmp, absolute, rules);
        } finally {
            removeLeftovers(tmp);
        }
    }

    private static void removeLeftovers(Path tmp) throws IOException {
        for (String suffix : List.of("", "-journal", "-wal", "-shm")) {
            Files.deleteIfExists(DatabaseFile.sidecar(tmp, suffix));
        }
    }

    private static String stem(Path db) {
        String name = db.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
