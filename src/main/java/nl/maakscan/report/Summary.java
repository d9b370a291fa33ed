package nl.maakscan.report;

import nl.maakscan.advice.DimensionScore;
import nl.maakscan.advice.Plan;
import nl.maakscan.advice.Recommendation;
import nl.maakscan.advice.Scores;
import nl.maakscan.model.Dimension;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
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
        for (Plan.Step step : firstSteps(c.in.advice().plan())) {
            h.open("li").el("b", c.reasons.technology(step.technologyId()) + ":")
                    .text(" " + new PlanWords(c.q, c.texts).firstStep(step)).close("li");
        }
        h.close("ol");
        Plan plan = c.in.advice().plan();
        if (!plan.steps().isEmpty()) {
            PlanSection money = new PlanSection(c);
            h.el("p", c.t("summary.planTotal", plan.steps().size(), plan.lastMonth(),
                    money.money(plan.totals().adviserCost()),
                    money.words().net(plan.totals())), "class", "small");
        }
        h.close("td").close("tr").close("table");
        h.el("h2", c.t("summary.improvements"));
        List<Recommendation> recs = c.in.advice().recommendations();
        if (recs.isEmpty()) {
            h.el("p", c.t("technologies.none"));
        }
        if (!recs.isEmpty()) {
            List<Recommendation> top = recs.subList(0, Math.min(IMPROVEMENTS, recs.size()));
            // an older questionnaire states no measurable results: leave out the empty column
            boolean results = top.stream().anyMatch(r -> r.technology().result() != null);
            h.table("grid topfive", Stream.of("summary.colTechnology", "summary.colBenefit", "summary.colInvestment",
                    "summary.colPayback", "summary.colFinancing").filter(key -> results || !key.endsWith("Benefit"))
                    .map(key -> Html.Th.of(c.t(key), "c-" + key.substring(11))).toList());
            for (Recommendation r : top) {
                List<String> f = facts(r);
                h.open("tr").el("td", r.rank() + ". " + r.technology().name().get(c.lang), "class", "name");
                (results ? f : f.subList(1, f.size())).forEach(x -> h.el("td", x));
                h.close("tr");
            }
            h.close("tbody").close("table");
        }
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

    /** Benefit, investment, payback and likely financing of a recommendation ("-" where the catalogue gives none). */
    List<String> facts(Recommendation r) {
        var t = r.technology();
        PlanSection money = new PlanSection(c);
        String benefit = t.result() == null ? "-" : t.result().get(c.lang);
        String investment = t.cost() == null || t.cost().max() == null
                ? c.q.investmentBand(t.investment()).map(b -> b.name().get(c.lang)).orElse("-")
                : money.range(t.cost().min() == null ? 0 : t.cost().min(), t.cost().max());
        String payback = t.paybackMonths() == null || t.paybackMonths().min() == null
                || t.paybackMonths().max() == null
                ? c.q.paybackBands().stream().filter(b -> b.id().equals(t.payback())).findFirst()
                        .map(b -> b.name().get(c.lang)).orElse("-")
                : c.t("summary.payback", t.paybackMonths().min(), t.paybackMonths().max());
        List<String> financing = c.in.advice().plan().steps().stream()
                .filter(s -> s.technologyId().equals(t.id())).flatMap(s -> s.funding().stream())
                .sorted(java.util.Comparator.comparing((nl.maakscan.advice.FinancingMatch m) ->
                        m.amount() == null ? 0 : m.amount()).reversed())
                .map(c.reasons::funding).distinct().limit(2).toList();
        return List.of(benefit, investment, payback,
                financing.isEmpty() ? c.t("summary.noFinancing") : String.join(", ", financing));
    }

    /**
     * The first {@value #FIRST_STEPS} steps of the plan, by start month, never two of the same
     * technology: the first step of each of the first technologies to start.
     */
    static List<Plan.Step> firstSteps(Plan plan) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        return plan.steps().stream().filter(s -> seen.add(s.technologyId())).limit(FIRST_STEPS).toList();
    }
}
