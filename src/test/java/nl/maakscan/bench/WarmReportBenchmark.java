package nl.maakscan.bench;

import nl.maakscan.app.ReportInputs;
import nl.maakscan.report.Progress;
import nl.maakscan.report.ReportGenerator;
import nl.maakscan.report.ReportInput;
import nl.maakscan.store.Store;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One report after another in one JVM (the window's second and later reports): prints, after a warm-up, the
 * median wall time and the median processor time of the thread that makes it, with its allocation and the
 * size of the PDF. The processor time is what a busy shared machine does not stretch: use it to compare two
 * versions of the generator. Arguments: database, assessment id, reports to measure (10), to warm up (5).
 */
public final class WarmReportBenchmark {

    private WarmReportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        int warmUp = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        ReportInput input;
        try (Store store = Store.open(Path.of(args[0]), Store.Options.defaults().withReadOnly(true))) {
            input = ReportInputs.of(store, args[1], "nl", new ReportInput.Assessor(null, null, null), LocalDate.now())
                    .orElseThrow();
        }
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        List<Long> wall = new ArrayList<>();
        List<Long> cpu = new ArrayList<>();
        List<Long> allocated = new ArrayList<>();
        int size = 0;
        for (int i = 0; i < warmUp + runs; i++) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
            long t = System.nanoTime();
            long c = threads.getCurrentThreadCpuTime();
            long a = threads.getThreadAllocatedBytes(Thread.currentThread().getId());
            ReportGenerator.write(input, out, Progress.NONE);
            if (i >= warmUp) {
                wall.add((System.nanoTime() - t) / 1_000_000);
                cpu.add((threads.getCurrentThreadCpuTime() - c) / 1_000_000);
                allocated.add((threads.getThreadAllocatedBytes(Thread.currentThread().getId()) - a) >> 20);
            }
            size = out.size();
        }
        System.out.printf(Locale.ROOT, "warm report, median of %d after %d: %d ms wall, %d ms processor time of its "
                + "thread, %d MB allocated, %d kB PDF; wall %s, processor %s%n", runs, warmUp,
                StartupBenchmark.median(wall), StartupBenchmark.median(cpu), StartupBenchmark.median(allocated),
                size / 1024, wall, cpu);
    }
}
