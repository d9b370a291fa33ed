package nl.maakscan.app;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Starts a command of the plain jar ({@code java -jar maakscan.jar report ...}) again in a JVM that uses the
 * class-data-sharing archive made at build time ({@code maakscan.jsa} next to the jar, see
 * docs/decisions/0008-report-speed.md) and, for a single command, only the quick compiler: a cold report
 * then needs less than half the processor time. Nothing happens when there is no archive, when it is older
 * than the jar, in the packaged program (it has its own archive), from a class folder, in the window, or
 * when the JVM's command line cannot be read; the command then runs in this JVM as before. The JVM itself
 * checks the archive against the class path and ignores one that does not match.
 */
final class Relaunch {

    static final String ARCHIVE = "maakscan.jsa";
    static final String DONE = "maakscan.relaunched";

    /** The heap of {@code report --all} unless the user gives one: flat, whatever the count. */
    static final String BATCH_HEAP = "256m";

    private Relaunch() {
    }

    /** Runs the command in a new JVM and returns its exit code, or empty when this JVM should run it. */
    static Optional<Integer> run(String[] args) {
        if (System.getProperty(DONE) != null || System.getProperty("jpackage.app-path") != null
                || Boolean.getBoolean("maakscan.noRelaunch")) {
            return Optional.empty();
        }
        Optional<List<String>> command = command(args);
        if (command.isEmpty()) {
            return Optional.empty();
        }
        try {
            Process child = new ProcessBuilder(command.get()).inheritIO().start();
            Runtime.getRuntime().addShutdownHook(new Thread(child::destroy));
            return Optional.of(child.waitFor());
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(130);
        }
    }

    /** The new JVM's command line, or empty when there is nothing to gain. */
    static Optional<List<String>> command(String[] args) {
        Optional<Path> jar = jar();
        if (jar.isEmpty()) {
            return Optional.empty();
        }
        Path archive = jar.get().resolveSibling(ARCHIVE);
        Optional<String[]> jvmArgs = ProcessHandle.current().info().arguments();
        try {
            if (!Files.isRegularFile(archive) || jvmArgs.isEmpty()
                    || Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(jar.get())) < 0) {
                return Optional.empty();
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        List<String> all = Arrays.asList(jvmArgs.get());
        int at = all.indexOf("-jar");
        if (at < 0 || all.stream().anyMatch(a -> a.startsWith("-XX:SharedArchiveFile")
                || a.startsWith("-XX:ArchiveClassesAtExit") || a.startsWith("-Xshare"))) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(all.subList(0, at));
        command.add("-XX:SharedArchiveFile=" + archive);
        command.add("-Xlog:cds=off");
        command.add("-Xlog:cds+dynamic=off");
        if (!batch(args)) {
            command.add("-XX:TieredStopAtLevel=1");
            if (all.subList(0, at).stream().noneMatch(o -> o.startsWith("-XX:+Use") && o.endsWith("GC"))) {
                command.add("-XX:+UseSerialGC");   // one short command: no collector threads to start (0008)
            }
        } else if (all.subList(0, at).stream().noneMatch(a -> a.startsWith("-Xmx") || a.startsWith("-XX:MaxRAM"))) {
            command.add("-Xmx" + BATCH_HEAP);
        }
        command.add("-D" + DONE + "=true");
        command.add("-jar");
        command.add(jar.get().toString());
        command.addAll(Arrays.asList(args));
        return Optional.of(command);
    }

    /** {@code report --all}: long enough that the optimising compiler pays for itself. */
    static boolean batch(String[] args) {
        List<String> list = Arrays.asList(args);
        return list.contains("report") && list.contains("--all");
    }

    private static Optional<Path> jar() {
        try {
            var source = Main.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return Optional.empty();
            }
            Path path = Path.of(source.getLocation().toURI());
            return path.toString().endsWith(".jar") && Files.isRegularFile(path)
                    ? Optional.of(path.toAbsolutePath()) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
            return Optional.empty();
        }
    }
}
