package nl.maakscan.report;

import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.pdfboxout.PdfBoxFSFont;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver;
import com.openhtmltopdf.pdfboxout.PdfBoxTextRenderer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Remembered text widths are the widths PDFBox measures, per font and size, in any later document. */
class TextWidthsTest {

    private static final List<String> TEXTS = List.of("Digitalisering", "Kleinschaligheids­investeringsaftrek",
            "ERP", "Één plan, € 4.800", "ŁÓDŹ İstanbul", " ");

    private static PdfBoxFSFont font(PDDocument doc, String file, int weight, float size) throws IOException {
        PdfBoxFontResolver.FontDescription d = new PdfBoxFontResolver.FontDescription(
                PDType0Font.load(doc, Fonts.open(file), true), IdentValue.NORMAL, weight);
        return new PdfBoxFSFont(List.of(d), size);
    }

    @Test
    void aRememberedWidthIsTheWidthMeasuredAnewInAnotherDocument() throws IOException {
        TextWidths widths = new TextWidths();
        try (PDDocument first = new PDDocument()) {
            PdfBoxFSFont regular = font(first, Fonts.REGULAR, 400, 11f);
            for (String text : TEXTS) {
                widths.getWidth(null, regular, text);
            }
        }
        try (PDDocument second = new PDDocument()) {
            PdfBoxFSFont regular = font(second, Fonts.REGULAR, 400, 11f);
            PdfBoxFSFont bold = font(second, Fonts.BOLD, 700, 11f);
            PdfBoxFSFont larger = font(second, Fonts.REGULAR, 400, 16f);
            PdfBoxTextRenderer plain = new PdfBoxTextRenderer();
            TextWidths again = new TextWidths();
            for (String text : TEXTS) {
                assertThat(again.getWidth(null, regular, text)).as(text).isEqualTo(plain.getWidth(null, regular, text));
                assertThat(again.getWidth(null, bold, text)).as(text).isEqualTo(plain.getWidth(null, bold, text));
                assertThat(again.getWidth(null, larger, text)).as(text).isEqualTo(plain.getWidth(null, larger, text));
            }
            assertThat(again.getWidth(null, bold, "Digitalisering"))
                    .isGreaterThan(again.getWidth(null, regular, "Digitalisering"));
            assertThat(again.getWidth(null, larger, "Digitalisering"))
                    .isGreaterThan(again.getWidth(null, regular, "Digitalisering"));
        }
        assertThat(TextWidths.remembered()).isGreaterThanOrEqualTo(3 * TEXTS.size());
    }
}
