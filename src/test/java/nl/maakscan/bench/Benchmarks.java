package nl.maakscan.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs the benchmarks and prints their figures (they are not tests: nothing fails on a slow
 * machine). Run with {@code mvn -B -Pbench -DskipTests verify} (see the README, Benchmarks).
 * Arguments: which ({@code autosave}, {@code open}, {@code report}, {@code programme}, {@code advise}, {@code postgres},
 * {@code startup} or {@code all}: the first two),
 * then the folder for their files.
 */
public final class Benchmarks {

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        List<String> which = List.of(args.length > 0 ? args[0] : "all");
        Path dir = Files.createDirectories(Path.of(args.length > 1 ? args[1] : "target/bench"));
        boolean all = which.contains("all");
        if (all || which.contains("autosave")) {
            AutosaveBenchmark.run(dir.resolve("autosave"), 10);
        }
        if (all || which.contains("open")) {
            OpenAndListBenchmark.run(dir, 11);
        }
        if (which.contains("report")) {
            ReportPeersBenchmark.run(dir, Integer.getInteger("bench.runs", 5), Integer.getInteger("bench.batch", 40));
        }
        if (which.contains("programme")) {
            ProgrammeBenchmark.run(dir, Integer.getInteger("bench.runs", 5));
        }
        if (which.contains("advise")) {
            AdviseBenchmark.run(dir, Integer.getInteger("bench.runs", 200));
        }
        if (which.contains("postgres")) {
            PostgresBenchmark.run(dir, Integer.getInteger("bench.companies", 10_000),
                    Integer.getInteger("bench.perCompany", 10), true);
        }
        if (which.contains("startup")) {
            PackagedStartupBenchmark.run(dir, 11);
        } else if (all) {
            System.out.println("Start-up: not run (it needs the packaged program and a display): "
                    + "xvfb-run -a mvn -B -Ppackage,bench -DskipTests verify -Dbench=startup");
        }
    }
}
