package nl.maakscan.advice;

import java.util.List;
import java.util.Optional;

/** The scores of an assessment: per dimension and overall (see the questionnaire README for the formulas). */
public record Scores(List<DimensionScore> dimensions, Double overallLevel, Double overallScore, Double confidence,
        int questions, int withLevel, int notApplicable, int dontKnow, int unanswered) {

    public Scores {
        dimensions = List.copyOf(dimensions);
    }

    public Optional<DimensionScore> dimension(String dimensionId) {
        return dimensions.stream().filter(d -> d.dimensionId().equals(dimensionId)).findFirst();
    }
}
