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
    /** The level from which a dimension counts as a strength: a defined, repeatable way of working. */
    static final int STRONG_LEVEL = 3;
    /** How far above the overall level a dimension must lie to count as relatively strongest. */
    static final double STANDS_OUT = 0.2;
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
        h.el("p", c.t("summary.overall", c.level(s.overallLevel()), c.score(s.overallScore())), "class", "lead");
        h.el("p", answered(s));
        ReportInput.Previous prev = c.in.previous();
        if (prev != null && prev.scores().overallLevel() != null && s.overallLevel() != null) {
            double change = s.overallLevel() - prev.scores().overallLevel();
            h.el("p", c.t("summary.previous", prev.label() == null ? "-" : prev.label(),
                    c.level(prev.scores().overallLevel()), (change > 0 ? "+" : "") + c.texts.num(change, 1)));
        }
        chart(h, s);
        new AdviserConclusions(c).overall(h);
        h.open("table", "class", "columns").open("tr");
        h.open("td", "class", "col");
        List<DimensionScore> strengths = strengths(s);
        boolean strong = !strengths.isEmpty();
        if (!strong) {
            strengths = relativelyStrongest(s);
        }
        h.el("h2", c.t(strong ? "summary.strengths" : "summary.relativelyStrongest"));
        if (!strong) {
            h.el("p", c.t(strengths.isEmpty() ? "summary.noneStands" : "summary.noStrengths", STRONG_LEVEL),
                    "class", "small");
        }
        h.open("ol");
        for (DimensionScore d : strengths) {
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
        String alt = c.t("summary.chartAlt", dims.stream().map(d -> c.t("summary.chartValue", d.name().get(c.lang),
                c.level(c.score(d.id()).level()), c.score(d.id()).target())).collect(Collectors.joining("; ")));
        h.open("div", "class", "chart");
        h.open("object", "type", RadarChart.TYPE, "class", "radar",
                "data-current", values(dims, d -> s.dimension(d.id()).map(DimensionScore::level).orElse(null)),
                "data-target", values(dims, d -> s.dimension(d.id()).map(x -> (double) x.target()).orElse(null)),
                "data-previous", prev == null ? null : values(dims, d -> prev.scores().dimension(d.id())
                        .map(DimensionScore::level).orElse(null)),
                "data-labels", dims.stream().map(d -> d.name().get(c.lang).replace(RadarChart.SEPARATOR, " "))
                        .collect(Collectors.joining(RadarChart.SEPARATOR)),
                "data-figures", dims.stream().map(this::figures).collect(Collectors.joining(RadarChart.SEPARATOR)),
                "title", alt, "alt", alt);
        h.text(alt);
        h.close("object");
        h.open("p", "class", "legend");
        legend(h, "current", c.t("summary.legendCurrent"));
        legend(h, "target", c.t("summary.legendTarget"));
        if (prev != null) {
            legend(h, "previous", c.t("summary.legendPrevious", prev.label() == null ? "-" : prev.label()));
        }
        h.close("p");
        h.close("div");
    }

    /** The figures under an axis label: the topic's level and target, e.g. "1,3 (doel 2)". */
    private String figures(Dimension d) {
        DimensionScore ds = c.score(d.id());
        return c.t("summary.axis", c.level(ds.level()), ds.target());
    }

    /** How complete the answers are, as what it is: the share of the questions that apply answered with a level. */
    private String answered(Scores s) {
        int apply = s.questions() - s.notApplicable();
        return c.t("summary.answered", c.texts.num(s.confidence() == null ? null : s.confidence() * 100, 0),
                s.withLevel(), apply, s.dontKnow(), s.unanswered());
    }

    private static void legend(Html h, String kind, String label) {
        h.el("span", "\u00a0\u00a0\u00a0\u00a0", "class", "swatch " + kind).text(" " + label + "   ");
    }

    private static String values(List<Dimension> dims, java.util.function.Function<Dimension, Double> f) {
        return dims.stream().map(f).map(v -> v == null ? "-" : String.format(Locale.ROOT, "%.2f", v))
                .collect(Collectors.joining(" "));
    }

    /** The dimensions at level {@value #STRONG_LEVEL} or higher, best first (ties keep the questionnaire's order). */
    static List<DimensionScore> strengths(Scores s) {
        return best(s.dimensions().stream().filter(d -> d.level() != null && d.level() >= STRONG_LEVEL).toList());
    }

    /**
     * When no dimension is strong: those above the overall level, best first; empty when none stands out.
     */
    static List<DimensionScore> relativelyStrongest(Scores s) {
        if (s.overallLevel() == null) {
            return List.of();
        }
        return best(s.dimensions().stream()
                .filter(d -> d.level() != null && d.level() >= s.overallLevel() + STANDS_OUT).toList());
    }

    private static List<DimensionScore> best(List<DimensionScore> candidates) {
        return candidates.stream().sorted(Comparator.comparing(DimensionScore::level).reversed()).limit(STRENGTHS)
                .toList();
    }

    /** The first steps of the plan, earliest phase first, in plan order. */
    List<Plan.Step> firstSteps() {
        Plan plan = c.in.advice().plan();
        return java.util.Arrays.stream(Phase.values()).flatMap(p -> plan.steps(p).stream()).limit(FIRST_STEPS)
                .toList();
    }
}
