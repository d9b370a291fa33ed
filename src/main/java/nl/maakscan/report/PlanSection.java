package nl.maakscan.report;

import nl.maakscan.advice.Phase;
import nl.maakscan.advice.Plan;

import java.util.Arrays;
import java.util.List;

/**
 * The next-step plan: a drawn timeline over twelve months (one bar per step in its phase), then the steps
 * with adviser days, financing, what to fix first and empty fields for the owner and start date.
 */
final class PlanSection {

    private static final int MONTHS = 12;

    private final ReportContext c;

    PlanSection(ReportContext c) {
        this.c = c;
    }

    void write(Html h) {
        h.el("h1", c.t("plan.title"), "id", "plan");
        Plan plan = c.in.advice().plan();
        List<Plan.Step> steps = ordered(plan);
        if (steps.isEmpty()) {
            h.el("p", c.t("plan.empty"));
            return;
        }
        h.el("p", c.t("plan.intro", steps.size(), c.days(plan.totalAdviserDays())));
        timeline(h, steps);
        legend(h, steps);
        for (Phase p : Phase.values()) {
            if (plan.steps(p).isEmpty()) {
                h.el("p", c.t("plan.emptyPhase", c.t("phase." + p.name()).toLowerCase(c.texts.locale())),
                        "class", "small");
            }
        }
        table(h, steps, plan);
        String age = c.financingAge();
        if (age != null) {
            h.el("p", age, "class", "warning");
        }
    }

    /** The steps by phase, in plan order within a phase. */
    static List<Plan.Step> ordered(Plan plan) {
        return Arrays.stream(Phase.values()).flatMap(p -> plan.steps(p).stream()).toList();
    }

    private void timeline(Html h, List<Plan.Step> steps) {
        h.open("table", "class", "timeline");
        h.open("thead").open("tr").el("th", c.t("plan.step"), "class", "label", "scope", "col");
        for (Phase p : Phase.values()) {
            h.el("th", c.t("phase." + p.name()), "colspan", Integer.toString(p.toMonth() - p.fromMonth()),
                    "class", "phase", "scope", "colgroup");
        }
        h.close("tr").open("tr").el("th", "", "class", "label");
        for (int m = 1; m <= MONTHS; m++) {
            h.el("th", Integer.toString(m), "class", "month", "scope", "col");
        }
        h.close("tr").close("thead").open("tbody");
        int i = 1;
        for (Plan.Step s : steps) {
            h.open("tr").el("td", i++ + ". " + stepName(s), "class", "label");
            Phase p = s.phase();
            for (int m = 0; m < p.fromMonth(); m++) {
                h.el("td", "", "class", "slot");
            }
            h.el("td", c.days(s.adviserDays()), "colspan", Integer.toString(p.toMonth() - p.fromMonth()),
                    "class", "bar " + s.supportType().id());
            for (int m = p.toMonth(); m < MONTHS; m++) {
                h.el("td", "", "class", "slot");
            }
            h.close("tr");
        }
        h.close("tbody").close("table");
    }

    /** What the colours of the bars mean: one swatch per kind of support that the plan uses. */
    private void legend(Html h, List<Plan.Step> steps) {
        h.open("p", "class", "legend").text(c.t("plan.legend") + " ");
        Arrays.stream(nl.maakscan.model.SupportType.values())
                .filter(t -> steps.stream().anyMatch(s -> s.supportType() == t))
                .forEach(t -> h.open("span", "class", "item")
                        .el("span", "\u00a0\u00a0\u00a0\u00a0", "class", "swatch bar-" + t.id())
                        .text("\u00a0" + c.t("support." + t.id()).replace(' ', '\u00a0')).close("span").text("   "));
        h.close("p");
    }

    private void table(Html h, List<Plan.Step> steps, Plan plan) {
        h.el("h2", c.t("plan.steps"));
        h.open("table", "class", "grid steps");
        h.open("thead").open("tr");
        for (String key : List.of("plan.nr", "plan.phase", "plan.step", "plan.days", "plan.financing",
                "plan.fixFirst", "plan.owner", "plan.start")) {
            h.el("th", c.t(key), "scope", "col", "class", "c-" + key.substring(5));
        }
        h.close("tr").close("thead").open("tbody");
        int i = 1;
        for (Plan.Step s : steps) {
            h.open("tr").el("td", Integer.toString(i++)).el("td", s.phase().fromMonth() + "-" + s.phase().toMonth())
                    .el("td", stepName(s)).el("td", c.texts.num(s.adviserDays(), 1), "class", "num")
                    .el("td", s.financing().isEmpty() ? "-"
                            : String.join(", ", s.funding().stream().map(c.reasons::funding).toList()))
                    .el("td", s.fixFirst().isEmpty() ? "-" : String.join("; ", c.reasons.missing(s.fixFirst())))
                    .el("td", "", "class", "field").el("td", "", "class", "field").close("tr");
        }
        h.open("tr", "class", "total").el("td", "").el("td", "").el("td", c.t("plan.total"))
                .el("td", c.texts.num(plan.totalAdviserDays(), 1), "class", "num")
                .el("td", "").el("td", "").el("td", "")
                .el("td", "").close("tr");
        h.close("tbody").close("table");
        h.el("p", c.t("plan.ownerHint"), "class", "small");
    }

    private String stepName(Plan.Step s) {
        return c.t("plan.stepName", c.reasons.technology(s.technologyId()), c.t("support." + s.supportType().id()));
    }
}
