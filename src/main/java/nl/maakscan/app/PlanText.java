package nl.maakscan.app;

import nl.maakscan.advice.Phase;
import nl.maakscan.advice.Plan;
import nl.maakscan.advice.PlanTotals;
import nl.maakscan.advice.ReasonWords;
import nl.maakscan.model.Questionnaire;
import nl.maakscan.report.PlanWords;
import nl.maakscan.report.Texts;

import java.time.LocalDate;

/** The plan as plain text for {@code advise}: steps per phase with money, subtotals, totals and the budget. */
final class PlanText {

    private final Texts words;
    private final ReasonWords reasons;
    private final PlanWords plan;

    PlanText(Questionnaire q, Texts words, ReasonWords reasons) {
        this.words = words;
        this.reasons = reasons;
        this.plan = new PlanWords(q, words);
    }

    void append(StringBuilder s, Plan p, LocalDate date) {
        s.append('\n').append(words.t("plan.title")).append('\n');
        if (p.steps().isEmpty()) {
            s.append("  ").append(words.t("plan.empty")).append('\n');
            return;
        }
        for (Phase phase : p.phases()) {
            s.append("  ").append(words.t("phase." + phase.name())).append('\n');
            for (Plan.Step step : p.steps(phase)) {
                step(s, step);
            }
            s.append("    ").append(plan.totals(words.t("plan.subtotal", words.t("phase." + phase.name())),
                    p.totals(phase))).append('\n');
        }
        PlanTotals total = p.totals();
        s.append("  ").append(plan.totals(words.t("plan.total"), total)).append("\n\n");
        s.append(words.t("plan.intro", p.steps().size(), p.lastMonth(), words.t("days", total.adviserDays()),
                plan.money(total.adviserCost()), plan.money(p.dayRate()))).append('\n');
        boolean priced = p.steps().stream().anyMatch(x -> x.investment() != null);
        s.append(priced ? words.t("plan.money", plan.range(total.investmentMin(), total.investmentMax()),
                plan.money(total.financing()), plan.net(total))
                : words.t("plan.moneyUnknown", plan.net(total))).append('\n');
        if (total.internalHours() > 0) {
            s.append(words.t("plan.hours", total.internalHours())).append('\n');
        }
        s.append(plan.budget(p)).append('\n');
        String age = plan.financingAge(date);
        if (age != null) {
            s.append(age).append('\n');
        }
    }

    private void step(StringBuilder s, Plan.Step step) {
        String indent = "       ";
        s.append(String.format("    %d. %s%n", step.number(), plan.stepName(step)));
        s.append(indent).append(plan.what(step)).append('\n');
        s.append(indent).append(words.t(step.internalHours() > 0 ? "plan.when" : "plan.whenNoHours",
                plan.months(step), words.t("days", step.adviserDays()), plan.money(step.adviserCost()),
                step.internalHours())).append('\n');
        if (!step.after().isEmpty()) {
            s.append(indent).append(words.t("plan.after", String.join(", ",
                    step.after().stream().map(String::valueOf).toList()))).append('\n');
        }
        if (step.investment() != null) {
            s.append(indent).append(words.t("plan.investmentLine", plan.investment(step))).append('\n');
        }
        if (!step.funding().isEmpty()) {
            s.append(indent).append(words.t("plan.financingLine", String.join(", ",
                    step.funding().stream().map(reasons::funding).toList()))).append('\n');
        }
        if (!step.fixFirst().isEmpty()) {
            s.append(indent).append(words.t("plan.fixFirstLine", String.join("; ",
                    reasons.missing(step.fixFirst())))).append('\n');
        }
        s.append(indent).append(plan.milestone(step)).append('\n');
        if (step.result() != null) {
            s.append(indent).append(words.t("plan.result", step.result().get(words.language()))).append('\n');
        }
    }
}
