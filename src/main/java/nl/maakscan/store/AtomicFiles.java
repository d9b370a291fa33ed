package nl.maakscan.store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.UUID;

/**
 * Writes a file completely or not at all: to a new owner-only temporary file next to it, then an
 * atomic move. Before anything is written the target is checked ({@link #check}): a folder, a device
 * or pipe, the live database with its own files, and a read-only file are refused, and an existing
 * file is only replaced when that was asked for. A failure to write is an {@link IOException} (or
 * {@link UncheckedIOException} from {@link #write(Path, byte[])}); a refused target a
 * {@link StoreException.TargetRefused}.
 */
public final class AtomicFiles {

    /** Writes the content of a file to a stream. */
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * How a target is checked: {@code replace} allows replacing an existing regular file (the user said
     * {@code --force} or answered the window's question); {@code database} is the live database whose
     * files are never written (null: none).
     */
    public record Rules(boolean replace, Path database) {
        /** Replace an existing file; no database to protect. */
        public static Rules replacing() {
            return new Rules(true, null);
        }
    }

    private AtomicFiles() {
    }

    /** Writes {@code bytes}, replacing an existing regular file (settings, files the program owns). */
    public static void write(Path target, byte[] bytes) {
        try {
            write(target, Rules.replacing(), out -> out.write(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Checks the target by {@code rules}, then writes it through an owner-only temporary file. */
    public static void write(Path target, Rules rules, Content content) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        check(absolute, rules);
        if (absolute.getParent() != null) {
            PrivateFiles.createDirectories(absolute.getParent());
        }
        Path tmp = absolute.resolveSibling("." + absolute.getFileName() + "." + UUID.randomUUID() + ".part");
        try {
            PrivateFiles.createFile(tmp);
            try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.WRITE)) {
                content.writeTo(out);
            }
            try (var channel = java.nio.channels.FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            moveIntoPlace(tmp, absolute, rules);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Moves a finished temporary file onto the target after checking the target once more. */
    static void moveIntoPlace(Path tmp, Path target, Rules rules) throws IOException {
        check(target, rules);
        try {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Refuses, with the reason, a target that must not be written: the live database, its write-ahead
     * log, shared memory, journal or a file in its backups folder; a folder; anything that exists but is
     * not a regular file (a device such as /dev/null, a pipe, a socket); a read-only file; an existing
     * file when replacing was not asked for.
     */
    public static void check(Path target, Rules rules) {
        Path absolute = target.toAbsolutePath().normalize();
        if (rules.database() != null && isDatabaseFile(absolute, rules.database())) {
            throw new StoreException.TargetRefused(StoreException.TargetRefused.Reason.DATABASE, target);
        }
        if (Files.isDirectory(absolute)) {
            throw new StoreException.TargetRefused(StoreException.TargetRefused.Reason.DIRECTORY, target);
        }
        if (Files.exists(absolute, LinkOption.NOFOLLOW_LINKS) || Files.exists(absolute)) {
            if (!Files.isRegularFile(absolute)) {
                throw new StoreException.TargetRefused(StoreException.TargetRefused.Reason.NOT_REGULAR, target);
            }
            if (!DatabaseFile.writable(absolute)) {
                throw new StoreException.TargetRefused(StoreException.TargetRefused.Reason.READ_ONLY, target);
            }
            if (!rules.replace()) {
                throw new StoreException.TargetExists(target);
            }
        }
    }

    /** Whether {@code file} is the database, one of its sidecar files, or inside its backups folder. */
    static boolean isDatabaseFile(Path file, Path database) {
        Path db = database.toAbsolutePath().normalize();
        for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
            Path own = DatabaseFile.sidecar(db, suffix);
            if (file.equals(own) || same(file, own)) {
                return true;
            }
        }
        Path backups = Backups.folder(db).normalize();
        Path parent = file.getParent();
        return parent != null && (parent.startsWith(backups) || same(parent, backups)
                || real(parent).startsWith(real(backups)));
    }

    private static boolean same(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    private static Path real(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p;
        }
    }
}
