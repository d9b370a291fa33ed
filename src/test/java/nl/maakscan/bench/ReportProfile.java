package nl.maakscan.bench;

import nl.maakscan.app.ReportInputs;
import nl.maakscan.report.ReportGenerator;
import nl.maakscan.report.ReportInput;
import nl.maakscan.store.Store;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where the time of one report goes, in the JVM it runs in: from the JVM's start to the program's first
 * line, opening the store, gathering the input (advice, bundle), then the generator's steps (XHTML, layout,
 * pages drawn, saved), with the classes loaded and the JIT's time at each point; then the same report
 * again, warm. Arguments: database, assessment id, how many reports (default 2). Prints figures only.
 */
public final class ReportProfile {

    private ReportProfile() {
    }

    public static void main(String[] args) throws Exception {
        long start = ManagementFactory.getRuntimeMXBean().getStartTime();
        List<String> lines = new ArrayList<>();
        mark(lines, "JVM start to main", start);
        int reports = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        for (int r = 0; r < reports; r++) {
            long t = System.currentTimeMillis();
            String n = "report " + (r + 1) + ": ";
            try (Store store = Store.open(Path.of(args[0]), Store.Options.defaults().withReadOnly(true))) {
                mark(lines, n + "store opened", t);
                ReportInput input = ReportInputs.of(store, args[1], "nl",
                        new ReportInput.Assessor(null, null, null), LocalDate.now()).orElseThrow();
                mark(lines, n + "input (assessment, advice, bundle)", t);
                String[] names = {"", "XHTML written", "laid out", "pages drawn (PDF/UA tags, fonts)", "saved"};
                ReportGenerator.write(input, OutputStream.nullOutputStream(), (done, total) -> {
                    if (done < names.length) {
                        mark(lines, n + names[done], t);
                    }
                });
            }
            lines.forEach(System.out::println);
            lines.clear();
        }
    }

    private static void mark(List<String> lines, String what, long since) {
        var cl = ManagementFactory.getClassLoadingMXBean();
        var jit = ManagementFactory.getCompilationMXBean();
        long gc = ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(b -> b.getCollectionTime()).sum();
        lines.add(String.format(Locale.ROOT, "%-55s %6d ms  classes %5d  JIT %5d ms  GC %4d ms", what,
                System.currentTimeMillis() - since, cl.getTotalLoadedClassCount(), jit.getTotalCompilationTime(), gc));
    }
}
