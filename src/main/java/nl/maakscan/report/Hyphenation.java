package nl.maakscan.report;

import com.openhtmltopdf.extend.Hyphenator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Hyphenation by language with Liang's algorithm and the Dutch or British English TeX patterns
 * ({@code hyphenation/*.dic}, see the README there): puts soft hyphens where a word may break, so that the
 * renderer breaks long words ("Kleinschaligheids-investeringsaftrek") at a syllable instead of anywhere.
 * Words shorter than {@value #MIN_WORD} letters, words in capitals (CNC, ERP) and web addresses are left whole.
 */
final class Hyphenation implements Hyphenator {

    static final char SOFT_HYPHEN = '\u00ad';
    private static final int MIN_WORD = 8;
    private static final int LEFT = 2;
    private static final int RIGHT = 3;

    private static final Map<String, Hyphenation> LOADED = new ConcurrentHashMap<>();

    /** At most this many hyphenated words are remembered (a report has a few thousand distinct words). */
    static final int REMEMBERED = 50_000;

    private final Map<String, int[]> patterns;
    private final int longest;
    /** Words hyphenated before, in this program run: most words come back in every report (shared by threads). */
    private final Map<String, String> remembered = new ConcurrentHashMap<>();

    private Hyphenation(Map<String, int[]> patterns) {
        this.patterns = patterns;
        this.longest = patterns.keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    /** The hyphenation of {@code nl} or {@code en}, loaded once. */
    static Hyphenation of(String language) {
        return LOADED.computeIfAbsent("en".equals(language) ? "en" : "nl",
                l -> load(l.equals("en") ? "hyph_en_GB.dic" : "hyph_nl_NL.dic"));
    }

    @Override
    public String hyphenateText(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        int i = 0;
        while (i < text.length()) {
            int end = i;
            while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
                end++;
            }
            String token = text.substring(i, end);
            out.append(token.contains("/") || token.contains("@") || token.contains("www.") ? token : token(token));
            while (end < text.length() && Character.isWhitespace(text.charAt(end))) {
                out.append(text.charAt(end++));
            }
            i = end;
        }
        return out.toString();
    }

    /** A token between spaces with every run of letters in it hyphenated. */
    private String token(String token) {
        StringBuilder out = new StringBuilder(token.length() + 8);
        int i = 0;
        while (i < token.length()) {
            int end = i;
            while (end < token.length() && Character.isLetter(token.charAt(end))) {
                end++;
            }
            if (end > i) {
                out.append(word(token.substring(i, end)));
                i = end;
            } else {
                out.append(token.charAt(i++));
            }
        }
        return out.toString();
    }

    /** One word with soft hyphens at the breaks the patterns allow. */
    String word(String word) {
        if (word.length() < MIN_WORD) {
            return word;
        }
        String known = remembered.get(word);
        if (known != null) {
            return known;
        }
        String hyphenated = hyphenate(word);
        if (remembered.size() < REMEMBERED) {
            remembered.put(word, hyphenated);
        }
        return hyphenated;
    }

    private String hyphenate(String word) {
        if (word.chars().skip(1).anyMatch(Character::isUpperCase)) {
            return word;
        }
        String dotted = "." + word.toLowerCase(Locale.ROOT) + ".";
        if (dotted.length() != word.length() + 2) {
            return word;  // lower case changed the length (a rare letter): leave the word whole
        }
        int[] points = new int[dotted.length() + 1];
        for (int i = 0; i < dotted.length(); i++) {
            for (int j = i + 1; j <= Math.min(dotted.length(), i + longest); j++) {
                int[] values = patterns.get(dotted.substring(i, j));
                if (values != null) {
                    for (int k = 0; k < values.length; k++) {
                        points[i + k] = Math.max(points[i + k], values[k]);
                    }
                }
            }
        }
        StringBuilder out = new StringBuilder(word.length() + 6);
        for (int m = 0; m < word.length(); m++) {
            if (m >= LEFT && word.length() - m >= RIGHT && points[m + 1] % 2 == 1) {
                out.append(SOFT_HYPHEN);
            }
            out.append(word.charAt(m));
        }
        return out.toString();
    }

    private static Hyphenation load(String file) {
        Map<String, int[]> patterns = new HashMap<>();
        try (InputStream in = Hyphenation.class.getResourceAsStream("hyphenation/" + file)) {
            if (in == null) {
                throw new IllegalStateException("hyphenation patterns missing from the program: " + file);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("%") || line.contains("/") || line.equals("UTF-8")
                        || Character.isUpperCase(line.charAt(0))) {
                    continue;  // comments, the encoding, settings and non-standard patterns
                }
                pattern(line, patterns);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Hyphenation(patterns);
    }

    /** "aa1t5" becomes "aat" with the values 0 0 1 5 (one more value than letters). */
    private static void pattern(String line, Map<String, int[]> patterns) {
        StringBuilder letters = new StringBuilder();
        int[] values = new int[line.length() + 1];
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch >= '0' && ch <= '9') {
                values[letters.length()] = ch - '0';
            } else {
                letters.append(ch);
            }
        }
        int[] trimmed = new int[letters.length() + 1];
        System.arraycopy(values, 0, trimmed, 0, trimmed.length);
        patterns.put(letters.toString(), trimmed);
    }
}
