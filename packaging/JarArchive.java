import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The class-data-sharing archives of the plain jar, made in the package phase after the jar: {@code maakscan.jsa}
 * for the commands and {@code maakscan-window.jsa} for the window. Two training runs write the names of the
 * classes they load ({@code -XX:DumpLoadedClassList}): {@code report --all} of sample 01 in a scratch database,
 * and the window opened on that database and walked through (start screen, results, wizard:
 * {@code nl.maakscan.bench.WindowTraining} from the test classes, under Monocle's headless platform, so no
 * display is needed). The JVM then writes a static archive of each list, with the JDK's own list, for the
 * jar's class path ({@code -Xshare:dump}). Two archives, not one: the JVM relocates an archive as it maps it,
 * so a window that maps the report's classes too starts about 100 ms later. {@code java -jar
 * target/maakscan.jar} starts its commands and its window again with their archive (nl.maakscan.app.Relaunch);
 * see docs/decisions/0008-report-speed.md. A failed run leaves no archive for what it trains and fails
 * nothing: the jar works without it.
 *
 * <p>{@code java packaging/JarArchive.java target/maakscan.jar src/test/resources/samples/01-high-mix-job-shop.json [TEST-CLASS-PATH]}
 */
public final class JarArchive {

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args[0]).toAbsolutePath();
        Path sample = Path.of(args[1]).toAbsolutePath();
        String testClassPath = args.length > 2 ? args[2] : null;
        Path archive = jar.resolveSibling("maakscan.jsa");
        Path windowArchive = jar.resolveSibling("maakscan-window.jsa");
        Files.deleteIfExists(archive);
        Files.deleteIfExists(windowArchive);
        Path scratch = Files.createTempDirectory("maakscan-cds");
        long t0 = System.nanoTime();
        boolean complete = false;
        try {
            Path db = scratch.resolve("training.db");
            Path reportList = scratch.resolve("report.classlist");
            Path windowList = scratch.resolve("window.classlist");
            boolean report = run(scratch, List.of("-jar", jar.toString(), "--db", db.toString(), "import",
                    sample.toString()))
                    && run(scratch, List.of("-XX:DumpLoadedClassList=" + reportList, "-jar", jar.toString(),
                            "--db", db.toString(), "report", "--all", "--out-dir", scratch.resolve("reports").toString()));
            if (!report) {
                System.out.println("JarArchive: the report's training run failed (see " + scratch.resolve("training.log")
                        + "); the jar runs without an archive");
                return;
            }
            boolean commands = dump(scratch, jar, List.of(reportList), archive);
            boolean window = commands && testClassPath != null && run(scratch, List.of("-XX:DumpLoadedClassList=" + windowList,
                    "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                    "-Djava.awt.headless=true", "-Duser.home=" + scratch, "-cp", testClassPath,
                    "nl.maakscan.bench.WindowTraining", db.toString()))
                    && dump(scratch, jar, List.of(windowList), windowArchive);
            if (!commands) {
                System.out.println("JarArchive: the archive could not be written (see " + scratch.resolve("training.log")
                        + "); the jar runs without an archive");
                return;
            }
            System.out.printf("JarArchive: %s (%.1f MB)%s, made in %.1f s%n", archive, Files.size(archive) / 1e6,
                    window ? String.format(" and %s (%.1f MB)", windowArchive, Files.size(windowArchive) / 1e6)
                            : ", none for the window: its training run " + (testClassPath == null
                            ? "needs the test classes" : "failed, see " + scratch.resolve("training.log")),
                    (System.nanoTime() - t0) / 1e9);
            complete = window;
        } finally {
            if (complete) {   // otherwise the log says what went wrong
                delete(scratch);
            }
        }
    }

    /**
     * One static archive for the jar's class path of the JDK's own class list (the classes of its default archive,
     * which this one replaces) and {@code lists}, moved to {@code archive} when it was written.
     */
    private static boolean dump(Path scratch, Path jar, List<Path> lists, Path archive)
            throws IOException, InterruptedException {
        Path jdkList = Path.of(System.getProperty("java.home"), "lib", "classlist");
        Set<String> classes = new LinkedHashSet<>(Files.isRegularFile(jdkList)
                ? Files.readAllLines(jdkList, StandardCharsets.UTF_8) : List.of());
        for (Path list : lists) {
            classes.addAll(Files.readAllLines(list, StandardCharsets.UTF_8));
        }
        Path list = Files.write(scratch.resolve(archive.getFileName() + ".classlist"), classes, StandardCharsets.UTF_8);
        Path part = scratch.resolve(archive.getFileName());
        if (run(scratch, List.of("-Xshare:dump", "-XX:SharedClassListFile=" + list, "-XX:SharedArchiveFile=" + part,
                "-cp", jar.toString())) && Files.isRegularFile(part)) {
            Files.move(part, archive, StandardCopyOption.REPLACE_EXISTING);
            return true;
        }
        return false;
    }

    /** One run of the JVM with {@code arguments}, its output appended to the training log; true when it ended well. */
    private static boolean run(Path scratch, List<String> arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Dmaakscan.relaunched=true");
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(scratch.resolve("training.log").toFile()));
        // the window's settings go to the scratch folder, on every system
        Map<String, String> env = builder.environment();
        env.put("XDG_DATA_HOME", scratch.toString());
        env.put("APPDATA", scratch.toString());
        Process p = builder.start();
        return p.waitFor() == 0;
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
