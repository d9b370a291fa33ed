package nl.maakscan.model;

import java.util.List;

/**
 * Every number the ranking and the plan use, read from the {@code ranking:} section of a
 * questionnaire's main file. A field left out gets its default (the values below), so a
 * questionnaire without {@code ranking:} is ranked with {@link #DEFAULTS}. The formula and the meaning
 * of every field are documented once, in questionnaires/README.md ("Ranking technologies").
 */
public record RankingPolicy(
        Integer defaultPriorityWeight,
        Double priorityExponent,
        Double bottleneckExponent,
        Double goodPractice,
        List<SizeStep> goodPracticeBySize,
        Double unknownGap,
        Double gapBase,
        Double gapWeight,
        Double bottleneckWeight,
        Double overlap,
        Double interest,
        Double levelShortfall,
        Double missingTechnology,
        Double minReadiness,
        Double sizeMisfit,
        Double profileMisfit,
        List<String> growthLimits,
        Effort effort,
        PlanPolicy plan) {

    public static final RankingPolicy DEFAULTS = new RankingPolicy(null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, null, null, null, null, null);

    public RankingPolicy {
        defaultPriorityWeight = or(defaultPriorityWeight, 3);
        priorityExponent = or(priorityExponent, 2.0);
        bottleneckExponent = or(bottleneckExponent, 2.0);
        goodPractice = or(goodPractice, 3.0);
        goodPracticeBySize = goodPracticeBySize == null
                ? List.of(new SizeStep(9, -1.0), new SizeStep(null, 0.0)) : List.copyOf(goodPracticeBySize);
        unknownGap = or(unknownGap, 1.5);
        gapBase = or(gapBase, 0.5);
        gapWeight = or(gapWeight, 1.0);
        bottleneckWeight = or(bottleneckWeight, 3.0);
        overlap = or(overlap, 0.7);
        interest = or(interest, 0.1);
        levelShortfall = or(levelShortfall, 0.15);
        missingTechnology = or(missingTechnology, 0.85);
        minReadiness = or(minReadiness, 0.5);
        sizeMisfit = or(sizeMisfit, 0.5);
        profileMisfit = or(profileMisfit, 0.5);
        growthLimits = growthLimits == null ? List.of() : List.copyOf(growthLimits);
        effort = effort == null ? new Effort(null, null, null, null, null) : effort;
        plan = plan == null ? new PlanPolicy(null, null, null, null, null, null, null, null, null) : plan;
    }

    private static <T> T or(T value, T fallback) {
        return value == null ? fallback : value;
    }

    /**
     * An owner's 0-5 answer as a weight: {@code 5 × (x/5)^exponent}; exponent 1 keeps the answer, a
     * larger one lets the high answers count more than the low ones (a 5 stays 5, a 2 becomes less).
     */
    public static double weight(double answer, double exponent) {
        return 5 * Math.pow(answer / 5, exponent);
    }

    /** The value of the first step whose {@code maxEmployees} is at least {@code employees}; 0 when none fits. */
    public static double bySize(List<SizeStep> steps, Integer employees, double unknown) {
        if (employees == null) {
            return unknown;
        }
        for (SizeStep s : steps) {
            if (s.maxEmployees() == null || employees <= s.maxEmployees()) {
                return s.value();
            }
        }
        return unknown;
    }

    /** One row of a table by company size: up to {@code maxEmployees} (null = any size) the value applies. */
    public record SizeStep(Integer maxEmployees, Double value) {
    }

    /** One row of a table by starting level: up to {@code maxLevel} (null = any level) the value applies. */
    public record LevelStep(Double maxLevel, Double value) {
    }

    /**
     * Effort {@code = 1 + ln(1 + cost/costUnit) + internalHours/hoursUnit + months/monthsUnit +
     * paybackMonths/paybackUnit} (midpoints), divided into the score as {@code effort^exponent}.
     */
    public record Effort(Double costUnit, Double hoursUnit, Double monthsUnit, Double paybackUnit, Double exponent) {
        public Effort {
            costUnit = or(costUnit, 50000.0);
            hoursUnit = or(hoursUnit, 400.0);
            monthsUnit = or(monthsUnit, 12.0);
            paybackUnit = or(paybackUnit, 48.0);
            exponent = or(exponent, 0.5);
        }
    }

    /**
     * The plan: how many recommendations it covers, which implementations count as quick, the factors
     * on the catalogue's adviser days by company size and by starting level, the cost of an adviser
     * day in euros, the programme budget for adviser cost per company, the months the plan should fit
     * in, and how many implementation steps and other steps a company of a given size runs at once.
     */
    public record PlanPolicy(Integer top, Integer quickMonths, List<SizeStep> daysBySize, List<LevelStep> daysByLevel,
            Double dayRate, Double programmeBudget, Integer months, List<SizeStep> implementationsAtOnce,
            List<SizeStep> stepsAtOnce) {
        public PlanPolicy {
            dayRate = or(dayRate, 1000.0);
            programmeBudget = or(programmeBudget, 15000.0);
            months = or(months, 24);
            top = or(top, 5);
            quickMonths = or(quickMonths, 3);
            daysBySize = daysBySize == null ? List.of(new SizeStep(9, 0.6), new SizeStep(24, 0.8),
                    new SizeStep(49, 1.0), new SizeStep(null, 1.2)) : List.copyOf(daysBySize);
            daysByLevel = daysByLevel == null ? List.of(new LevelStep(1.5, 1.2), new LevelStep(3.0, 1.0),
                    new LevelStep(null, 0.85)) : List.copyOf(daysByLevel);
            implementationsAtOnce = implementationsAtOnce == null ? List.of(new SizeStep(9, 1.0),
                    new SizeStep(49, 2.0), new SizeStep(null, 3.0)) : List.copyOf(implementationsAtOnce);
            stepsAtOnce = stepsAtOnce == null ? List.of(new SizeStep(9, 1.0), new SizeStep(49, 2.0),
                    new SizeStep(null, 3.0)) : List.copyOf(stepsAtOnce);
        }

        /** The factor for a starting (overall) level; 1 when the level is unknown. */
        public double byLevel(Double level) {
            if (level == null) {
                return 1;
            }
            for (LevelStep s : daysByLevel) {
                if (s.maxLevel() == null || level <= s.maxLevel()) {
                    return s.value();
                }
            }
            return 1;
        }
    }
}
