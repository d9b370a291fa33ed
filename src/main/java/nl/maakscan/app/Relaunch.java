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
 * Starts the plain jar ({@code java -jar maakscan.jar ...}) again in a JVM that uses the class-data-sharing
 * archive made at build time ({@code maakscan.jsa} and {@code maakscan-window.jsa} next to the jar, see docs/decisions/0008-report-speed.md):
 * the window's classes and a report's come from the archive instead of being read and checked one by one.
 * A single command also gets only the quick compiler: a cold report then needs less than half the processor
 * time. The window keeps both compilers (it runs long), and learns when this JVM started, so that the time
 * to its first frame is counted from the user's start, not from the second JVM's. Nothing happens when there
 * is no archive, when it is older than the jar, in the packaged program (it has its own archive), from a
 * class folder, or when the JVM's command line cannot be read; the program then runs in this JVM as before.
 * The JVM itself checks the archive against the class path and ignores one that does not match.
 */
public final class Relaunch {

    static final String ARCHIVE = "maakscan.jsa";
    static final String WINDOW_ARCHIVE = "maakscan-window.jsa";
    static final String DONE = "maakscan.relaunched";
    /** When the first JVM started (milliseconds since the epoch), for the window's start-up figure. */
    static final String STARTED = "maakscan.started";

    /**
     * The window's collector: the serial one. One user's program on a laptop of two cores: it leaves the cores to
     * the user-interface thread and the report, where G1's concurrent threads took them, and its pauses are short
     * at the window's heap (decision 0008, fifth round: a warm report 375 against 533-662 ms, the results screen's
     * frames 84 against 119 ms).
     */
    public static final List<String> WINDOW_OPTIONS = List.of("-XX:+UseSerialGC");

    /** The heap of {@code report --all} unless the user gives one: flat, whatever the count. */
    static final String BATCH_HEAP = "256m";

    private Relaunch() {
    }

    /** Runs the program in a new JVM and returns its exit code, or empty when this JVM should run it. */
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
            Runtime.getRuntime().addShutdownHook(new Thread() {   // not a lambda: see command()
                @Override
                public void run() {
                    child.destroy();
                }
            });
            return Optional.of(child.waitFor());
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(130);
        }
    }

    /**
     * The new JVM's command line, or empty when there is nothing to gain. Plain loops, no lambdas or streams:
     * this runs in the first JVM before anything else, and their first use costs it tens of milliseconds.
     */
    static Optional<List<String>> command(String[] args) {
        Optional<Path> jar = jar();
        if (jar.isEmpty()) {
            return Optional.empty();
        }
        java.lang.management.RuntimeMXBean jvm = java.lang.management.ManagementFactory.getRuntimeMXBean();
        return command(args, jar.get(), jvm.getInputArguments(), jvm.getStartTime(), launcher());
    }

    /**
     * The new JVM's command line for {@code args}, given the jar, this JVM's options, when it started and the
     * program that started it; empty when the archive is missing or older than the jar, or the user chose an
     * archive.
     */
    static Optional<List<String>> command(String[] args, Path jar, List<String> options, long started, String launcher) {
        boolean window = Main.isWindowCommand(args);
        Path archive = jar.resolveSibling(window ? WINDOW_ARCHIVE : ARCHIVE);
        try {
            if (!Files.isRegularFile(archive)
                    || Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(jar)) < 0) {
                return Optional.empty();
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        boolean heap = false;
        boolean collector = false;
        for (String option : options) {
            if (option.startsWith("-XX:SharedArchiveFile") || option.startsWith("-XX:ArchiveClassesAtExit")
                    || option.startsWith("-Xshare")) {
                return Optional.empty();
            }
            heap |= option.startsWith("-Xmx") || option.startsWith("-XX:MaxRAM");
            collector |= option.startsWith("-XX:+Use") && option.endsWith("GC");
        }
        List<String> command = new ArrayList<>();
        command.add(launcher);
        command.addAll(options);
        command.add("-XX:SharedArchiveFile=" + archive);
        command.add("-Xlog:cds=off");
        command.add("-Xlog:cds+dynamic=off");
        if (window) {
            command.add("-D" + STARTED + "=" + started);
            if (!collector) {
                command.addAll(WINDOW_OPTIONS);
            }
        } else if (!batch(args)) {
            command.add("-XX:TieredStopAtLevel=1");
            if (!collector) {
                command.add("-XX:+UseSerialGC");   // one short command: no collector threads to start (0008)
            }
        } else {
            if (!heap) {
                command.add("-Xmx" + BATCH_HEAP);
            }
            if (!collector) {
                command.add("-XX:+UseParallelGC");   // throughput: 40 reports 27.7 s against 30-32 s with G1 (0008)
            }
        }
        command.add("-D" + DONE + "=true");
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(Arrays.asList(args));
        return Optional.of(command);
    }

    /** The program that started this JVM ({@code javaw} stays {@code javaw} on Windows: no console window). */
    private static String launcher() {
        String home = System.getProperty("java.home");
        Optional<String> command = ProcessHandle.current().info().command();
        return command.isPresent() && Path.of(command.get()).startsWith(Path.of(home)) ? command.get()
                : Path.of(home, "bin", "java").toString();
    }

    /** When the user started the program: the first JVM's start when this one was started again. */
    static long startedAt() {
        Long first = Long.getLong(STARTED);
        return first != null ? first : java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
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
