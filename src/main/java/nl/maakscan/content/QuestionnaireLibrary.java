package nl.maakscan.content;

import nl.maakscan.model.Questionnaire;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds and loads questionnaires: the built-in ones packed into the program, and those a user puts
 * in a folder. A broken questionnaire is reported and skipped; the valid ones are still available.
 */
public final class QuestionnaireLibrary {

    private final List<LoadResult> results;

    private QuestionnaireLibrary(List<LoadResult> results) {
        this.results = List.copyOf(results);
    }

    /** Loads the built-in questionnaires and those under the given extra folders (which may not exist). */
    public static QuestionnaireLibrary load(Locale locale, List<Path> extraFolders) {
        QuestionnaireLoader loader = new QuestionnaireLoader(locale);
        List<LoadResult> results = new ArrayList<>(loadBuiltIn(locale, true));
        for (Path folder : extraFolders) {
            if (Files.isDirectory(folder)) {
                results.addAll(loadFolder(loader, folder, false, new Messages(locale)));
            }
        }
        return new QuestionnaireLibrary(dropDuplicates(results, new Messages(locale)));
    }

    /** Loads what the given paths name: questionnaire main files, or folders searched for them. */
    public static List<LoadResult> loadPaths(Locale locale, List<Path> paths) {
        QuestionnaireLoader loader = new QuestionnaireLoader(locale);
        List<LoadResult> results = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                results.addAll(loadFolder(loader, p, false, new Messages(locale)));
            } else {
                Optional<Problem> refused = tooLarge(p, display(p), new Messages(locale));
                results.add(refused.isPresent() ? new LoadResult(display(p), null, List.of(refused.get()), Map.of())
                        : loader.load(ContentSource.of(p, display(p))));
            }
        }
        return results;
    }

    public static List<LoadResult> loadBuiltIn(Locale locale) {
        return loadBuiltIn(locale, true);
    }

    /** As above; without {@code legacyApplicability} older questionnaires load exactly as written. */
    static List<LoadResult> loadBuiltIn(Locale locale, boolean legacyApplicability) {
        // read as written, then (once the newest versions are known from these same results, without
        // reading the built-in files a second time) older versions take their newest applicability
        List<LoadResult> written = loadFolder(new QuestionnaireLoader(locale, false), builtInRoot(), true,
                new Messages(locale));
        return legacyApplicability ? LegacyApplicability.upgradeAll(written) : written;
    }

    /**
     * The newest built-in version with a ranking policy of each questionnaire, read as written: the reference that
     * older versions take their applicability from. Only those versions are loaded: the others' main files are
     * read only as far as their id and version (a store's report, cold, read every built-in version in full).
     */
    static List<Questionnaire> newestBuiltInWithRanking() {
        QuestionnaireLoader loader = new QuestionnaireLoader(Locale.ENGLISH, false);
        Path root = builtInRoot();
        Map<String, List<Map.Entry<String, Path>>> versions = new java.util.TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path f : walk.filter(Files::isRegularFile).filter(f -> f.getFileName().toString().endsWith(".yaml"))
                    .sorted().toList()) {
                loader.idAndVersion(Files.readAllBytes(f)).ifPresent(m -> versions
                        .computeIfAbsent(m.get("id"), k -> new ArrayList<>()).add(Map.entry(m.get("version"), f)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Questionnaire> newest = new ArrayList<>();
        for (List<Map.Entry<String, Path>> candidates : versions.values()) {
            candidates.sort(Comparator.comparing((Map.Entry<String, Path> e) -> versionKey(e.getKey())).reversed());
            for (Map.Entry<String, Path> c : candidates) {
                Optional<Questionnaire> q = loader.load(ContentSource.of(c.getValue(),
                        "questionnaires/" + root.relativize(c.getValue()))).valid();
                if (q.isPresent() && q.get().ranking() != null) {
                    newest.add(q.get());
                    break;
                }
            }
        }
        return newest;
    }

    public List<LoadResult> results() {
        return results;
    }

    public List<Questionnaire> questionnaires() {
        return results.stream().flatMap(r -> r.valid().stream()).toList();
    }

    public List<Problem> problems() {
        return results.stream().flatMap(r -> r.problems().stream()).toList();
    }

    /** The newest version of the questionnaire with this id. */
    public Optional<Questionnaire> latest(String id) {
        return questionnaires().stream().filter(q -> q.id().equals(id))
                .max(Comparator.comparing(q -> versionKey(q.version())));
    }

    public Optional<Questionnaire> find(String id, String version) {
        return questionnaires().stream().filter(q -> q.id().equals(id) && q.version().equals(version)).findFirst();
    }

    public Optional<LoadResult> resultFor(Questionnaire q) {
        return results.stream().filter(r -> r.questionnaire() == q).findFirst();
    }

    /**
     * A key that sorts versions by number, component by component, for any length of digits (the
     * validator accepts any whole number as a component): the length of each component first, then
     * its digits. Never throws, also not for a version the validator refused.
     */
    static String versionKey(String version) {
        StringBuilder key = new StringBuilder();
        for (String part : version.split("\\.")) {
            String digits = part.replaceFirst("^0+(?=.)", "");
            key.append(String.format(Locale.ROOT, "%06d", Math.min(digits.length(), 999_999))).append(digits).append('.');
        }
        return key.toString();
    }

    private static List<LoadResult> dropDuplicates(List<LoadResult> results, Messages messages) {
        List<LoadResult> kept = new ArrayList<>();
        for (LoadResult r : results) {
            Optional<LoadResult> earlier = r.valid().flatMap(q -> kept.stream()
                    .filter(k -> k.valid().filter(o -> o.id().equals(q.id()) && o.version().equals(q.version()))
                            .isPresent())
                    .findFirst());
            if (earlier.isPresent()) {
                Questionnaire q = r.questionnaire();
                boolean same = earlier.get().questionnaire().contentHash().equals(q.contentHash());
                Problem p = new Problem(r.file(), 1, 1, messages.format(same ? "questionnaire.duplicate"
                        : "questionnaire.otherContent", q.id(), q.version(), earlier.get().file()));
                kept.add(new LoadResult(r.file(), null, List.of(p), r.files()));
            } else {
                kept.add(r);
            }
        }
        return kept;
    }

    private static List<LoadResult> loadFolder(QuestionnaireLoader loader, Path root, boolean builtIn,
            Messages messages) {
        List<LoadResult> results = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            List<Path> yaml = walk.filter(Files::isRegularFile)
                    .filter(f -> {
                        String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
                        return n.endsWith(".yaml") || n.endsWith(".yml");
                    })
                    .sorted(Comparator.comparing(Path::toString))
                    .toList();
            for (Path f : yaml) {
                String shown = builtIn ? "questionnaires/" + root.relativize(f).toString().replace('\\', '/')
                        : display(f);
                // one bad file is reported and skipped; the others, and the built-in ones, still load
                Optional<Problem> refused = tooLarge(f, shown, messages);
                if (refused.isPresent()) {
                    results.add(new LoadResult(shown, null, List.of(refused.get()), Map.of()));
                    continue;
                }
                byte[] bytes;
                try {
                    bytes = Files.readAllBytes(f);
                } catch (IOException e) {
                    results.add(new LoadResult(shown, null, List.of(new Problem(shown, 1, 1,
                            messages.format("file.unreadable", reason(e)))), Map.of()));
                    continue;
                }
                Optional<String> kind = loader.kindOf(bytes);
                if (kind.isEmpty() || kind.get().equals("questionnaire")) {
                    results.add(loader.load(ContentSource.of(f, shown)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return results;
    }

    /** A problem for a file over {@link YamlDocuments#MAX_FILE_BYTES}, checked before it is read. */
    private static Optional<Problem> tooLarge(Path f, String shown, Messages messages) {
        try {
            if (Files.size(f) > YamlDocuments.MAX_FILE_BYTES) {
                return Optional.of(new Problem(shown, 1, 1,
                        messages.format("file.tooLarge", YamlDocuments.MAX_FILE_BYTES)));
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(new Problem(shown, 1, 1, messages.format("file.unreadable", reason(e))));
        }
    }

    /** Why a file could not be read, in the system's words rather than its name again. */
    static String reason(IOException e) {
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        if (e instanceof java.nio.file.NoSuchFileException || e instanceof java.nio.file.AccessDeniedException) {
            return e.getClass().getSimpleName().replace("Exception", "");
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static String display(Path p) {
        return p.toString().replace('\\', '/');
    }

    /** The folder of built-in questionnaires inside the program (a folder, or a folder inside the jar). */
    static Path builtInRoot() {
        URL url = QuestionnaireLibrary.class.getResource("/questionnaires");
        if (url == null) {
            throw new IllegalStateException("the built-in questionnaires are missing from the program");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return fs.getPath("/questionnaires");
            }
            return Path.of(uri);
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot open the built-in questionnaires: " + e.getMessage(), e);
        }
    }
}
