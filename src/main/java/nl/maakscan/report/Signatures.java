package nl.maakscan.report;

/**
 * The signature block of a final report: the adviser and the company's owner each sign, with the date and
 * place left to fill in by hand.
 */
final class Signatures {

    private final ReportContext c;

    Signatures(ReportContext c) {
        this.c = c;
    }

    void write(Html h) {
        var assessor = c.in.assessor();
        var company = c.in.company();
        String adviser = Cover.join(Cover.nonEmpty(assessor.name(), c.in.assessment().assessor()),
                assessor.organisation());
        String owner = Cover.join(company.contact(), company.name());
        h.open("div", "class", "signatures");
        h.el("h2", c.t("signature.title"));
        h.open("table", "class", "signatures").open("thead").open("tr")
                .el("th", c.t("signature.adviser"), "scope", "col")
                .el("th", c.t("signature.owner"), "scope", "col")
                .close("tr").close("thead").open("tbody");
        line(h, c.t("signature.name"), adviser, owner);
        line(h, c.t("signature.date"), null, null);
        line(h, c.t("signature.place"), null, null);
        line(h, c.t("signature.sign"), null, null);
        h.close("tbody").close("table").close("div");
    }

    /** One line of both columns: a label and what is known, or room to write. */
    private static void line(Html h, String label, String adviser, String owner) {
        h.open("tr");
        for (String value : new String[] {adviser, owner}) {
            h.open("td", "class", value == null ? "sign blank" : "sign").el("span", label, "class", "label")
                    .empty("br").text(value == null ? "\u00a0" : value).close("td");
        }
        h.close("tr");
    }
}
