package nl.maakscan.report;

import nl.maakscan.advice.DimensionScore;
import nl.maakscan.advice.Phase;
import nl.maakscan.advice.Plan;
import nl.maakscan.advice.Recommendation;
import nl.maakscan.advice.Scores;
import nl.maakscan.model.Dimension;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The one-page management summary: key figures, radar chart, strengths, improvements and first steps. */
final class Summary {

    static final int STRENGTHS = 3;
    static final int IMPROVEMENTS = 5;
    static final int FIRST_STEPS = 3;

    private final ReportContext c;

    Summary(ReportContext c) {
        this.c = c;
    }

    void write(Html h) {
        Scores s = c.in.advice().scores();
        h.open("div", "class", "summary");
        h.el("h1", c.t("summary.title"), "id", "summary");
        h.el("p", c.t("summary.overall", c.level(s.overallLevel()), c.score(s.overallScore()),
                c.texts.num(s.confidence() == null ? null : s.confidence() * 100, 0)), "class", "lead");
        ReportInput.Previous prev = c.in.previous();
        if (prev != null && prev.scores().overallLevel() != null && s.overallLevel() != null) {
            double change = s.overallLevel() - prev.scores().overallLevel();
            h.el("p", c.t("summary.previous", prev.label() == null ? "-" : prev.label(),
                    c.level(prev.scores().overallLevel()), (change > 0 ? "+" : "") + c.texts.num(change, 1)));
        }
        chart(h, s);
        h.open("table", "class", "columns").open("tr");
        h.open("td", "class", "col");
        h.el("h2", c.t("summary.strengths"));
        h.open("ol");
        for (DimensionScore d : strengths(s)) {
            h.el("li", c.t("summary.strength", c.reasons.dimension(d.dimensionId()), c.level(d.level())));
        }
        h.close("ol").close("td");
        h.open("td", "class", "col");
        h.el("h2", c.t("summary.firstSteps"));
        h.open("ol");
        for (Plan.Step step : firstSteps()) {
            h.el("li", c.t("summary.step", c.t("phase." + step.phase().name()),
                    c.reasons.technology(step.technologyId()), c.t("support." + step.supportType().id()),
                    c.days(step.adviserDays())));
        }
        h.close("ol");
        Plan plan = c.in.advice().plan();
        if (!plan.steps().isEmpty()) {
            h.el("p", c.t("summary.planTotal", plan.steps().size(), c.days(plan.totalAdviserDays())), "class", "small");
        }
        h.close("td").close("tr").close("table");
        h.el("h2", c.t("summary.improvements"));
        List<Recommendation> recs = c.in.advice().recommendations();
        if (recs.isEmpty()) {
            h.el("p", c.t("technologies.none"));
        }
        h.open("ol");
        for (Recommendation r : recs.subList(0, Math.min(IMPROVEMENTS, recs.size()))) {
            h.open("li").el("b", r.technology().name().get(c.lang));
            List<String> needs = c.reasons.needs(r);
            if (!needs.isEmpty()) {
                h.text(" \u2013 " + needs.get(0));
            }
            h.close("li");
        }
        h.close("ol");
        h.close("div");
    }

    private void chart(Html h, Scores s) {
        List<Dimension> dims = c.q.maturityDimensions();
        ReportInput.Previous prev = c.in.previous();
        h.open("table", "class", "chart").open("tr").open("td", "class", "radar");
        h.open("object", "type", RadarChart.TYPE, "class", "radar",
                "data-current", values(dims, d -> s.dimension(d.id()).map(DimensionScore::level).orElse(null)),
                "data-target", values(dims, d -> s.dimension(d.id()).map(x -> (double) x.target()).orElse(null)),
                "data-previous", prev == null ? null : values(dims, d -> prev.scores().dimension(d.id())
                        .map(DimensionScore::level).orElse(null)),
                "title", c.t("summary.chartAlt"), "alt", c.t("summary.chartAlt"));
        h.text(c.t("summary.chartAlt"));
        h.close("object");
        h.open("p", "class", "legend");
        legend(h, "current", c.t("summary.legendCurrent"));
        legend(h, "target", c.t("summary.legendTarget"));
        if (prev != null) {
            legend(h, "previous", c.t("summary.legendPrevious", prev.label() == null ? "-" : prev.label()));
        }
        h.close("p");
        h.close("td").open("td", "class", "axes");
        h.open("table", "class", "grid small");
        h.open("thead").open("tr").el("th", "#", "class", "w-nr").el("th", c.t("summary.dimension"))
                .el("th", c.t("summary.level"), "class", "w-num").el("th", c.t("summary.target"), "class", "w-num")
                .close("tr").close("thead").open("tbody");
        int i = 1;
        for (Dimension d : dims) {
            DimensionScore ds = c.score(d.id());
            h.open("tr").el("td", Integer.toString(i++)).open("td")
                    .el("a", d.name().get(c.lang), "href", "#" + ReportContext.dimensionAnchor(d.id()),
                            "title", d.name().get(c.lang))
                    .close("td").el("td", c.level(ds.level()), "class", "num")
                    .el("td", Integer.toString(ds.target()), "class", "num").close("tr");
        }
        h.close("tbody").close("table");
        h.close("td").close("tr").close("table");
    }

    private static void legend(Html h, String kind, String label) {
        h.el("span", "\u00a0\u00a0\u00a0\u00a0", "class", "swatch " + kind).text(" " + label + "   ");
    }

    private static String values(List<Dimension> dims, java.util.function.Function<Dimension, Double> f) {
        return dims.stream().map(f).map(v -> v == null ? "-" : String.format(Locale.ROOT, "%.2f", v))
                .collect(Collectors.joining(" "));
    }

    /** The dimensions with the highest level, best first (ties keep the questionnaire's order). */
    static List<DimensionScore> strengths(Scores s) {
        return s.dimensions().stream().filter(d -> d.level() != null)
                .sorted(Comparator.comparing(DimensionScore::level).reversed()).limit(STRENGTHS).toList();
    }

    /** The first steps of the plan, earliest phase first, in plan order. */
    List<Plan.Step> firstSteps() {
        Plan plan = c.in.advice().plan();
        return java.util.Arrays.stream(Phase.values()).flatMap(p -> plan.steps(p).stream()).limit(FIRST_STEPS)
                .toList();
    }
}
