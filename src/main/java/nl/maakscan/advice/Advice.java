package nl.maakscan.advice;

import nl.maakscan.model.Assessment;
import nl.maakscan.model.Company;
import nl.maakscan.model.Questionnaire;

import java.util.List;

/**
 * Scores, ranked recommendations, the technologies left out (with why) and the next-step plan of one
 * assessment, computed together.
 */
public record Advice(Scores scores, List<Recommendation> recommendations, List<LeftOut> leftOut, Plan plan) {

    public Advice {
        recommendations = List.copyOf(recommendations);
        leftOut = List.copyOf(leftOut);
    }

    /** {@code company} gives size and main processes; null or unknown values fit every technology. */
    public static Advice of(Questionnaire questionnaire, Assessment assessment, Company company) {
        return of(questionnaire, assessment, company, PlanRates.POLICY);
    }

    /** As above, with the plan priced at the user's day rate and programme budget. */
    public static Advice of(Questionnaire questionnaire, Assessment assessment, Company company, PlanRates rates) {
        Scores scores = Scoring.score(questionnaire, assessment, company);
        Recommender.Ranking ranking = Recommender.rankAll(questionnaire, assessment, scores, company);
        Plan plan = Planner.plan(questionnaire, ranking.ranked(), questionnaire.policy().plan().top(), company,
                scores.overallLevel(), rates);
        return new Advice(scores, ranking.ranked(), ranking.leftOut(), plan);
    }
}
