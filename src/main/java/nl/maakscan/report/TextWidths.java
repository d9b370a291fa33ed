package nl.maakscan.report;

import com.openhtmltopdf.extend.FontContext;
import com.openhtmltopdf.pdfboxout.PdfBoxFSFont;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver;
import com.openhtmltopdf.pdfboxout.PdfBoxTextRenderer;
import com.openhtmltopdf.render.FSFont;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The layout's text measuring with a memory: the width of a piece of text in a font at a size, remembered for the
 * program run. Layout measures the same words many times (each table column's narrowest and widest content,
 * every line break tried), and most texts come back in every report (questions, levels, headings); PDFBox
 * measures a text code by code, which was a fifth of a warm report's time (docs/decisions/0008). The widths are
 * the same as measured anew: the fonts are the program's own, the same in every report, and a font is named by
 * its family, weight, style and size. Shared by the batch's threads; drawing still goes through PDFBox.
 */
final class TextWidths extends PdfBoxTextRenderer {

    /**
     * At most this many widths are remembered, of texts of at most {@link #LONGEST} characters: a few megabytes.
     * Words and short runs are what comes back; a batch of 1,000 reports that remembered 200,000 texts of any
     * length kept 50 MB more of its 256 MB heap in use, and its collector worked more than the measuring saved.
     */
    static final int REMEMBERED = 20_000;

    /** Longer texts (whole lines of a company's own words) are measured each time. */
    static final int LONGEST = 48;

    private static final Map<Key, Integer> WIDTHS = new ConcurrentHashMap<>();

    /**
     * The names of this report's font descriptions (a handful; one renderer, one thread). Layout makes a new
     * font object for every styled piece of text, but they share these descriptions.
     */
    private final Map<PdfBoxFontResolver.FontDescription, String> names = new java.util.IdentityHashMap<>();

    /** A text in one font at one size; the font as its descriptions (family, weight, style) name it. */
    private record Key(String font, float size, String text) {
    }

    @Override
    public int getWidth(FontContext context, FSFont font, String text) {
        if (!(font instanceof PdfBoxFSFont f) || text.length() > LONGEST) {
            return super.getWidth(context, font, text);
        }
        Key key = new Key(name(f), f.getSize2D(), text);
        Integer known = WIDTHS.get(key);
        if (known != null) {
            return known;
        }
        int width = super.getWidth(context, font, text);
        if (WIDTHS.size() < REMEMBERED) {
            WIDTHS.put(key, width);
        }
        return width;
    }

    private String name(PdfBoxFSFont font) {
        java.util.List<PdfBoxFontResolver.FontDescription> descriptions = font.getFontDescriptions();
        if (descriptions.size() == 1) {
            return name(descriptions.get(0));
        }
        StringBuilder s = new StringBuilder();
        for (PdfBoxFontResolver.FontDescription d : descriptions) {
            s.append(name(d));
        }
        return s.toString();
    }

    private String name(PdfBoxFontResolver.FontDescription d) {
        String known = names.get(d);
        if (known == null) {
            known = d.getFamily() + '/' + d.getWeight() + '/' + d.getStyle() + ';';
            names.put(d, known);
        }
        return known;
    }

    /** How many widths are remembered now (for tests). */
    static int remembered() {
        return WIDTHS.size();
    }
}
