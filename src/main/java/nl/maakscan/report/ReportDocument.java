package nl.maakscan.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The whole report as one XHTML document: head (title, metadata, bookmarks, style) and every section. */
final class ReportDocument {

    /** The report's stylesheet (without the page footer, which is in the report's language). */
    static final String CSS = resource("report.css");

    /** The longest company name the running header shows in full, so that it stays on one line. */
    private static final int HEADER_NAME = 70;

    private ReportDocument() {
    }

    static String html(ReportContext c) {
        Html h = new Html();
        String company = Cover.name(c.in.company());
        String title = c.t("meta.title", company);
        h.raw("<!DOCTYPE html>\n");
        h.open("html", "xmlns", "http://www.w3.org/1999/xhtml", "lang", c.lang, "xml:lang", c.lang);
        h.open("head");
        h.el("title", title);
        h.empty("meta", "name", "author", "content", author(c));
        h.empty("meta", "name", "subject", "content", c.t("meta.subject", c.q.title().get(c.lang), c.q.version()));
        h.empty("meta", "name", "keywords", "content", c.t("meta.keywords"));
        h.el("style", CSS + pageCss(c));
        bookmarks(h, c);
        h.close("head");
        h.open("body");
        h.open("div", "id", "header").text(c.t("header", shorten(company, HEADER_NAME),
                c.in.assessment().label() == null ? "" : shorten(c.in.assessment().label(), 20))).close("div");
        new Cover(c).write(h);
        new Summary(c).write(h);
        new ContextSection(c).write(h);
        new DimensionSections(c).write(h);
        new TechnologySection(c).write(h);
        new PlanSection(c).write(h);
        new ProgressSection(c).write(h);
        new PeerSection(c).write(h);
        new FollowUpSection(c).write(h);
        new Appendices(c).write(h);
        h.close("body").close("html");
        return h.toString();
    }

    /** A text cut to at most {@code max} characters (whole code points), with an ellipsis when cut. */
    static String shorten(String text, int max) {
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max - 1)) + "\u2026";
    }

    private static String author(ReportContext c) {
        var a = c.in.assessor();
        String name = a.name() != null && !a.name().isBlank() ? a.name() : c.in.assessment().assessor();
        if (a.organisation() != null && !a.organisation().isBlank()) {
            name = name == null || name.isBlank() ? a.organisation() : name + ", " + a.organisation();
        }
        return name == null || name.isBlank() ? "Maakscan" : name;
    }

    private static void bookmarks(Html h, ReportContext c) {
        h.open("bookmarks");
        for (Cover.Section s : new Cover(c).sections()) {
            h.open("bookmark", "name", s.title(), "href", "#" + s.anchor());
            for (Cover.Section sub : s.children()) {
                h.empty("bookmark", "name", sub.title(), "href", "#" + sub.anchor());
            }
            h.close("bookmark");
        }
        h.close("bookmarks");
    }

    /** The page-number footer in the report's language. */
    private static String pageCss(ReportContext c) {
        return "\n@page { @bottom-right { font-family: 'DejaVu Sans'; font-size: 7.5pt; color: #666666; "
                + "content: \"" + c.t("page.page") + " \" counter(page) \" " + c.t("page.of")
                + " \" counter(pages); } }\n@page :first { @bottom-right { content: none; } "
                + "@top-left { content: none; } }\n";
    }

    private static String resource(String name) {
        try (InputStream in = ReportDocument.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
