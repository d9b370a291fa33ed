package nl.maakscan.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code report --all} alone (issue 15: every core used, time per report at most 1.1 x one warm report / cores,
 * peak heap at most 256 MB whatever the count, progress with the time left): measures one warm report in this JVM
 * (median of 5 after 3), then runs the plain jar's {@code report --all} over a sample database of {@code count}
 * assessments (sample data, written once to the folder) with a GC log, and prints the wall time, the time per
 * report against warm / cores, the peak heap from the GC log, the files written and the first progress lines.
 * Figures only. Arguments: folder (target/bench), count (1000).
 */
public final class BatchBenchmark {

    private BatchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "target/bench").resolve("report"));
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        ReportPeersBenchmark.Sample sample = ReportPeersBenchmark.sample(work, work.resolve("sample01.db"));
        List<Long> warm = ReportPeersBenchmark.warm(work.resolve("sample01.db"), sample.id(), 5);
        long median = ReportPeersBenchmark.median(warm);
        System.out.printf(Locale.ROOT, "warm report (median of 5 after 3): %d ms, runs %s%n", median, warm);
        ReportPeersBenchmark.batch(work, count, median);
    }
}
