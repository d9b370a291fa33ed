package nl.maakscan.report;

import nl.maakscan.advice.Phase;
import nl.maakscan.advice.Plan;
import nl.maakscan.advice.PlanTotals;

import java.util.List;

/**
 * The plan's budget: a row per step grouped by phase, a subtotal per phase and the total (adviser
 * days and cost, investment, expected financing, net cost to the company).
 */
final class PlanBudget {

    private static final List<String> COLUMNS = List.of("plan.nr", "plan.step", "plan.months", "plan.days",
            "plan.adviserCost", "plan.investment", "plan.expected", "plan.net");

    private final ReportContext c;
    private final PlanSection section;

    PlanBudget(ReportContext c, PlanSection section) {
        this.c = c;
        this.section = section;
    }

    void write(Html h, Plan plan) {
        h.el("h2", c.t("plan.budget"), "id", "plan-budget");
        h.table("grid budget", COLUMNS.stream().map(key -> Html.Th.of(c.t(key), "c-" + key.substring(5))).toList());
        for (Phase p : plan.phases()) {
            h.open("tr", "class", "group").el("td", c.t("phase." + p.name()), "colspan",
                    Integer.toString(COLUMNS.size())).close("tr");
            for (Plan.Step s : plan.steps(p)) {
                h.open("tr").el("td", Integer.toString(s.number())).el("td", section.stepName(s))
                        .el("td", section.months(s), "class", "num")
                        .el("td", c.texts.num(s.adviserDays(), 1), "class", "num")
                        .el("td", section.money(s.adviserCost()), "class", "num")
                        .el("td", section.words().investment(s), "class", "num")
                        .el("td", s.expectedFinancing() == null ? "" : section.money(s.expectedFinancing()),
                                "class", "num")
                        .el("td", section.words().net(s), "class", "num").close("tr");
            }
            totals(h, "subtotal", c.t("plan.subtotal", c.t("phase." + p.name())), plan.totals(p));
        }
        totals(h, "total", c.t("plan.total"), plan.totals());
        h.close("tbody").close("table");
        h.el("p", c.t("plan.budgetHint"), "class", "small");
    }

    private void totals(Html h, String kind, String label, PlanTotals t) {
        h.open("tr", "class", kind).el("td", "").el("td", label).el("td", "")
                .el("td", c.texts.num(t.adviserDays(), 1), "class", "num")
                .el("td", section.money(t.adviserCost()), "class", "num")
                .el("td", t.investmentMax() == 0 ? "" : section.range(t.investmentMin(), t.investmentMax()),
                        "class", "num")
                .el("td", section.money(t.financing()), "class", "num")
                .el("td", section.words().net(t), "class", "num").close("tr");
    }
}
