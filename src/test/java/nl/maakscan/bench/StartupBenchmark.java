package nl.maakscan.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Start-up benchmark (not a test): runs {@code maakscan --measure-startup} and a bare JavaFX window
 * alternately in fresh JVMs and prints the median milliseconds from JVM start to the first frame, and
 * their ratio (goal: at most 1.15). Needs a display (for example {@code xvfb-run -a}). Arguments:
 * the number of runs (default 7). Run it as the README shows, after {@code mvn -DskipTests package}.
 */
public final class StartupBenchmark {

    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("java.class.path");
        Path dir = Files.createTempDirectory("maakscan-startup");
        Path db = dir.resolve("sample.db");
        List<Long> app = new ArrayList<>();
        List<Long> bare = new ArrayList<>();
        List<Long> themed = new ArrayList<>();
        measure(List.of(java, "-cp", cp, "nl.maakscan.app.Main", "--measure-startup", "--db", db.toString()), dir);
        measure(List.of(java, "-cp", cp, BareWindow.class.getName()), dir);
        for (int i = 0; i < runs; i++) {
            app.add(measure(List.of(java, "-cp", cp, "nl.maakscan.app.Main", "--measure-startup", "--db",
                    db.toString()), dir));
            bare.add(measure(List.of(java, "-cp", cp, BareWindow.class.getName()), dir));
            themed.add(measure(List.of(java, "-cp", cp, BareWindow.class.getName(), "--theme"), dir));
        }
        long a = median(app);
        long b = median(bare);
        System.out.printf("first frame, median of %d runs: maakscan %d ms, bare JavaFX window %d ms%n", runs, a, b);
        System.out.printf("ratio %.2f (goal: at most 1.15)%n", (double) a / b);
        System.out.printf("bare window with the AtlantaFX theme alone: %d ms (ratio %.2f)%n", median(themed),
                (double) median(themed) / b);
        System.out.println("maakscan runs: " + app + ", bare runs: " + bare + ", themed bare runs: " + themed);
    }

    /** Runs one start and returns the milliseconds it printed last (JVM start to first frame). */
    static long measure(List<String> command, Path dir) throws IOException, InterruptedException {
        Path out = dir.resolve("out.txt");
        Process p = new ProcessBuilder(command).redirectErrorStream(false).redirectOutput(out.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).directory(new File(".")).start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + Files.readString(out));
        }
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        return Long.parseLong(lines.get(lines.size() - 1).trim());
    }

    static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
