package nl.maakscan.advice;

import nl.maakscan.model.Assessment;
import nl.maakscan.model.Company;
import nl.maakscan.model.Questionnaire;

import java.util.List;

/** Scores, ranked recommendations and the next-step plan of one assessment, computed together. */
public record Advice(Scores scores, List<Recommendation> recommendations, Plan plan) {

    public Advice {
        recommendations = List.copyOf(recommendations);
    }

    /** {@code company} gives size and main processes; null or unknown values fit every technology. */
    public static Advice of(Questionnaire questionnaire, Assessment assessment, Company company) {
        Scores scores = Scoring.score(questionnaire, assessment, company);
        List<Recommendation> ranked = Recommender.rank(questionnaire, assessment, scores, company);
        return new Advice(scores, ranked, Planner.plan(questionnaire, ranked, Planner.DEFAULT_TOP));
    }
}
