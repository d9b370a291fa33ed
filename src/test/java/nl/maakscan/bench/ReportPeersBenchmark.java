package nl.maakscan.bench;

import nl.maakscan.app.ReportInputs;
import nl.maakscan.report.Progress;
import nl.maakscan.report.ReportGenerator;
import nl.maakscan.report.ReportInput;
import nl.maakscan.store.Store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The report against the HTML-to-PDF programs people know, on the same content (issue 15's table): writes the
 * report's XHTML of sample 01 to a file, converts it with WeasyPrint and wkhtmltopdf when they are installed,
 * and prints each figure with its ratio and goal. Runs alternate, so that a busy machine weighs on all alike.
 * Figures only: nothing here fails on a slow machine. Arguments: folder, runs (5), batch size (40).
 */
public final class ReportPeersBenchmark {

    private static final Path SAMPLE = Path.of("src/test/resources/samples/01-high-mix-job-shop.json");
    private static final Path JAR = Path.of("target/maakscan.jar");
    private static final Pattern HEAP = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");
    /** The figures of issue 15's table, printed together at the end. */
    private static final List<String> TABLE = new ArrayList<>();

    private ReportPeersBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        run(Files.createDirectories(Path.of(args.length > 0 ? args[0] : "target/bench")),
                args.length > 1 ? Integer.parseInt(args[1]) : 5, args.length > 2 ? Integer.parseInt(args[2]) : 40);
    }

    static void run(Path dir, int runs, int batch) throws Exception {
        Path work = Files.createDirectories(dir.resolve("report"));
        Path db = work.resolve("sample01.db");
        Sample sample = sample(work, db);
        String id = sample.id();
        ReportInput input = sample.input();
        Path xhtml = work.resolve("report.xhtml");
        Files.writeString(xhtml, ReportGenerator.xhtml(input), StandardCharsets.UTF_8);
        System.out.printf(Locale.ROOT, "machine: %d cores, load average %.1f at the start%n",
                Runtime.getRuntime().availableProcessors(), load());
        boolean weasy = installed("weasyprint");
        boolean wk = installed("wkhtmltopdf");
        if (!weasy || !wk) {
            System.out.println("not installed: " + (weasy ? "" : "weasyprint ") + (wk ? "" : "wkhtmltopdf")
                    + " (apt-get install -y weasyprint wkhtmltopdf); their figures are left out");
        }
        List<Long> cold = new ArrayList<>();
        List<Long> weasyprint = new ArrayList<>();
        List<Long> wkhtml = new ArrayList<>();
        List<String> coldCommand = List.of(java(), "-jar", JAR.toString(), "--db", db.toString(), "report",
                "--assessment", id, "--out", work.resolve("cold.pdf").toString(), "--force");
        for (int i = 0; i < runs; i++) {
            cold.add(exec(work, coldCommand));
            if (weasy) {
                weasyprint.add(exec(work, List.of("weasyprint", xhtml.toString(), work.resolve("weasy.pdf").toString())));
            }
            if (wk) {
                wkhtml.add(exec(work, List.of("wkhtmltopdf", "-q", xhtml.toString(), work.resolve("wk.pdf").toString())));
            }
        }
        List<Long> warmRuns = warm(db, id, runs);
        long warm = median(warmRuns);
        System.out.printf("cold report, plain jar (%s): median %d ms, runs %s%n",
                Files.exists(JAR.resolveSibling("maakscan.jsa")) ? "with its CDS archive" : "no CDS archive", median(cold),
                cold);
        if (weasy) {
            System.out.printf("  WeasyPrint on the same XHTML: median %d ms, runs %s%n", median(weasyprint), weasyprint);
            System.out.println("  cold / WeasyPrint: " + Figures.ratio(ratio(cold, weasyprint), 0.5)
                    + ", per run " + perRun(cold, weasyprint));
            row("cold report / WeasyPrint", median(cold) + " / " + median(weasyprint) + " ms",
                    ratio(cold, weasyprint), 0.5, perRun(cold, weasyprint));
        } else {
            row("cold report / WeasyPrint", median(cold) + " ms / not installed", Double.NaN, 0.5, "");
        }
        System.out.printf("warm report, as the window makes it (median of %d after 3 to warm up): %d ms, runs %s%n", runs, warm,
                warmRuns);
        if (wk) {
            System.out.printf("  wkhtmltopdf cold on the same XHTML: median %d ms, runs %s%n", median(wkhtml), wkhtml);
            System.out.println("  warm / wkhtmltopdf: " + Figures.ratio((double) warm / median(wkhtml), 1.0)
                    + ", per run " + perRun(warmRuns, wkhtml));
            row("warm report / wkhtmltopdf cold", warm + " / " + median(wkhtml) + " ms", (double) warm / median(wkhtml),
                    1.0, perRun(warmRuns, wkhtml));
        } else {
            row("warm report / wkhtmltopdf cold", warm + " ms / not installed", Double.NaN, 1.0, "");
        }
        batch(work, batch, warm);
        window(work, runs);
        UiFramesBenchmark.run(dir, dir.resolve("sample.db"), 3);
        System.out.printf(Locale.ROOT, "%nissue 15's table (load average %.1f at the end):%n", load());
        System.out.printf("  %-44s %-28s %-28s %s%n", "figure", "measured", "ratio (goal)", "spread over the runs");
        TABLE.forEach(System.out::println);
        System.out.println("  user-interface frames with 10,000 assessments: see the lines above (goal: no frame over "
                + UiFramesBenchmark.GOAL_MS + " ms)");
    }

    /** An assessment's id and its report's input. */
    record Sample(String id, ReportInput input) {
    }

    /** Sample 01 imported into a fresh database {@code db} by the plain jar, and its report's input. */
    static Sample sample(Path work, Path db) throws Exception {
        Files.deleteIfExists(db);
        exec(work, List.of(java(), "-jar", JAR.toString(), "--db", db.toString(), "import", SAMPLE.toString()));
        try (Store store = Store.open(db)) {
            String id = store.listAssessments().get(0).id();
            return new Sample(id, ReportInputs.of(store, id, "nl", new ReportInput.Assessor(null, null, null),
                    LocalDate.now()).orElseThrow());
        }
    }

    private static void row(String figure, String measured, double ratio, double goal, String spread) {
        TABLE.add(String.format(Locale.ROOT, "  %-44s %-28s %-28s %s", figure, measured,
                Double.isNaN(ratio) ? "-" : Figures.ratio(ratio, goal), spread));
    }

    /** The times of {@code runs} reports in this JVM after three to warm up, each written to a file. */
    /**
     * The warm report as the window makes it: in a JVM started as the jar starts the window (its collector and its
     * archive, {@code Relaunch}), one report after another; the wall times of {@code runs} after 3 to warm up.
     */
    static List<Long> warm(Path db, String id, int runs) throws IOException, InterruptedException {
        Path archive = JAR.toAbsolutePath().resolveSibling("maakscan-window.jsa");
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(nl.maakscan.app.Relaunch.WINDOW_OPTIONS);
        if (Files.isRegularFile(archive)) {
            command.addAll(List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off"));
        }
        command.addAll(List.of("-cp", JAR.toAbsolutePath() + java.io.File.pathSeparator + System.getProperty("java.class.path"),
                WarmReportBenchmark.class.getName(), db.toString(), id, String.valueOf(runs), "3"));
        Path log = Files.createTempFile("maakscan-warm", ".txt");
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            String out = p.waitFor() == 0 ? Files.readString(log) : "";
            Matcher m = Pattern.compile("wall \\[([0-9, ]+)\\]").matcher(out);
            if (!m.find()) {
                throw new IllegalStateException("the warm reports failed: " + Files.readString(log));
            }
            List<Long> ms = new ArrayList<>();
            for (String v : m.group(1).split(",\\s*")) {
                ms.add(Long.parseLong(v.trim()));
            }
            return ms;
        } finally {
            Files.deleteIfExists(log);
        }
    }

    /** report --all of a sample database with {@code n} assessments: time per report, peak heap, count. */
    static void batch(Path work, int n, long warm) throws Exception {
        Path db = work.resolve("batch-" + n + ".db");
        if (!Files.exists(db)) {
            SampleDatabase.write(db, (n + 1) / 2, 2);
        }
        Path out = work.resolve("batch");
        deleteTree(out);
        try (Stream<Path> logs = Files.list(work)) {
            for (Path p : logs.filter(p -> p.getFileName().toString().startsWith("gc-")).toList()) {
                Files.delete(p);
            }
        }
        int count;
        try (Store store = Store.open(db)) {
            count = store.listAssessments().size();
        }
        Path printed = work.resolve("batch.txt");
        long t = System.nanoTime();
        Process p = new ProcessBuilder(java(), "-Xlog:gc:file=" + work.resolve("gc-%p.log"), "-jar", JAR.toString(),
                "--db", db.toString(), "report", "--all", "--out-dir", out.toString(), "--lang", "en")
                .redirectErrorStream(true).redirectOutput(printed.toFile()).start();
        int exit = p.waitFor();
        long ms = (System.nanoTime() - t) / 1_000_000;
        int cores = Runtime.getRuntime().availableProcessors();
        long files;
        try (Stream<Path> pdfs = Files.list(out)) {
            files = pdfs.filter(f -> f.toString().endsWith(".pdf")).count();
        }
        List<String> lines = Files.readAllLines(printed);
        String last = lines.isEmpty() ? "" : lines.get(lines.size() - 1);
        double perReport = (double) ms / count;
        System.out.printf(Locale.ROOT, "report --all of %d assessments (sample data): %d ms, %.0f ms per report, "
                + "exit %d; printed \"%s\", %d PDF files in the folder%n", count, ms, perReport, exit, last, files);
        System.out.println("  per report / (warm / " + cores + " cores): "
                + Figures.ratio(perReport / ((double) warm / cores), 1.1));
        String heap = peakHeap(work);
        System.out.printf("  peak heap: %s (goal: at most 256 MB whatever the count)%n", heap);
        row("report --all of " + count + ", per report / (warm / " + cores + ")",
                String.format(Locale.ROOT, "%.0f / %.0f ms", perReport, (double) warm / cores),
                perReport / ((double) warm / cores), 1.1, "one run; " + files + " of " + count + " files");
        TABLE.add(String.format(Locale.ROOT, "  %-44s %s (goal: at most 256 MB)", "  its peak heap", heap));
        lines.stream().filter(l -> l.contains("left")).limit(2).forEach(l -> System.out.println("  progress: " + l));
    }

    /** The largest heap in use before a collection, and the largest heap reserved, over the batch's JVMs. */
    private static String peakHeap(Path work) throws IOException {
        long used = 0;
        long size = 0;
        try (Stream<Path> logs = Files.list(work)) {
            for (Path log : logs.filter(f -> f.getFileName().toString().startsWith("gc-")).toList()) {
                Matcher m = HEAP.matcher(Files.readString(log));
                while (m.find()) {
                    used = Math.max(used, Long.parseLong(m.group(1)));
                    size = Math.max(size, Long.parseLong(m.group(3)));
                }
            }
        }
        return used + " MB in use at most, heap at most " + size + " MB";
    }

    /** Window start against a bare JavaFX window, every run (it needs a display). */
    private static void window(Path work, int runs) throws Exception {
        if (System.getenv("DISPLAY") == null) {
            System.out.println("window start: not run, there is no display (run this under xvfb-run -a)");
            row("window start / bare window", "not run: no display", Double.NaN, 1.15, "");
            return;
        }
        String cp = System.getProperty("java.class.path");
        Path db = work.resolve("window.db");
        List<String> app = List.of(java(), "-jar", JAR.toString(), "--measure-startup", "--db", db.toString());
        List<String> bare = List.of(java(), "-cp", cp, BareWindow.class.getName());
        StartupBenchmark.measure(app, work);
        StartupBenchmark.measure(bare, work);
        List<String> ratios = new ArrayList<>();
        double worst = 0;
        for (int i = 0; i < runs; i++) {
            long a = StartupBenchmark.measure(app, work);
            long b = StartupBenchmark.measure(bare, work);
            worst = Math.max(worst, (double) a / b);
            ratios.add(String.format(Locale.ROOT, "%.2f (%d/%d ms)", (double) a / b, a, b));
        }
        System.out.println("window start / bare window, each run (maakscan/bare): " + ratios);
        System.out.println("  worst run: " + Figures.ratio(worst, 1.15));
        row("window start / bare window, worst of " + runs, "", worst, 1.15, ratios.toString());
    }

    private static long exec(Path work, List<String> command) throws IOException, InterruptedException {
        long t = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve("exec.txt").toFile()).start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: "
                    + Files.readString(work.resolve("exec.txt")));
        }
        return (System.nanoTime() - t) / 1_000_000;
    }

    private static boolean installed(String program) {
        try {
            return new ProcessBuilder(program, "--version").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static String perRun(List<Long> a, List<Long> b) {
        List<String> r = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            r.add(String.format(Locale.ROOT, "%.2f", (double) a.get(i) / b.get(i)));
        }
        return r.toString();
    }

    private static double ratio(List<Long> a, List<Long> b) {
        return (double) median(a) / median(b);
    }

    static long median(List<Long> values) {
        return StartupBenchmark.median(values);
    }

    private static double load() throws IOException {
        Path avg = Path.of("/proc/loadavg");
        return Files.exists(avg) ? Double.parseDouble(Files.readString(avg).split(" ")[0]) : Double.NaN;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
