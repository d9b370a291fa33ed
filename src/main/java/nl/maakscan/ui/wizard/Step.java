package nl.maakscan.ui.wizard;

import nl.maakscan.model.Dimension;
import nl.maakscan.model.Questionnaire;

import java.util.ArrayList;
import java.util.List;

/**
 * One page of the wizard: the company profile, the business priorities, one dimension, technology
 * adoption, targets or the review. {@code key} is stable and is what the store remembers as position.
 */
public record Step(Kind kind, Dimension dimension) {

    public enum Kind { PROFILE, PLAN_TRACKING, PRIORITIES, DIMENSION, ADOPTION, TARGETS, CONCLUSIONS, REVIEW }

    public String key() {
        return kind == Kind.DIMENSION ? "dimension:" + dimension.id() : kind.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The wizard's pages for a first assessment, in order. */
    public static List<Step> of(Questionnaire q) {
        return of(q, false);
    }

    /** The wizard's pages, in order; a follow-up (the company has an earlier assessment) tracks the previous plan. */
    public static List<Step> of(Questionnaire q, boolean followUp) {
        List<Step> steps = new ArrayList<>();
        steps.add(new Step(Kind.PROFILE, null));
        if (followUp) {
            steps.add(new Step(Kind.PLAN_TRACKING, null));
        }
        steps.add(new Step(Kind.PRIORITIES, null));
        for (Dimension d : q.dimensions()) {
            steps.add(new Step(Kind.DIMENSION, d));
        }
        steps.add(new Step(Kind.ADOPTION, null));
        steps.add(new Step(Kind.TARGETS, null));
        steps.add(new Step(Kind.CONCLUSIONS, null));
        steps.add(new Step(Kind.REVIEW, null));
        return List.copyOf(steps);
    }
}
