package nl.maakscan.report;

import nl.maakscan.advice.DimensionScore;
import nl.maakscan.model.Dimension;

/** The change per dimension since the previous assessment; nothing when there is none. */
final class ProgressSection {

    private final ReportContext c;

    ProgressSection(ReportContext c) {
        this.c = c;
    }

    void write(Html h) {
        ReportInput.Previous prev = c.in.previous();
        if (prev == null) {
            return;
        }
        h.el("h1", c.t("progress.title"), "id", "progress");
        h.el("p", c.t("progress.intro", prev.label() == null ? "-" : prev.label(),
                prev.date() == null ? "-" : prev.date()));
        h.open("table", "class", "grid");
        h.open("thead").open("tr").el("th", c.t("summary.dimension"), "scope", "col")
                .el("th", c.t("progress.before"), "scope", "col").el("th", c.t("progress.now"), "scope", "col")
                .el("th", c.t("progress.change"), "scope", "col").close("tr").close("thead").open("tbody");
        for (Dimension d : c.q.dimensions()) {
            Double before = prev.scores().dimension(d.id()).map(DimensionScore::level).orElse(null);
            Double now = c.score(d.id()).level();
            h.open("tr").el("td", d.name().get(c.lang)).el("td", c.level(before), "class", "num")
                    .el("td", c.level(now), "class", "num").el("td", change(before, now), "class", "num")
                    .close("tr");
        }
        Double before = prev.scores().overallLevel();
        Double now = c.in.advice().scores().overallLevel();
        h.open("tr", "class", "total").el("td", c.t("progress.overall")).el("td", c.level(before), "class", "num")
                .el("td", c.level(now), "class", "num").el("td", change(before, now), "class", "num").close("tr");
        h.close("tbody").close("table");
    }

    private String change(Double before, Double now) {
        if (before == null || now == null) {
            return "-";
        }
        double d = now - before;
        String arrow = Math.abs(d) < 0.05 ? "=" : d > 0 ? "\u25b2" : "\u25bc";
        return arrow + " " + (d > 0 ? "+" : "") + c.texts.num(d, 1);
    }
}
