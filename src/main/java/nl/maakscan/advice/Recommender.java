package nl.maakscan.advice;

import nl.maakscan.advice.Recommendation.MissingPrerequisite;
import nl.maakscan.advice.Recommendation.NeedReason;
import nl.maakscan.advice.Recommendation.PriorityReason;
import nl.maakscan.model.AdoptionAnswer;
import nl.maakscan.model.Assessment;
import nl.maakscan.model.Band;
import nl.maakscan.model.Company;
import nl.maakscan.model.Dimension;
import nl.maakscan.model.LevelAnswer;
import nl.maakscan.model.Questionnaire;
import nl.maakscan.model.Technology;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Ranks the technology catalogue against the company's gaps and priorities (technologies for main
 * processes the company does not have are left out):
 * {@code score = need × fit × readiness × sizeFit / effort} (questionnaires/README.md, "Ranking technologies").
 */
public final class Recommender {

    /** The owner's weight for a priority he did not weight. */
    public static final int DEFAULT_PRIORITY_WEIGHT = 3;
    static final double SIZE_MISFIT = 0.5;
    static final double MISSING_TECHNOLOGY = 0.5;
    /** A year of implementation weighs as much as one step up in investment band effort. */
    static final double MONTHS_PER_EFFORT_POINT = 12.0;

    private Recommender() {
    }

    /** Every technology with a score above 0, best first, ranks starting at 1. */
    public static List<Recommendation> rank(Questionnaire q, Assessment a, Scores scores, Company company) {
        Integer employees = company == null ? null : company.employees();
        List<String> processes = company == null ? List.of() : company.processes();
        List<Recommendation> unranked = new ArrayList<>();
        for (Technology t : q.technologies()) {
            if (!t.fitsProcesses(processes)) {
                continue;
            }
            Recommendation r = evaluate(q, a, scores, employees, t);
            if (r != null && r.score() > 0) {
                unranked.add(r);
            }
        }
        unranked.sort(Comparator.comparingDouble(Recommendation::score).reversed()
                .thenComparing(r -> r.technology().id()));
        List<Recommendation> ranked = new ArrayList<>();
        for (int i = 0; i < unranked.size(); i++) {
            Recommendation r = unranked.get(i);
            ranked.add(new Recommendation(i + 1, r.technology(), r.score(), r.need(), r.fit(), r.readiness(),
                    r.sizeFit(), r.effort(), r.adoption(), r.needs(), r.priorities(), r.missing()));
        }
        return ranked;
    }

    /** The evaluation of one technology, or null when it is skipped (in use, not relevant, not applicable). */
    static Recommendation evaluate(Questionnaire q, Assessment a, Scores scores, Integer employees, Technology t) {
        AdoptionAnswer adoption = a.technologies().get(t.id());
        if (adoption != null && (adoption.notRelevant() || adoption.inUse())) {
            return null;
        }
        if (!t.questions().isEmpty() && t.questions().stream().allMatch(id -> notApplicable(a, id))) {
            return null;
        }
        List<NeedReason> needs = needs(q, a, scores, t);
        double need = needs.stream().mapToDouble(NeedReason::gap).average().orElse(0);
        List<PriorityReason> priorities = priorities(a, t);
        double served = priorities.stream().mapToDouble(PriorityReason::technologyWeight).sum();
        double fit = served == 0 ? 0 : priorities.stream()
                .mapToDouble(p -> p.technologyWeight() * p.ownerWeight()).sum() / (5 * served);
        List<MissingPrerequisite> missing = missing(a, t);
        double readiness = 1;
        for (MissingPrerequisite m : missing) {
            if (m.isTechnology()) {
                readiness *= MISSING_TECHNOLOGY;
            } else {
                int current = m.current() == null ? 0 : m.current();
                readiness *= 1.0 / (1 + (m.required() - current));
            }
        }
        double sizeFit = employees == null || t.employees() == null || t.employees().contains(employees)
                ? 1 : SIZE_MISFIT;
        double effort = q.investmentBand(t.investment()).map(Band::effort).orElse(1.0)
                + t.implementationMonths() / MONTHS_PER_EFFORT_POINT;
        double score = need * fit * readiness * sizeFit / effort;
        return new Recommendation(0, t, score, need, fit, readiness, sizeFit, effort,
                adoption == null ? null : adoption.level(), needs, priorities, missing);
    }

    private static boolean notApplicable(Assessment a, String questionId) {
        LevelAnswer answer = a.answers().get(questionId);
        return answer != null && answer.kind() == LevelAnswer.Kind.NOT_APPLICABLE;
    }

    private static List<NeedReason> needs(Questionnaire q, Assessment a, Scores scores, Technology t) {
        List<NeedReason> reasons = new ArrayList<>();
        for (String questionId : t.questions()) {
            LevelAnswer answer = a.answers().get(questionId);
            if (answer != null && answer.hasLevel()) {
                String dimensionId = q.dimensionOf(questionId).map(Dimension::id).orElseThrow();
                int target = scores.dimension(dimensionId).orElseThrow().target();
                reasons.add(new NeedReason(questionId, dimensionId, (double) answer.level(), target,
                        Math.max(0, target - answer.level())));
            }
        }
        if (reasons.isEmpty()) {
            for (String dimensionId : t.dimensions()) {
                DimensionScore d = scores.dimension(dimensionId).orElseThrow();
                reasons.add(new NeedReason(null, dimensionId, d.level(), d.target(), d.gap()));
            }
        }
        return reasons;
    }

    private static List<PriorityReason> priorities(Assessment a, Technology t) {
        List<PriorityReason> reasons = new ArrayList<>();
        for (Map.Entry<String, Integer> e : t.priorities().entrySet()) {
            Integer owner = a.priorities().get(e.getKey());
            reasons.add(new PriorityReason(e.getKey(), owner == null ? DEFAULT_PRIORITY_WEIGHT : owner, owner != null,
                    e.getValue()));
        }
        reasons.sort(Comparator.comparingInt((PriorityReason p) -> p.ownerWeight() * p.technologyWeight())
                .reversed().thenComparing(PriorityReason::priorityId));
        return reasons;
    }

    private static List<MissingPrerequisite> missing(Assessment a, Technology t) {
        List<MissingPrerequisite> missing = new ArrayList<>();
        for (Map.Entry<String, Integer> e : t.prerequisites().levels().entrySet()) {
            LevelAnswer answer = a.answers().get(e.getKey());
            if (answer != null && answer.kind() == LevelAnswer.Kind.NOT_APPLICABLE) {
                continue;
            }
            Integer current = answer != null && answer.hasLevel() ? answer.level() : null;
            if (current == null || current < e.getValue()) {
                missing.add(MissingPrerequisite.level(e.getKey(), e.getValue(), current));
            }
        }
        for (String other : t.prerequisites().technologies()) {
            AdoptionAnswer adoption = a.technologies().get(other);
            if (adoption == null || !adoption.inUse()) {
                missing.add(MissingPrerequisite.technology(other,
                        adoption == null || adoption.notRelevant() ? null : adoption.level()));
            }
        }
        return missing;
    }
}
