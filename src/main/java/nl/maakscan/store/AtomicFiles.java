package nl.maakscan.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file completely or not at all: to a temporary file next to it, then an atomic move. A
 * failure is an {@link UncheckedIOException}; each caller says in its own words which file failed.
 */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    public static void write(Path target, byte[] bytes) {
        Path absolute = target.toAbsolutePath();
        Path tmp = null;
        try {
            Files.createDirectories(absolute.getParent());
            // a new sibling, not createTempFile: the file gets the usual permissions, not owner-only
            tmp = absolute.resolveSibling("." + absolute.getFileName() + "." + java.util.UUID.randomUUID() + ".tmp");
            Files.write(tmp, bytes, java.nio.file.StandardOpenOption.CREATE_NEW);
            Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the temporary file is only left behind when the disk itself fails
                }
            }
        }
    }
}
