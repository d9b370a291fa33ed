package nl.maakscan.report;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The text of a PDF per page (index 0 is page 1), and every glyph that lies outside its page box. */
record PdfText(List<String> pages, List<String> outside, int pageCount, List<Double> fill) {

    /** The report's page margins at top and bottom (report.css), in points. */
    private static final float TOP = 20 / 25.4f * 72;
    private static final float BOTTOM = 18 / 25.4f * 72;

    static PdfText read(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<String> pages = new ArrayList<>();
            List<String> outside = new ArrayList<>();
            List<Double> fill = new ArrayList<>();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                PDRectangle box = doc.getPage(p - 1).getMediaBox();
                int page = p;
                float[] lowest = {0};
                PDFTextStripper stripper = new PDFTextStripper() {
                    @Override
                    protected void writeString(String text, List<TextPosition> positions) throws IOException {
                        for (TextPosition t : positions) {
                            float x = t.getXDirAdj();
                            float y = t.getYDirAdj();
                            if (x < 0 || x + t.getWidthDirAdj() > box.getWidth() + 0.5f || y - t.getHeightDir() < 0
                                    || y > box.getHeight()) {
                                outside.add("page " + page + ": '" + t.getUnicode() + "' at " + x + "," + y);
                            }
                            if (y > TOP && y < box.getHeight() - BOTTOM) {
                                lowest[0] = Math.max(lowest[0], y);
                            }
                        }
                        super.writeString(text, positions);
                    }
                };
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(doc));
                fill.add(lowest[0] <= TOP ? 0.0 : (lowest[0] - TOP) / (box.getHeight() - TOP - BOTTOM));
            }
            return new PdfText(pages, outside, doc.getNumberOfPages(), fill);
        }
    }

    /** The first page (1-based) whose text contains {@code s}, or -1. */
    int pageOf(String s) {
        return pageOf(s, 1);
    }

    /** The first page from page {@code from} on whose text contains {@code s}, or -1. */
    int pageOf(String s, int from) {
        for (int i = from - 1; i < pages.size(); i++) {
            if (flat(pages.get(i)).contains(s)) {
                return i + 1;
            }
        }
        return -1;
    }

    /** Pages after the cover whose own text (without running header and footer) is shorter than {@code min}. */
    List<Integer> nearlyEmptyPages(int min) {
        List<Integer> empty = new ArrayList<>();
        for (int i = 1; i < pages.size(); i++) {
            String[] lines = pages.get(i).split("\\R");
            int chars = 0;
            for (int l = 1; l < lines.length; l++) {
                String line = lines[l].strip();
                if (!line.equals("Maakscan") && !line.matches("(Pagina|Page) \\d+ (van|of) \\d+")) {
                    chars += line.replaceAll("\\s", "").length();
                }
            }
            if (chars < min) {
                empty.add(i + 1);
            }
        }
        return empty;
    }

    /**
     * Pages after the cover that are filled to less than {@code share} of their height with text (drawings do
     * not count) and are not followed by a page whose first line starts a chapter (one of {@code chapters}).
     */
    List<Integer> underfilledPages(double share, List<String> chapters) {
        List<Integer> under = new ArrayList<>();
        for (int i = 1; i < pages.size(); i++) {
            if (fill.get(i) >= share) {
                continue;
            }
            String next = i + 1 < pages.size() ? firstLine(pages.get(i + 1)) : null;
            boolean chapterFollows = next == null || chapters.stream().anyMatch(next::startsWith);
            if (!chapterFollows) {
                under.add(i + 1);
            }
        }
        return under;
    }

    /** The first line of a page's own text, without the running header and footer. */
    static String firstLine(String page) {
        for (String line : page.split("\\R")) {
            String l = line.strip();
            if (!l.isEmpty() && !l.matches("Maakscan( (Pagina|Page) \\d+ (van|of) \\d+)?")
                    && !l.matches(".*\u00b7 (Adviesrapport productie-innovatie|Production innovation advice report)")) {
                return l;
            }
        }
        return "";
    }

    String page(int number) {
        return flat(pages.get(number - 1));
    }

    String all() {
        return flat(String.join(" ", pages));
    }

    /**
     * Lines joined with spaces, words hyphenated at a line end joined again (a lower-case letter, a hyphen at
     * the end of the line and a lower-case letter on the next) and ligatures (fi, fl) split, so that wrapped
     * phrases can be found.
     */
    static String flat(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC)
                .replaceAll("(\\p{Ll})-\\R(\\p{Ll})", "$1$2").replaceAll("\\s+", " ");
    }
}
