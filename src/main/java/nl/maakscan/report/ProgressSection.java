package nl.maakscan.report;

import nl.maakscan.advice.DimensionScore;
import nl.maakscan.model.Dimension;
import nl.maakscan.report.Html.Th;

import java.util.List;

/** The change per dimension since the previous assessment; nothing when there is none. */
final class ProgressSection {

    /** Bar length for a change of one level. */
    private static final double MM_PER_LEVEL = 12;

    /** Changes above this many levels draw a full-length bar (the bar column is 40 mm). */
    private static final double MAX_BAR_LEVELS = 3;

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
                c.texts.date(prev.date())));
        h.table("grid progress", List.of(Th.of(c.t("summary.dimension")), Th.of(c.t("progress.before"), "level"),
                Th.of(c.t("progress.now"), "level"), Th.of(c.t("progress.change"), "change"),
                new Th("", "bars", false)));
        for (Dimension d : c.q.maturityDimensions()) {
            row(h, d.name().get(c.lang), prev.scores().dimension(d.id()).map(DimensionScore::level).orElse(null),
                    c.score(d.id()).level(), null);
        }
        row(h, c.t("progress.overall"), prev.scores().overallLevel(), c.in.advice().scores().overallLevel(), "total");
        h.close("tbody").close("table");
    }

    /** One row: the levels before and now, the change in figures and as a drawn bar (green up, red down). */
    private void row(Html h, String name, Double before, Double now, String cls) {
        h.open("tr", "class", cls).el("td", name).el("td", c.level(before), "class", "num")
                .el("td", c.level(now), "class", "num").el("td", change(before, now), "class", "num")
                .open("td", "class", "bars");
        if (before != null && now != null && Math.abs(now - before) >= 0.05) {
            double width = Math.min(MAX_BAR_LEVELS, Math.abs(now - before)) * MM_PER_LEVEL;
            h.el("span", "\u00a0", "class", now > before ? "delta up" : "delta down", "style",
                    String.format(java.util.Locale.ROOT, "width: %.1fmm", width));
        }
        h.close("td").close("tr");
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
