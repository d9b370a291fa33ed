package nl.maakscan.ui;

import nl.maakscan.advice.Advice;
import nl.maakscan.advice.Plan;
import nl.maakscan.model.PlanStepStatus;
import nl.maakscan.store.PlanTracking;
import nl.maakscan.store.Store;
import nl.maakscan.store.StoredAssessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The plan of the company's previous assessment (computed with the advice from that assessment and its own
 * questionnaire), each step with the status recorded at this assessment. Used by the wizard's "previous plan"
 * step, the results and the compare view, so that they all show the same steps.
 */
public final class PreviousPlan {

    /** One step of the previous plan: its name in words, and what was recorded for it (null: nothing yet). */
    public record Tracked(Plan.Step step, String name, PlanStepStatus recorded) {

        public String key() {
            return PlanStepStatus.key(step.technologyId(), step.supportType());
        }
    }

    private PreviousPlan() {
    }

    /** The previous assessment's plan steps with their status; empty when this is the company's first assessment. */
    public static List<Tracked> of(Store store, String assessmentId, Texts texts) {
        return store.assessmentBefore(assessmentId).flatMap(before -> store.loadAssessment(before.id()))
                .map(previous -> tracked(previous, new PlanTracking(store).load(assessmentId), texts))
                .orElse(List.of());
    }

    /** Whether the assessment has a previous one, so that the previous plan can be tracked. */
    public static boolean isFollowUp(Store store, String assessmentId) {
        return store.assessmentBefore(assessmentId).isPresent();
    }

    static List<Tracked> tracked(StoredAssessment previous, Map<String, PlanStepStatus> recorded, Texts texts) {
        Plan plan = Advice.of(previous.questionnaire(), previous.assessment(), previous.company()).plan();
        List<Tracked> list = new ArrayList<>();
        for (Plan.Step s : plan.steps()) {
            String technology = previous.questionnaire().technology(s.technologyId())
                    .map(t -> t.name().get(texts.language())).orElse(s.technologyId());
            String name = texts.format("tracking.stepName", technology, texts.get("support." + s.supportType().id()));
            list.add(new Tracked(s, name, recorded.get(PlanStepStatus.key(s.technologyId(), s.supportType()))));
        }
        return List.copyOf(list);
    }

    /** A status in words, or "not recorded". */
    public static String status(Texts texts, PlanStepStatus recorded) {
        return recorded == null || recorded.status() == null ? texts.get("tracking.unknown")
                : texts.get("tracking." + recorded.status().id());
    }
}
