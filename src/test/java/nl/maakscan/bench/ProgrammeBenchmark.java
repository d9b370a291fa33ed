package nl.maakscan.bench;

import nl.maakscan.advice.PlanRates;
import nl.maakscan.programme.Programme;
import nl.maakscan.programme.ProgrammeOverview;
import nl.maakscan.programme.ProgrammeSource;
import nl.maakscan.programme.Selection;
import nl.maakscan.store.Store;
import nl.maakscan.store.StoreProgrammeSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The programme overview over the sample database (10,000 assessments over 1,000 companies, all sample data,
 * so counted with {@code --samples}; see {@link SampleDatabase}), in this JVM after one warm-up run: the time
 * of the whole overview, and how much of it went to reading assessments from the store (the rest is scoring,
 * ranking, planning and adding up, spread over the cores), and the processor time of the whole program during it
 * (steadier than the wall time on a shared machine). Arguments: folder (default target/bench), runs (5).
 */
public final class ProgrammeBenchmark {

    private ProgrammeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "target/bench"));
        run(dir, args.length > 1 ? Integer.parseInt(args[1]) : 5);
    }

    static void run(Path dir, int runs) {
        Path sample = SampleDatabase.in(dir);
        try (Store store = Store.open(sample, Store.Options.defaults().withBackupsKept(0).withReadOnly(true))) {
            Timed source = new Timed(new StoreProgrammeSource(store));
            Selection all = new Selection(null, null, null, true);
            ProgrammeOverview o = Programme.of(source, all, PlanRates.POLICY);
            System.out.printf("Programme overview of %s: %d companies, %d assessments, %d cores%n", sample,
                    o.totals().companies(), o.totals().assessments(), Runtime.getRuntime().availableProcessors());
            List<Double> total = new ArrayList<>();
            List<Double> loading = new ArrayList<>();
            List<Double> cpu = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                source.nanos.set(0);
                long c0 = processCpuNanos();
                long t0 = System.nanoTime();
                Programme.of(source, all, PlanRates.POLICY);
                total.add((System.nanoTime() - t0) / 1e9);
                cpu.add((processCpuNanos() - c0) / 1e9);
                loading.add(source.nanos.get() / 1e9);
            }
            System.out.printf("whole overview: median %.2f s (runs %s); reading from the store: median %.2f s; "
                    + "processor time: median %.1f s, %.2f ms per assessment%n", median(total), total,
                    median(loading), median(cpu), median(cpu) * 1e3 / o.totals().assessments());
            System.out.printf("heap: the heap pools' peaks add up to %d MB (garbage included; %d MB allowed)%n",
                    peakHeap() >> 20, Runtime.getRuntime().maxMemory() >> 20);
        }
    }

    /** The most heap in use at once since the start (all heap pools' peaks, garbage included). */
    static long peakHeap() {
        return java.lang.management.ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    /** The processor time of this whole program (all threads), in nanoseconds. */
    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    /** The store's source, counting the time spent reading. */
    private static final class Timed implements ProgrammeSource {
        private final ProgrammeSource inner;
        final AtomicLong nanos = new AtomicLong();

        Timed(ProgrammeSource inner) {
            this.inner = inner;
        }

        @Override
        public List<Member> companies() {
            long t0 = System.nanoTime();
            try {
                return inner.companies();
            } finally {
                nanos.addAndGet(System.nanoTime() - t0);
            }
        }

        @Override
        public List<Entry> assessments() {
            long t0 = System.nanoTime();
            try {
                return inner.assessments();
            } finally {
                nanos.addAndGet(System.nanoTime() - t0);
            }
        }

        @Override
        public Map<String, Scan> loadAll(Collection<String> assessmentIds) {
            long t0 = System.nanoTime();
            try {
                return inner.loadAll(assessmentIds);
            } finally {
                nanos.addAndGet(System.nanoTime() - t0);
            }
        }

        @Override
        public Optional<Scan> load(String assessmentId) {
            long t0 = System.nanoTime();
            try {
                return inner.load(assessmentId);
            } finally {
                nanos.addAndGet(System.nanoTime() - t0);
            }
        }
    }
}
