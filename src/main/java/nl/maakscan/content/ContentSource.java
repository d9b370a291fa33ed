package nl.maakscan.content;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** Where the files of one questionnaire are read from: a folder, the program itself, or a stored snapshot. */
public interface ContentSource {

    /** The reference of the main file. */
    String mainRef();

    /** The bytes of a file named relative to the main file, or empty if there is no such file. */
    Optional<byte[]> read(String ref) throws IOException;

    /** How a file is named in messages. */
    String display(String ref);

    /**
     * Reads from the file system; {@code displayBase} is how the main file's folder is shown. A file
     * named by {@code include:}, {@code catalogue:} or {@code financing:} must lie inside the folder
     * that holds the questionnaire's own folder (its questionnaires root, so that
     * {@code ../financing/...} is allowed), also after following links; anything else (an absolute
     * path such as {@code /etc/passwd}, or {@code ../../}) is refused with the reason.
     */
    static ContentSource of(Path mainFile, String displayMain) {
        return new ContentSource() {
            @Override
            public String mainRef() {
                return mainFile.getFileName().toString();
            }

            @Override
            public Optional<byte[]> read(String ref) throws IOException {
                Path p = mainFile.resolveSibling(ref).normalize();
                Path root = root(mainFile);
                if (!p.toAbsolutePath().startsWith(root.toAbsolutePath())
                        || java.nio.file.Files.exists(p) && !p.toRealPath().startsWith(root.toRealPath())) {
                    throw new IOException("it lies outside " + root.toString().replace('\\', '/')
                            + "; a questionnaire may only name files in its own folder and the folder that holds it");
                }
                if (!java.nio.file.Files.isRegularFile(p)) {
                    return Optional.empty();
                }
                if (java.nio.file.Files.size(p) > YamlDocuments.MAX_FILE_BYTES) {  // checked before reading
                    throw new IOException("larger than " + YamlDocuments.MAX_FILE_BYTES + " bytes");
                }
                return Optional.of(java.nio.file.Files.readAllBytes(p));
            }

            @Override
            public String display(String ref) {
                if (ref.equals(mainRef())) {
                    return displayMain;
                }
                if (ref.startsWith("/") || ref.startsWith("\\") || ref.matches("^[A-Za-z]:.*")) {
                    return ref;  // an absolute path is shown as it is, not as if inside the folder
                }
                int slash = displayMain.lastIndexOf('/');
                String dir = slash < 0 ? "" : displayMain.substring(0, slash + 1);
                return normalize(dir + ref);
            }
        };
    }

    /** Reads from files kept in memory, keyed by their reference (as stored with an assessment). */
    static ContentSource snapshot(String mainRef, Map<String, byte[]> files) {
        return new ContentSource() {
            @Override
            public String mainRef() {
                return mainRef;
            }

            @Override
            public Optional<byte[]> read(String ref) {
                return Optional.ofNullable(files.get(ref));
            }

            @Override
            public String display(String ref) {
                return "snapshot:" + ref;
            }
        };
    }

    /** The folder that holds the questionnaire's folder: references may not leave it. */
    private static Path root(Path mainFile) {
        Path folder = mainFile.toAbsolutePath().normalize().getParent();
        Path root = folder == null ? null : folder.getParent();
        return root != null ? root : folder;
    }

    private static String normalize(String path) {
        java.util.Deque<String> parts = new java.util.ArrayDeque<>();
        for (String part : path.split("/")) {
            if (part.equals("..") && !parts.isEmpty() && !parts.peekLast().equals("..")) {
                parts.removeLast();
            } else if (!part.equals(".") && !part.isEmpty()) {
                parts.addLast(part);
            }
        }
        return (path.startsWith("/") ? "/" : "") + String.join("/", parts);
    }
}
