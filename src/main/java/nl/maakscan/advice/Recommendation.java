package nl.maakscan.advice;

import nl.maakscan.model.Technology;

import java.util.List;

/**
 * A ranked technology with the figures that made its score and the reasons behind them, as data for
 * the screens and the report to print (questionnaires/README.md, "Ranking technologies").
 */
public record Recommendation(
        int rank,
        Technology technology,
        double score,
        double need,
        double fit,
        double readiness,
        double sizeFit,
        double effort,
        Integer adoption,
        List<NeedReason> needs,
        List<PriorityReason> priorities,
        List<MissingPrerequisite> missing) {

    public Recommendation {
        needs = List.copyOf(needs);
        priorities = List.copyOf(priorities);
        missing = List.copyOf(missing);
    }

    public boolean ready() {
        return missing.isEmpty();
    }

    public boolean sizeWarning() {
        return sizeFit < 1;
    }

    /**
     * An answer that makes the need: question (or, when no question of the technology has a level,
     * the dimension), the current level (null when unknown), the target and the gap.
     */
    public record NeedReason(String questionId, String dimensionId, Double level, int target, double gap) {
    }

    /** An owner priority that the technology serves: the owner's weight 0-5 and the catalogue's 1-3. */
    public record PriorityReason(String priorityId, int ownerWeight, boolean ownerWeightGiven, int technologyWeight) {
    }

    /**
     * A prerequisite that is not met: a question below its minimum level ({@code questionId}, the
     * required and current level), or a technology not in use ({@code technologyId}, its adoption).
     */
    public record MissingPrerequisite(String questionId, Integer required, Integer current, String technologyId) {

        public static MissingPrerequisite level(String questionId, int required, Integer current) {
            return new MissingPrerequisite(questionId, required, current, null);
        }

        public static MissingPrerequisite technology(String technologyId, Integer adoption) {
            return new MissingPrerequisite(null, null, adoption, technologyId);
        }

        public boolean isTechnology() {
            return technologyId != null;
        }
    }
}
