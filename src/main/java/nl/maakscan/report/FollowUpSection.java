package nl.maakscan.report;

import nl.maakscan.advice.Plan;
import nl.maakscan.model.Dimension;
import nl.maakscan.model.LevelAnswer;
import nl.maakscan.model.PlanStepStatus;
import nl.maakscan.model.Question;
import nl.maakscan.report.Html.Th;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * In a follow-up report, after the change per topic: which answers went up or down since the previous
 * assessment, and what became of the steps of the previous assessment's plan. Nothing without a previous
 * assessment; each part only when its data is known.
 */
final class FollowUpSection {

    private final ReportContext c;

    FollowUpSection(ReportContext c) {
        this.c = c;
    }

    void write(Html h) {
        ReportInput.Previous prev = c.in.previous();
        if (prev == null) {
            return;
        }
        if (prev.assessment() != null) {
            answers(h, prev.assessment().answers());
        }
        if (prev.plan() != null) {
            plan(h, prev.plan());
        }
    }

    /** The questions whose level changed, per topic, with the level before and now. */
    private void answers(Html h, Map<String, LevelAnswer> before) {
        Map<String, LevelAnswer> now = c.in.assessment().answers();
        List<String[]> rows = new ArrayList<>();
        int up = 0;
        int down = 0;
        for (Dimension d : c.q.maturityDimensions()) {
            for (Question q : d.questions()) {
                LevelAnswer b = before.get(q.id());
                LevelAnswer a = now.get(q.id());
                if (b != null && a != null && b.hasLevel() && a.hasLevel() && b.level() != a.level()) {
                    boolean higher = a.level() > b.level();
                    up += higher ? 1 : 0;
                    down += higher ? 0 : 1;
                    rows.add(new String[] {d.name().get(c.lang), q.text().get(c.lang), Integer.toString(b.level()),
                            Integer.toString(a.level()), (higher ? "\u25b2 +" : "\u25bc ") + (a.level() - b.level())});
                }
            }
        }
        h.el("h2", c.t("followUp.answersTitle"), "id", "changed-answers");
        if (rows.isEmpty()) {
            h.el("p", c.t("followUp.noChanges"));
            return;
        }
        h.el("p", c.t("followUp.answersIntro", up, down));
        h.table("grid changes", List.of(Th.of(c.t("summary.dimension")), Th.of(c.t("followUp.question")),
                Th.of(c.t("progress.before"), "level"), Th.of(c.t("progress.now"), "level"),
                Th.of(c.t("progress.change"), "change")));
        for (String[] r : rows) {
            h.open("tr").el("td", r[0]).el("td", r[1]).el("td", r[2], "class", "num").el("td", r[3], "class", "num")
                    .el("td", r[4], "class", "num").close("tr");
        }
        h.close("tbody").close("table");
    }

    /** Every step of the previous plan with the status and note recorded at this assessment. */
    private void plan(Html h, Plan plan) {
        h.el("h2", c.t("followUp.planTitle"), "id", "previous-plan");
        if (plan.steps().isEmpty()) {
            h.el("p", c.t("followUp.noPlan"));
            return;
        }
        Map<String, PlanStepStatus> recorded = c.in.tracking().stream()
                .collect(Collectors.toMap(PlanStepStatus::key, Function.identity(), (x, y) -> y));
        long done = plan.steps().stream().filter(s -> status(recorded, s) == PlanStepStatus.Status.DONE).count();
        h.el("p", c.t("followUp.planIntro", plan.steps().size(), done));
        h.table("grid tracking", List.of(Th.of(c.t("followUp.step")), Th.of(c.t("followUp.status")),
                Th.of(c.t("followUp.note"))));
        for (Plan.Step s : plan.steps()) {
            PlanStepStatus r = recorded.get(PlanStepStatus.key(s.technologyId(), s.supportType()));
            h.open("tr").el("td", c.t("plan.stepName", c.reasons.technology(s.technologyId()),
                    c.t("support." + s.supportType().id())))
                    .el("td", r == null || r.status() == null ? c.t("stepStatus.unknown")
                            : c.t("stepStatus." + r.status().id()))
                    .el("td", r == null || r.note() == null ? "" : r.note()).close("tr");
        }
        h.close("tbody").close("table");
    }

    private static PlanStepStatus.Status status(Map<String, PlanStepStatus> recorded, Plan.Step s) {
        PlanStepStatus r = recorded.get(PlanStepStatus.key(s.technologyId(), s.supportType()));
        return r == null ? null : r.status();
    }
}
