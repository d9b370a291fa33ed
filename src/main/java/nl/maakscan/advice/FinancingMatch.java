package nl.maakscan.advice;

/**
 * A financing instrument that may pay for a plan step, with the estimated amount in euros (null when
 * the instrument states no benefit, or the questionnaire has no financing rules).
 */
public record FinancingMatch(String instrumentId, Double amount) {
}
