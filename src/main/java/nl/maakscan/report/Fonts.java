package nl.maakscan.report;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The DejaVu fonts shipped in the program, read without their glyph substitution table (GSUB). PDFBox applies
 * that table's ligatures (fi, fl) when it writes text, and the text layer then holds ligature characters
 * ("ﬁnanciering") that copy and search badly; without the table every letter stays its own glyph.
 */
final class Fonts {

    static final String REGULAR = "DejaVuSans.ttf";
    static final String BOLD = "DejaVuSans-Bold.ttf";
    static final String OBLIQUE = "DejaVuSans-Oblique.ttf";

    private Fonts() {
    }

    /** The three fonts' bytes, read and prepared once per program run: every report reads them again. */
    private static final Map<String, byte[]> PREPARED = new ConcurrentHashMap<>();

    /**
     * The three fonts parsed, one set per thread, kept for the thread's life: a parsed font reads its tables from
     * one buffer as it goes, so it is not shared between threads, but a report is made on one thread, and the next
     * report on that thread (the window's, a batch worker's) uses the same parsed fonts instead of parsing them
     * again (decision 0008, fifth round: about 19 of the 150 MB a report allocated).
     */
    private static final ThreadLocal<Map<String, TrueTypeFont>> PARSED = ThreadLocal.withInitial(java.util.HashMap::new);

    /** A font of the program parsed for this thread; a document that uses it does not close it. */
    static TrueTypeFont parsed(String file) throws IOException {
        Map<String, TrueTypeFont> mine = PARSED.get();
        TrueTypeFont font = mine.get(file);
        if (font == null) {
            font = new TTFParser().parse(new RandomAccessReadBuffer(PREPARED.computeIfAbsent(file, Fonts::read)));
            mine.put(file, font);
        }
        return font;
    }

    /** A font file from the program, ready for the report. */
    static InputStream open(String file) {
        return new ByteArrayInputStream(PREPARED.computeIfAbsent(file, Fonts::read));
    }

    private static byte[] read(String file) {
        try (InputStream in = Fonts.class.getResourceAsStream("fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the program: " + file);
            }
            return withoutSubstitutions(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The TrueType font with its GSUB table renamed to a tag no reader knows ({@code GSUx}, which sorts in the
     * same place), so that it is ignored; the embedded subsets never carry that table anyway.
     */
    static byte[] withoutSubstitutions(byte[] ttf) {
        ByteBuffer b = ByteBuffer.wrap(ttf);
        int tables = Short.toUnsignedInt(b.getShort(4));
        for (int i = 0; i < tables; i++) {
            int at = 12 + 16 * i;
            if (at + 4 <= ttf.length
                    && new String(ttf, at, 4, StandardCharsets.ISO_8859_1).equals("GSUB")) {
                ttf[at + 3] = 'x';
            }
        }
        return ttf;
    }
}
