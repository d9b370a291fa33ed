package nl.maakscan.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import nl.maakscan.programme.ProgrammeOverview;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;

/**
 * The programme overview as a one-page PDF for the funder: PDF/A-3a, tagged (PDF/UA), with the report's
 * embedded DejaVu fonts. Long lists are cut to what fits one A4 page ({@link ProgrammePage}); the command's
 * JSON and CSV carry every figure.
 */
public final class ProgrammeReport {

    private ProgrammeReport() {
    }

    /** Writes the PDF to a stream (the caller closes it and writes it to a file atomically). */
    public static void write(ProgrammeOverview overview, String language, LocalDate date, OutputStream out)
            throws IOException {
        String html = ProgrammePage.html(overview, new Texts(language), date);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_A);
        builder.usePdfUaAccessibility(true);
        builder.useColorProfile(ReportGenerator.srgb());
        builder.useReplacementText(ReportGenerator.REPLACEMENT);
        ReportGenerator.font(builder, Fonts.REGULAR, 400, FontStyle.NORMAL);
        ReportGenerator.font(builder, Fonts.BOLD, 700, FontStyle.NORMAL);
        ReportGenerator.font(builder, Fonts.OBLIQUE, 400, FontStyle.ITALIC);
        builder.withProducer("Maakscan");
        builder.withHtmlContent(html, null);
        builder.toStream(out);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.layout();
            renderer.createPDF();
        }
    }
}
