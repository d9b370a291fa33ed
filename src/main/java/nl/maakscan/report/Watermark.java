package nl.maakscan.report;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;

/**
 * The CONCEPT mark of a draft report: one large, light, diagonal word over every page. It is marked as an
 * artifact (not part of the document's structure), so that screen readers skip it and PDF/UA holds.
 */
final class Watermark {

    private static final float SIZE = 110;
    private static final float OPACITY = 0.13f;
    private static final Color COLOUR = new Color(0xc0, 0x39, 0x2b);

    private Watermark() {
    }

    static void mark(PDDocument doc, String word, InputStream font) throws IOException {
        PDType0Font f;
        try (font) {
            f = PDType0Font.load(doc, font, true);
        }
        PDExtendedGraphicsState light = new PDExtendedGraphicsState();
        light.setNonStrokingAlphaConstant(OPACITY);
        float width = f.getStringWidth(word) / 1000 * SIZE;
        float height = f.getFontDescriptor().getCapHeight() / 1000 * SIZE;
        for (PDPage page : doc.getPages()) {
            PDRectangle box = page.getMediaBox();
            double angle = Math.atan2(box.getHeight(), box.getWidth());
            Matrix m = Matrix.getRotateInstance(angle, box.getLowerLeftX() + box.getWidth() / 2,
                    box.getLowerLeftY() + box.getHeight() / 2);
            m.translate(-width / 2, -height / 2);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND,
                    true, true)) {
                cs.beginMarkedContent(COSName.ARTIFACT);
                cs.saveGraphicsState();
                cs.setGraphicsStateParameters(light);
                cs.setNonStrokingColor(COLOUR);
                cs.beginText();
                cs.setFont(f, SIZE);
                cs.setTextMatrix(m);
                cs.showText(word);
                cs.endText();
                cs.restoreGraphicsState();
                cs.endMarkedContent();
            }
        }
    }
}
