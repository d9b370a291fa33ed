package nl.maakscan.app;

import nl.maakscan.advice.FinancingAge;
import nl.maakscan.advice.Phase;
import nl.maakscan.advice.Plan;
import nl.maakscan.advice.PlanTotals;
import nl.maakscan.model.Questionnaire;
import nl.maakscan.report.Reasons;
import nl.maakscan.report.Texts;

import java.time.LocalDate;

/** The plan as plain text for {@code advise}: steps per phase with money, subtotals, totals and the budget. */
final class PlanText {

    private final Questionnaire q;
    private final String language;
    private final Texts words;
    private final Reasons reasons;

    PlanText(Questionnaire q, String language, Texts words, Reasons reasons) {
        this.q = q;
        this.language = language;
        this.words = words;
        this.reasons = reasons;
    }

    void append(StringBuilder s, Plan plan, LocalDate date) {
        s.append('\n').append(words.t("plan.title")).append('\n');
        if (plan.steps().isEmpty()) {
            s.append("  ").append(words.t("plan.empty")).append('\n');
            return;
        }
        for (Phase phase : plan.phases()) {
            s.append("  ").append(words.t("phase." + phase.name())).append('\n');
            for (Plan.Step step : plan.steps(phase)) {
                step(s, step);
            }
            s.append("    ").append(totals(words.t("plan.subtotal", words.t("phase." + phase.name())),
                    plan.totals(phase))).append('\n');
        }
        PlanTotals total = plan.totals();
        s.append("  ").append(totals(words.t("plan.total"), total)).append('\n');
        s.append(words.t("plan.intro", plan.steps().size(), plan.lastMonth(), words.t("days", total.adviserDays()),
                money(total.adviserCost()), money(plan.dayRate()))).append('\n');
        boolean priced = plan.steps().stream().anyMatch(x -> x.investment() != null);
        s.append(priced ? words.t("plan.money", range(total.investmentMin(), total.investmentMax()),
                money(total.financing()), range(total.netMin(), total.netMax()))
                : words.t("plan.moneyUnknown", range(total.netMin(), total.netMax()))).append('\n');
        double cost = total.adviserCost();
        s.append(plan.overBudget()
                ? words.t("plan.overBudget", money(plan.programmeBudget()), money(cost - plan.programmeBudget()))
                : words.t("plan.withinBudget", money(plan.programmeBudget()), money(plan.programmeBudget() - cost)))
                .append('\n');
        FinancingAge age = FinancingAge.check(q.financing().validFrom(), date);
        if (age != null) {
            s.append(age.undated() ? words.t("financing.undated")
                    : words.t("financing.old", words.date(age.validFrom()), age.months())).append('\n');
        }
    }

    private void step(StringBuilder s, Plan.Step step) {
        String tech = q.technology(step.technologyId()).orElseThrow().name().get(language);
        s.append(String.format("    %d. %s: %s%n", step.number(), tech, words.t("support." + step.supportType().id())));
        if (step.what() != null) {
            s.append("       ").append(step.what().get(language)).append('\n');
        }
        s.append("       ").append(words.t(step.internalHours() > 0 ? "plan.when" : "plan.whenNoHours",
                months(step), words.t("days", step.adviserDays()), money(step.adviserCost()), step.internalHours()))
                .append('\n');
        if (!step.after().isEmpty()) {
            s.append("       ").append(words.t("plan.after", String.join(", ",
                    step.after().stream().map(String::valueOf).toList()))).append('\n');
        }
        if (step.investment() != null) {
            s.append("       ").append(words.t("plan.investmentLine", range(min(step), max(step)))).append('\n');
        }
        if (!step.funding().isEmpty()) {
            s.append("       ").append(words.t("plan.financingLine", String.join(", ",
                    step.funding().stream().map(reasons::funding).toList()))).append('\n');
        }
        if (!step.fixFirst().isEmpty()) {
            s.append("       ").append(words.t("plan.fixFirstLine", String.join("; ",
                    reasons.missing(step.fixFirst())))).append('\n');
        }
        s.append("       ").append(words.t("plan.milestone", words.t("milestone." + step.supportType().id()),
                step.endMonth())).append('\n');
        if (step.result() != null) {
            s.append("       ").append(words.t("plan.result", step.result().get(language))).append('\n');
        }
    }

    private String totals(String label, PlanTotals t) {
        return label + ": " + words.t("days", t.adviserDays()) + ", " + money(t.adviserCost())
                + (t.investmentMax() > 0 ? "; " + words.t("plan.investment") + " "
                + range(t.investmentMin(), t.investmentMax()) : "")
                + "; " + words.t("plan.expected") + " " + money(t.financing())
                + "; " + words.t("plan.net") + " " + range(t.netMin(), t.netMax());
    }

    private static double min(Plan.Step s) {
        return s.investment().min() == null ? 0 : s.investment().min();
    }

    private static double max(Plan.Step s) {
        return s.investment().max() == null ? 0 : s.investment().max();
    }

    private String months(Plan.Step s) {
        return s.startMonth() == s.endMonth() ? Integer.toString(s.startMonth())
                : s.startMonth() + "-" + s.endMonth();
    }

    private String money(double euros) {
        return words.t("plan.euro", Math.round(euros));
    }

    private String range(double min, double max) {
        return Math.round(min) == Math.round(max) ? money(min)
                : words.t("plan.euroRange", Math.round(min), Math.round(max));
    }
}
