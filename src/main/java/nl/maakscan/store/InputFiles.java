package nl.maakscan.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads the files a user hands to Maakscan with a limit per kind, checked before anything is parsed:
 * only regular files (a folder, a device such as {@code /dev/zero} or a pipe is refused at once, never
 * read), no larger than the limit, and read with a cap so that a file growing while it is read cannot
 * exceed it either. The limits are listed in the README.
 */
public final class InputFiles {

    private static final long MIB = 1024 * 1024;

    /** A file to import: an answers file, a bundle or a Maakscan PDF report. */
    public static final long MAX_IMPORT = 32 * MIB;

    /** The bundle embedded in a PDF report, after inflating. */
    public static final long MAX_ATTACHMENT = 32 * MIB;

    /** A logo for the report's cover. */
    public static final long MAX_LOGO = 8 * MIB;

    /** The number of assessments in one bundle. */
    public static final int MAX_BUNDLE_ASSESSMENTS = 10_000;

    private InputFiles() {
    }

    /** Refuses, with the reason, a file that is missing, not a regular file or larger than {@code max} bytes. */
    public static void check(Path file, long max) {
        if (!Files.exists(file)) {
            throw new StoreException.InputRefused("input.missing", file);
        }
        if (!Files.isRegularFile(file)) {
            throw new StoreException.InputRefused("input.notRegular", file);
        }
        try {
            if (Files.size(file) > max) {
                throw new StoreException.InputRefused("input.tooLarge", file, max);
            }
        } catch (IOException e) {
            throw refusal(file, e);
        }
    }

    /** The bytes of a file, after {@link #check}; never more than {@code max}. */
    public static byte[] read(Path file, long max) {
        check(file, max);
        try (InputStream in = Files.newInputStream(file)) {
            return readCapped(in, max, file);
        } catch (IOException e) {
            throw refusal(file, e);
        }
    }

    /** The refusal for a failed read, with the reason in words. */
    public static StoreException refusal(Object file, IOException e) {
        if (e instanceof NoSuchFileException) {
            return new StoreException.InputRefused("input.missing", file);
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return new StoreException.InputRefused("input.denied", file);
        }
        return new StoreException.InputRefused("input.unreadable", file, reason(e));
    }

    /** At most {@code max} bytes of a stream; more is refused as too large for {@code name}. */
    public static byte[] readCapped(InputStream in, long max, Object name) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        if (bytes.length > max) {
            throw new StoreException.InputRefused("input.tooLarge", name, max);
        }
        return bytes;
    }

    /** What went wrong, in the system's words: for a file system error its reason, not the file name again. */
    public static String reason(IOException e) {
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
