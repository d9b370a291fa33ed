package nl.maakscan.advice;

/**
 * The score of one dimension. {@code level} (0-5) and {@code score} (0-100) are null when no question
 * of the dimension has a level. {@code confidence} is known / (questions - not applicable), null
 * when every question is not applicable.
 */
public record DimensionScore(
        String dimensionId,
        Double level,
        Double score,
        Double confidence,
        int target,
        boolean targetSetByUser,
        int withLevel,
        int notApplicable,
        int dontKnow,
        int unanswered) {

    /** How far the target lies above the current level (0 when at or above it); a missing level counts as 0. */
    public double gap() {
        return Math.max(0, target - (level == null ? 0 : level));
    }
}
