package nl.maakscan.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Makes the PDF advice report: PDF/A-3a, tagged (PDF/UA), with embedded DejaVu fonts, bookmarks, a linked
 * table of contents, page x of y, and the assessment's bundle JSON as an associated file.
 *
 * <p>Usage, e.g. from a background task:
 * <pre>{@code
 * ReportInput in = new ReportInput(questionnaire, assessment, company, Advice.of(questionnaire, assessment, company),
 *         previousOrNull, new ReportInput.Assessor(name, organisation, logoOrNull), "nl", bundleJson, LocalDate.now(),
 *         info.status());
 * ReportGenerator.write(in, Path.of("rapport.pdf"), (done, total) -> updateProgress(done, total));
 * }</pre>
 */
public final class ReportGenerator {

    /** The number of progress steps {@link #write} reports. */
    public static final int STEPS = 5;

    /** The font family the report uses; characters it lacks show as {@link #REPLACEMENT}. */
    static final String FONT = "DejaVu Sans";

    /** What a character that no shipped font has looks like in the report. */
    static final String REPLACEMENT = "\u25a1";

    static {
        XRLog.setLoggingEnabled(Boolean.getBoolean("maakscan.report.log"));
    }

    /** The sRGB output intent, the same bytes for every report: made once (it costs a colour-system start). */
    private static volatile byte[] srgb;

    private ReportGenerator() {
    }

    /**
     * Writes the report for {@code input} to {@code target}: first to a new owner-only temporary file next to
     * it, then moved into place, so that {@code target} is either the old file or the complete new one, and
     * readable by its owner only, as it holds the company's answers. Replaces what is there; the program's
     * commands and window check the target first and write through the store's {@code AtomicFiles} with
     * {@link #write(ReportInput, OutputStream, Progress)} instead. Not thread-bound; call it off the
     * user-interface thread.
     *
     * @param progress told after each of {@link #STEPS} steps
     * @throws IOException when the file cannot be written
     */
    public static void write(ReportInput input, Path target, Progress progress) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (absolute.getParent() != null) {
            Files.createDirectories(absolute.getParent());
        }
        Path tmp = absolute.resolveSibling("." + absolute.getFileName() + "." + java.util.UUID.randomUUID() + ".part");
        try {
            if (java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(tmp, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                        java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(tmp);
            }
            try (OutputStream out = Files.newOutputStream(tmp, java.nio.file.StandardOpenOption.WRITE)) {
                write(input, out, progress);
            }
            Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            progress.step(STEPS, STEPS);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Writes the report to a stream (the caller closes it); reports steps 1 to {@link #STEPS} - 1: content,
     * layout, pages drawn, file saved.
     */
    public static void write(ReportInput input, OutputStream out, Progress progress) throws IOException {
        ReportContext context = new ReportContext(input);
        String html = ReportDocument.html(context);
        render(input, context, html, out, progress);
    }

    /**
     * The report's XHTML, exactly as it is laid out (paged-media CSS included): for comparing the layout with
     * other HTML-to-PDF programs on the same content. The logo, if any, is referred to relative to its folder.
     */
    public static String xhtml(ReportInput input) {
        return ReportDocument.html(new ReportContext(input));
    }

    /**
     * Starts, on a background thread, what the first report of a program run would otherwise do first: loading
     * the layout engine and PDFBox (their classes, the fonts, the hyphenation patterns of {@code language}, the
     * colour profile) by making a one-page report of a few lines, which is thrown away. A single {@code report}
     * command calls it before it reads the assessment, so that both happen at once on two cores (decision 0008,
     * fifth round). Returns at once; calling it again does nothing.
     */
    public static void warmUp(String language) {
        if (warming.compareAndSet(false, true)) {
            Thread thread = new Thread(() -> {
                try (PDDocument doc = new PDDocument();
                        PdfBoxRenderer renderer = builder(WarmUp.html(language), null, doc).buildPdfRenderer()) {
                    prepare(renderer, language);
                    renderer.layout();
                    renderer.createPDFKeepOpen();
                    doc.save(OutputStream.nullOutputStream());
                } catch (IOException | RuntimeException e) {
                    // only a head start: the report itself says what is wrong, if anything is
                }
            }, "report-warm-up");
            thread.setDaemon(true);
            thread.start();
        }
    }

    private static final java.util.concurrent.atomic.AtomicBoolean warming = new java.util.concurrent.atomic.AtomicBoolean();

    /**
     * The renderer's settings, writing into {@code doc}: made here, not by the renderer, so that the fonts can be
     * this thread's parsed ones ({@link Fonts#parsed}), loaded into the document as subsets.
     */
    private static PdfRendererBuilder builder(String html, String baseUri, PDDocument doc) throws IOException {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.usePDDocument(doc);
        builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_A);
        builder.usePdfUaAccessibility(true);
        builder.useColorProfile(srgb());
        builder.useReplacementText(REPLACEMENT);
        font(builder, doc, Fonts.REGULAR, 400, FontStyle.NORMAL);
        font(builder, doc, Fonts.BOLD, 700, FontStyle.NORMAL);
        font(builder, doc, Fonts.OBLIQUE, 400, FontStyle.ITALIC);
        builder.useObjectDrawerFactory(RadarChart.factory());
        builder.withProducer("Maakscan");
        builder.withHtmlContent(html, baseUri);
        return builder;
    }

    private static void prepare(PdfBoxRenderer renderer, String language) {
        renderer.getSharedContext().setHyphenator(Hyphenation.of(language));
        renderer.getSharedContext().setTextRenderer(new TextWidths());
    }

    private static void render(ReportInput input, ReportContext context, String html, OutputStream out,
            Progress progress) throws IOException {
        progress.step(1, STEPS);
        try (PDDocument doc = new PDDocument();
                PdfBoxRenderer renderer = builder(html, baseUri(input), doc).buildPdfRenderer()) {
            prepare(renderer, input.language());
            renderer.layout();
            progress.step(2, STEPS);
            renderer.createPDFKeepOpen();
            progress.step(3, STEPS);
            if (input.draft()) {
                Watermark.mark(doc, context.t("watermark"), Fonts.open(Fonts.BOLD));
            }
            if (input.bundle() != null) {
                ReportAttachment.attach(doc, input.bundle(), context.t("meta.attachment"),
                        ReportAttachment.utc(Instant.now()));
            }
            doc.save(out);
        }
        progress.step(4, STEPS);
    }

    static byte[] srgb() {
        byte[] profile = srgb;
        if (profile == null) {
            profile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
            srgb = profile;
        }
        return profile;
    }

    private static String baseUri(ReportInput input) {
        Path logo = input.assessor().logo();
        return logo != null && logo.toAbsolutePath().getParent() != null
                ? logo.toAbsolutePath().getParent().toUri().toString() : null;
    }

    /** A font read by the renderer itself, for a builder without a document of its own (the programme page). */
    static void font(PdfRendererBuilder builder, String file, int weight, FontStyle style) {
        builder.useFont(() -> Fonts.open(file), FONT, weight, style, true);
    }

    private static void font(PdfRendererBuilder builder, PDDocument doc, String file, int weight, FontStyle style)
            throws IOException {
        builder.useFont(new PDFontSupplier(PDType0Font.load(doc, Fonts.parsed(file), true)), FONT, weight, style, true);
    }
}
