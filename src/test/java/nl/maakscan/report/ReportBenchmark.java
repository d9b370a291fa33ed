package nl.maakscan.report;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Report generation time, cold (a fresh JVM, first report) and warm (median after warming up), as a ratio
 * against a plain two-page PDFBox document with the same embedded DejaVu font. Not a test: it asserts
 * nothing. Run it as described in README.md ("Benchmarks").
 */
public final class ReportBenchmark {

    private static final int WARM_UP = 3;
    private static final int RUNS = 10;
    private static final String SAMPLE = "01-high-mix-job-shop.json";

    private ReportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("--once")) {
            ReportInput input = Samples.input(SAMPLE, "nl");
            long t = System.nanoTime();
            run(args[1], input);
            System.out.println((System.nanoTime() - t) / 1_000_000.0);
            return;
        }
        double coldReport = cold("report");
        double coldBaseline = cold("baseline");
        double warmReport = warm("report");
        double warmBaseline = warm("baseline");
        int pages = pages();
        System.out.printf(Locale.ROOT, "report: %d pages, sample %s%n", pages, SAMPLE);
        System.out.printf(Locale.ROOT, "cold (fresh JVM): report %.0f ms, 2-page PDFBox %.0f ms, ratio %.1f%n",
                coldReport, coldBaseline, coldReport / coldBaseline);
        System.out.printf(Locale.ROOT, "warm (median of %d): report %.0f ms, 2-page PDFBox %.1f ms, ratio %.1f%n",
                RUNS, warmReport, warmBaseline, warmReport / warmBaseline);
    }

    /** One report or baseline document; the input is prepared beforehand so that only generation is timed. */
    private static byte[] run(String what, ReportInput input) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (what.equals("report")) {
            ReportGenerator.write(input, out, Progress.NONE);
        } else {
            twoPages(out);
        }
        return out.toByteArray();
    }

    /** The first run in a new JVM with the same class path. */
    private static double cold(String what) throws Exception {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"),
                ReportBenchmark.class.getName(), "--once", what).redirectErrorStream(false).start();
        p.getErrorStream().transferTo(java.io.OutputStream.nullOutputStream());
        String out = new String(p.getInputStream().readAllBytes()).trim();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("cold run failed: " + out);
        }
        String[] lines = out.split("\\R");
        return Double.parseDouble(lines[lines.length - 1]);
    }

    private static double warm(String what) throws Exception {
        ReportInput input = Samples.input(SAMPLE, "nl");
        for (int i = 0; i < WARM_UP; i++) {
            run(what, input);
        }
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            run(what, input);
            ms[i] = (System.nanoTime() - t) / 1_000_000.0;
        }
        Arrays.sort(ms);
        return ms[RUNS / 2];
    }

    private static int pages() throws Exception {
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(run("report", Samples.input(SAMPLE, "nl")))) {
            return doc.getNumberOfPages();
        }
    }

    /** Two A4 pages of text in DejaVu Sans, embedded as a subset, as PDFBox alone makes them. */
    static void twoPages(ByteArrayOutputStream out) throws Exception {
        try (PDDocument doc = new PDDocument();
             InputStream font = ReportGenerator.class.getResourceAsStream("fonts/DejaVuSans.ttf")) {
            PDType0Font f = PDType0Font.load(doc, font, true);
            for (int p = 0; p < 2; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                    s.beginText();
                    s.setFont(f, 10);
                    s.newLineAtOffset(50, 790);
                    for (String line : lines(p)) {
                        s.showText(line);
                        s.newLineAtOffset(0, -14);
                    }
                    s.endText();
                }
            }
            doc.save(out);
        }
    }

    private static List<String> lines(int page) {
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= 50; i++) {
            lines.add("Pagina " + (page + 1) + ", regel " + i + ": Zakład Łódź, Çelik Döküm, Ελληνική, productie");
        }
        return lines;
    }
}
