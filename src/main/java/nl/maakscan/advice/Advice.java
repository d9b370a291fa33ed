package nl.maakscan.advice;

import nl.maakscan.model.Assessment;
import nl.maakscan.model.Questionnaire;

import java.util.List;

/** Scores, ranked recommendations and the next-step plan of one assessment, computed together. */
public record Advice(Scores scores, List<Recommendation> recommendations, Plan plan) {

    public Advice {
        recommendations = List.copyOf(recommendations);
    }

    /** {@code employees} is the company's size, or null when unknown (then every size fits). */
    public static Advice of(Questionnaire questionnaire, Assessment assessment, Integer employees) {
        Scores scores = Scoring.score(questionnaire, assessment);
        List<Recommendation> ranked = Recommender.rank(questionnaire, assessment, scores, employees);
        return new Advice(scores, ranked, Planner.plan(questionnaire, ranked, Planner.DEFAULT_TOP));
    }
}
