package nl.maakscan.report;

import nl.maakscan.advice.Phase;
import nl.maakscan.advice.Plan;
import nl.maakscan.advice.PlanTotals;
import nl.maakscan.model.SupportType;

import java.util.Arrays;
import java.util.List;

/**
 * The next-step plan: what it costs in a few sentences, a timeline with a column per month and a
 * legend, the budget per phase with totals (PlanBudget) and each step in words (PlanSteps).
 */
final class PlanSection {

    private final ReportContext c;

    private final PlanWords words;

    PlanSection(ReportContext c) {
        this.c = c;
        this.words = new PlanWords(c.q, c.texts);
    }

    PlanWords words() {
        return words;
    }

    void write(Html h) {
        h.el("h1", c.t("plan.title"), "id", "plan");
        Plan plan = c.in.advice().plan();
        List<Plan.Step> steps = plan.steps();
        if (steps.isEmpty()) {
            h.el("p", c.t("plan.empty"));
            return;
        }
        PlanTotals total = plan.totals();
        h.el("p", c.t("plan.intro", steps.size(), plan.lastMonth(), c.days(total.adviserDays()),
                money(total.adviserCost()), money(plan.dayRate())));
        boolean priced = steps.stream().anyMatch(s -> s.investment() != null);
        h.el("p", priced ? c.t("plan.money", range(total.investmentMin(), total.investmentMax()),
                money(total.financing()), words.net(total))
                : c.t("plan.moneyUnknown", words.net(total)));
        if (total.internalHours() > 0) {
            h.el("p", c.t("plan.hours", total.internalHours()));
        }
        h.el("p", budget(plan), plan.overBudget() ? new String[] {"class", "warning"} : new String[0]);
        String age = c.financingAge();
        if (age != null) {
            h.el("p", age, "class", "warning");
        }
        timeline(h, plan);
        legend(h, steps);
        new PlanBudget(c, this).write(h, plan);
        new PlanSteps(c, this).write(h, plan);
    }

    String budget(Plan plan) {
        return words.budget(plan);
    }

    String money(double euros) {
        return words.money(euros);
    }

    String range(double min, double max) {
        return words.range(min, max);
    }

    String stepName(Plan.Step s) {
        return words.stepName(s);
    }

    String months(Plan.Step s) {
        return words.months(s);
    }

    /** Months 1-12 when the plan fits in a year, else 1-24 (or up to its last month). */
    static int columns(Plan plan) {
        return plan.lastMonth() <= 12 ? 12 : Math.max(24, plan.lastMonth());
    }

    private void timeline(Html h, Plan plan) {
        int columns = columns(plan);
        h.open("table", "class", "timeline");
        h.open("thead").open("tr").el("th", c.t("plan.step"), "class", "label", "scope", "col");
        for (Phase p : Phase.values()) {
            int from = p.fromMonth() + 1;
            int to = p == Phase.MONTHS_12_24 ? columns : Math.min(p.toMonth(), columns);
            if (from <= to) {
                h.el("th", c.t("phase." + p.name()), "colspan", Integer.toString(to - from + 1), "class", "phase",
                        "scope", "colgroup");
            }
        }
        h.close("tr").open("tr").el("th", c.t("plan.month"), "class", "label");
        for (int m = 1; m <= columns; m++) {
            h.el("th", Integer.toString(m), "class", "month", "scope", "col");
        }
        h.close("tr").close("thead").open("tbody");
        for (Plan.Step s : plan.steps()) {
            h.open("tr").el("td", s.number() + ". " + stepName(s), "class", "label");
            for (int m = 1; m < s.startMonth(); m++) {
                h.el("td", "", "class", "slot");
            }
            int span = s.endMonth() - s.startMonth() + 1;
            // a bar of one month in a 24-month plan is too narrow for the figure at its normal size
            h.el("td", c.texts.num(s.adviserDays(), 1), "colspan", Integer.toString(span), "class", "bar "
                    + s.supportType().id() + (span * 12 / columns >= 1 ? "" : " narrow"),
                    "title", c.t("plan.barTitle", months(s), c.days(s.adviserDays())));
            for (int m = s.endMonth() + 1; m <= columns; m++) {
                h.el("td", "", "class", "slot");
            }
            h.close("tr");
        }
        h.close("tbody").close("table");
    }

    /** What the colours of the bars and the figures in them mean: one swatch per kind of support the plan uses. */
    private void legend(Html h, List<Plan.Step> steps) {
        h.open("p", "class", "legend").text(c.t("plan.legend") + " ");
        Arrays.stream(SupportType.values())
                .filter(t -> steps.stream().anyMatch(s -> s.supportType() == t))
                .forEach(t -> h.open("span", "class", "item")
                        .el("span", "\u00a0\u00a0\u00a0\u00a0", "class", "swatch bar-" + t.id())
                        .text("\u00a0" + c.t("support." + t.id()).replace(' ', '\u00a0')).close("span").text("   "));
        h.close("p");
        h.el("p", c.t("plan.legendDays"), "class", "legend");
    }
}
