package nl.maakscan.report;

import nl.maakscan.advice.Plan;


/**
 * Each plan step in words an owner understands: what to do, what it waits for, internal hours, the
 * financing that fits with its estimated amount, what to arrange first (only when something is
 * missing), the milestone and the measurable result, and fields for the owner and the start date.
 */
final class PlanSteps {

    private final ReportContext c;
    private final PlanSection section;

    PlanSteps(ReportContext c, PlanSection section) {
        this.c = c;
        this.section = section;
    }

    void write(Html h, Plan plan) {
        h.el("h2", c.t("plan.steps"), "id", "plan-steps");
        for (Plan.Step s : plan.steps()) {
            h.open("div", "class", "keep step");
            h.el("h3", s.number() + ". " + section.stepName(s));
            h.el("p", section.words().what(s));
            h.open("ul", "class", "facts");
            h.el("li", c.t(s.internalHours() > 0 ? "plan.when" : "plan.whenNoHours", section.months(s),
                    c.days(s.adviserDays()), section.money(s.adviserCost()), s.internalHours()));
            if (!s.after().isEmpty()) {
                h.el("li", c.t("plan.after", String.join(", ", s.after().stream().map(String::valueOf).toList())));
            }
            if (s.investment() != null) {
                h.el("li", c.t("plan.investmentLine", section.words().investment(s)));
            }
            h.el("li", s.funding().isEmpty() ? c.t("plan.noFinancing")
                    : c.t("plan.financingLine", String.join(", ", s.funding().stream().map(c.reasons::funding)
                            .toList())));
            if (!s.fixFirst().isEmpty()) {
                h.el("li", c.t("plan.fixFirstLine", String.join("; ", c.reasons.missing(s.fixFirst()))));
            }
            h.el("li", section.words().milestone(s));
            if (s.result() != null) {
                h.el("li", c.t("plan.result", s.result().get(c.lang)));
            }
            h.el("li", c.t("plan.ownerFields"), "class", "field");
            h.close("ul");
            h.close("div");
        }
        h.el("p", c.t("plan.ownerHint"), "class", "small");
    }

}
