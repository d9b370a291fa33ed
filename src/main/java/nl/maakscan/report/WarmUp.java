package nl.maakscan.report;

/**
 * The one-page document {@link ReportGenerator#warmUp} lays out and throws away: the report's stylesheet and one
 * of each kind of element the report is made of (running header, headings, paragraphs with words to hyphenate,
 * lists, a table with a header and number cells, contents with leaders, bold and italic text), so that the
 * first real report finds the layout engine's classes loaded and its code compiled. Never shown or saved.
 */
final class WarmUp {

    private WarmUp() {
    }

    static String html(String language) {
        String words = "Productiviteitsverbetering met bestaande productietechnologie: kantbankautomatisering, "
                + "machinebewaking en digitale werkinstructies in de metaalbewerking. ";
        Html h = new Html();
        h.raw("<!DOCTYPE html>\n");
        h.open("html", "xmlns", "http://www.w3.org/1999/xhtml", "lang", language, "xml:lang", language);
        h.open("head").el("title", "-").el("style", ReportDocument.CSS
                + "\n@page { @bottom-right { content: counter(page) \" / \" counter(pages); } }\n").close("head");
        h.open("body");
        h.open("div", "id", "header").text("-").close("div");
        h.open("div", "class", "toc").open("p", "class", "toc1").el("a", "-", "href", "#a").close("p").close("div");
        h.open("h1", "id", "a").text("Samenvatting").close("h1");
        h.open("p", "class", "lead").text(words).close("p");
        h.open("p").text(words.repeat(4)).open("b").text(words).close("b").open("i").text(words).close("i").close("p");
        h.open("h2").text("Aanbevelingen").close("h2");
        h.open("ol");
        for (int i = 0; i < 3; i++) {
            h.el("li", words);
        }
        h.close("ol");
        h.open("table", "class", "grid").open("thead").open("tr");
        for (String head : new String[] {"Technologie", "Niveau", "Dagen", "Bedrag"}) {
            h.el("th", head);
        }
        h.close("tr").close("thead").open("tbody");
        for (int i = 0; i < 6; i++) {
            h.open("tr").el("td", words).el("td", "2 → 3").open("td", "class", "num").text("12").close("td")
                    .open("td", "class", "num").text("€ 25.000").close("td").close("tr");
        }
        h.close("tbody").close("table");
        h.open("ul").el("li", words).el("li", words).close("ul");
        h.close("body").close("html");
        return h.toString();
    }
}
