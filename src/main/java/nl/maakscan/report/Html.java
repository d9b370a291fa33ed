package nl.maakscan.report;

import java.util.List;

/**
 * A tiny XHTML writer: elements with attributes and escaped text. Text from users (names, notes) may hold
 * any character; characters that XML cannot carry are dropped, everything else is kept for the fonts.
 */
final class Html {

    private final StringBuilder s = new StringBuilder(64 * 1024);

    /** Opens {@code tag} with attributes given as name, value pairs (a null value leaves the attribute out). */
    Html open(String tag, String... attributes) {
        s.append('<').append(tag);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                s.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
            }
        }
        s.append('>');
        return this;
    }

    Html close(String tag) {
        s.append("</").append(tag).append('>');
        return this;
    }

    /** An element holding only text. */
    Html el(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    /** An element without content, such as {@code <img/>}. */
    Html empty(String tag, String... attributes) {
        open(tag, attributes);
        s.setLength(s.length() - 1);
        s.append("/>");
        return this;
    }

    /**
     * A header cell of a table: its text, its class (null for none) and whether it heads a column ({@code scope="col"};
     * false for a cell without a heading, such as the bar column of a comparison).
     */
    record Th(String text, String cssClass, boolean column) {

        static Th of(String text) {
            return new Th(text, null, true);
        }

        static Th of(String text, String cssClass) {
            return new Th(text, cssClass, true);
        }
    }

    /** Opens a table of {@code tableClass} with one header row of {@code header} cells, and opens its body. */
    Html table(String tableClass, List<Th> header) {
        open("table", "class", tableClass).open("thead").open("tr");
        for (Th th : header) {
            el("th", th.text(), "scope", th.column() ? "col" : null, "class", th.cssClass());
        }
        return close("tr").close("thead").open("tbody");
    }

    /** A table row with a row header and a value. */
    Html row(String label, String value) {
        return open("tr").el("th", label, "scope", "row").el("td", value).close("tr");
    }

    Html text(String text) {
        s.append(escape(text == null ? "" : text));
        return this;
    }

    Html raw(String markup) {
        s.append(markup);
        return this;
    }

    @Override
    public String toString() {
        return s.toString();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (allowedInXml(c)) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }

    private static boolean allowedInXml(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
