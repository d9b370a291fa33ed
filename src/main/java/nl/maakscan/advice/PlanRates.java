package nl.maakscan.advice;

import nl.maakscan.model.RankingPolicy;

/**
 * The user's settings that price the plan: euros per adviser day and the programme budget for adviser
 * cost per company. A null value takes the questionnaire's {@code ranking.plan} policy.
 */
public record PlanRates(Double dayRate, Double programmeBudget) {

    public static final PlanRates POLICY = new PlanRates(null, null);

    public double dayRate(RankingPolicy.PlanPolicy policy) {
        return dayRate == null ? policy.dayRate() : dayRate;
    }

    public double programmeBudget(RankingPolicy.PlanPolicy policy) {
        return programmeBudget == null ? policy.programmeBudget() : programmeBudget;
    }
}
