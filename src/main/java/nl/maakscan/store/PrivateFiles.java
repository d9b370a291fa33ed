package nl.maakscan.store;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

/**
 * Files that hold a company's answers are for the owner only: on POSIX systems the folders Maakscan
 * makes get mode 0700 and the files it writes 0600, whatever the umask (see decision 0007). On other
 * systems the folder's own permissions apply (the data folder is in the user's profile).
 */
public final class PrivateFiles {

    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");

    private PrivateFiles() {
    }

    static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    /** Makes the folder and any missing parents; the ones made here are owner-only. */
    public static void createDirectories(Path dir) throws IOException {
        Path absolute = dir.toAbsolutePath();
        Deque<Path> missing = new ArrayDeque<>();
        for (Path p = absolute; p != null && !Files.exists(p); p = p.getParent()) {
            missing.push(p);
        }
        for (Path p : missing) {
            if (posix()) {
                Files.createDirectory(p, PosixFilePermissions.asFileAttribute(FOLDER));
                Files.setPosixFilePermissions(p, FOLDER);  // the umask may have taken bits away
            } else {
                Files.createDirectory(p);
            }
        }
        if (missing.isEmpty()) {
            Files.createDirectories(absolute);  // an error if it is a file, as before
        }
    }

    /** Creates a new, empty, owner-only file; fails if it exists. */
    public static void createFile(Path file) throws IOException {
        if (posix()) {
            FileAttribute<Set<PosixFilePermission>> mode = PosixFilePermissions.asFileAttribute(FILE);
            Files.createFile(file, mode);
        } else {
            Files.createFile(file);
        }
    }

    /** Makes an existing file owner-only (read and write). */
    public static void restrict(Path file) throws IOException {
        if (posix() && Files.isRegularFile(file)) {
            Files.setPosixFilePermissions(file, FILE);
        }
    }

    /** Makes an existing folder owner-only. */
    public static void restrictDirectory(Path dir) throws IOException {
        if (posix() && Files.isDirectory(dir)) {
            Files.setPosixFilePermissions(dir, FOLDER);
        }
    }
}
