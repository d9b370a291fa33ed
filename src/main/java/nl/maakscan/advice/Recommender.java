package nl.maakscan.advice;

import nl.maakscan.advice.Recommendation.BottleneckReason;
import nl.maakscan.advice.Recommendation.MissingPrerequisite;
import nl.maakscan.advice.Recommendation.NeedReason;
import nl.maakscan.advice.Recommendation.PriorityReason;
import nl.maakscan.model.AdoptionAnswer;
import nl.maakscan.model.Assessment;
import nl.maakscan.model.Band;
import nl.maakscan.model.Company;
import nl.maakscan.model.Dimension;
import nl.maakscan.model.LevelAnswer;
import nl.maakscan.model.Question;
import nl.maakscan.model.Questionnaire;
import nl.maakscan.model.RankingPolicy;
import nl.maakscan.model.Technology;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Ranks the technology catalogue (ranking model 2, questionnaires/README.md "Ranking technologies"):
 * {@code score = (impact × (gapBase + gapWeight × gap) + bottleneckWeight × bottleneck) × readiness
 * × sizeFit / effort^exponent}, every constant from the questionnaire's ranking policy. Technologies
 * that do not apply are left out with the reason (see {@link Applicability}).
 */
public final class Recommender {

    private Recommender() {
    }

    /** The ranked technologies (best first, ranks from 1) and the ones left out, with why. */
    public record Ranking(List<Recommendation> ranked, List<LeftOut> leftOut) {
        public Ranking {
            ranked = List.copyOf(ranked);
            leftOut = List.copyOf(leftOut);
        }
    }

    /** Every technology that applies, best first, ranks starting at 1. */
    public static List<Recommendation> rank(Questionnaire q, Assessment a, Scores scores, Company company) {
        return rankAll(q, a, scores, company).ranked();
    }

    public static Ranking rankAll(Questionnaire q, Assessment a, Scores scores, Company company) {
        List<Recommendation> unranked = new ArrayList<>();
        List<LeftOut> leftOut = new ArrayList<>();
        for (Technology t : q.technologies()) {
            Optional<LeftOut> out = Applicability.check(q, a, company, t);
            if (out.isPresent()) {
                leftOut.add(out.get());
            } else {
                unranked.add(evaluate(q, a, company, t));
            }
        }
        unranked.sort(Comparator.comparingDouble(Recommendation::score).reversed()
                .thenComparing(r -> r.technology().id()));
        List<Recommendation> ranked = new ArrayList<>();
        for (int i = 0; i < unranked.size(); i++) {
            ranked.add(unranked.get(i).withRank(i + 1));
        }
        return new Ranking(ranked, leftOut);
    }

    /** The terms and score of one technology that applies (rank 0). */
    static Recommendation evaluate(Questionnaire q, Assessment a, Company company, Technology t) {
        RankingPolicy p = q.policy();
        List<String> processes = company == null ? List.of() : company.processes();
        Integer employees = company == null ? null : company.employees();
        List<PriorityReason> priorities = priorities(p, a, t);
        double impact = priorities.stream().mapToDouble(r -> r.technologyWeight() * r.ownerWeight()).sum();
        List<NeedReason> needs = needs(q, p, a, processes, employees, t);
        double gap = needs.stream().mapToDouble(NeedReason::gap).average().orElse(0);
        List<BottleneckReason> bottlenecks = bottlenecks(q, a, processes, t);
        double bottleneck = bottlenecks.stream().mapToDouble(BottleneckReason::weight).sum();
        List<MissingPrerequisite> missing = missing(q, a, processes, t);
        double readiness = readiness(p, missing);
        double sizeFit = employees == null || t.employees() == null || t.employees().contains(employees)
                ? 1 : p.sizeMisfit();
        double effort = effort(q, p, t);
        double score = (impact * (p.gapBase() + p.gapWeight() * gap) + p.bottleneckWeight() * bottleneck)
                * readiness * sizeFit / Math.pow(effort, p.effort().exponent());
        AdoptionAnswer adoption = a.technologies().get(t.id());
        return new Recommendation(0, t, score, impact, gap, bottleneck, readiness, sizeFit, effort,
                adoption == null ? null : adoption.level(), needs, priorities, bottlenecks, missing);
    }

    /**
     * Good practice for a driver question: the owner's explicit target for its dimension, else the
     * question's {@code goodPractice} (or the policy's) plus the size shift, rounded, within 0..5.
     */
    static int goodPractice(RankingPolicy p, Question question, Integer explicitTarget, Integer employees) {
        if (explicitTarget != null) {
            return explicitTarget;
        }
        double base = question.goodPractice() != null ? question.goodPractice() : p.goodPractice();
        long level = Math.round(base + RankingPolicy.bySize(p.goodPracticeBySize(), employees, 0));
        return (int) Math.max(Question.MIN_LEVEL, Math.min(Question.MAX_LEVEL, level));
    }

    private static List<NeedReason> needs(Questionnaire q, RankingPolicy p, Assessment a, List<String> processes,
            Integer employees, Technology t) {
        List<NeedReason> reasons = new ArrayList<>();
        for (String questionId : t.questions()) {
            Question question = q.question(questionId).orElseThrow();
            LevelAnswer answer = Scoring.answer(question, a, processes);
            if (answer != null && answer.kind() == LevelAnswer.Kind.NOT_APPLICABLE) {
                continue;
            }
            String dimensionId = q.dimensionOf(questionId).map(Dimension::id).orElseThrow();
            Integer explicit = a.targets().get(dimensionId);
            int target = goodPractice(p, question, explicit, employees);
            String note = answer == null ? null : answer.note();
            if (answer != null && answer.hasLevel()) {
                reasons.add(new NeedReason(questionId, dimensionId, (double) answer.level(), target,
                        Math.max(0, target - answer.level()), explicit != null, note));
            } else {
                reasons.add(new NeedReason(questionId, dimensionId, null, target, Math.min(p.unknownGap(), target),
                        explicit != null, note));
            }
        }
        return reasons;
    }

    private static List<PriorityReason> priorities(RankingPolicy p, Assessment a, Technology t) {
        List<PriorityReason> reasons = new ArrayList<>();
        for (Map.Entry<String, Integer> e : t.priorities().entrySet()) {
            Integer owner = a.priorities().get(e.getKey());
            reasons.add(new PriorityReason(e.getKey(), owner == null ? p.defaultPriorityWeight() : owner,
                    owner != null, e.getValue()));
        }
        reasons.sort(Comparator.comparingInt((PriorityReason r) -> r.ownerWeight() * r.technologyWeight())
                .reversed().thenComparing(PriorityReason::priorityId));
        return reasons;
    }

    private static List<BottleneckReason> bottlenecks(Questionnaire q, Assessment a, List<String> processes,
            Technology t) {
        List<BottleneckReason> reasons = new ArrayList<>();
        for (Map.Entry<String, Integer> e : t.relieves().entrySet()) {
            LevelAnswer answer = Scoring.answer(q.question(e.getKey()).orElseThrow(), a, processes);
            if (answer != null && answer.hasLevel() && answer.level() > 0) {
                reasons.add(new BottleneckReason(e.getKey(), answer.level(), e.getValue(), answer.note()));
            }
        }
        reasons.sort(Comparator.comparingDouble(BottleneckReason::weight).reversed()
                .thenComparing(BottleneckReason::questionId));
        return reasons;
    }

    private static List<MissingPrerequisite> missing(Questionnaire q, Assessment a, List<String> processes,
            Technology t) {
        List<MissingPrerequisite> missing = new ArrayList<>();
        for (Map.Entry<String, Integer> e : t.prerequisites().levels().entrySet()) {
            LevelAnswer answer = Scoring.answer(q.question(e.getKey()).orElseThrow(), a, processes);
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
            if (adoption == null || !adoption.inUse() && !adoption.notRelevant()) {
                missing.add(MissingPrerequisite.technology(other, adoption == null ? null : adoption.level()));
            }
        }
        return missing;
    }

    /** Π 1/(1 + levelShortfall × shortfall) × missingTechnology per missing technology, at least minReadiness. */
    static double readiness(RankingPolicy p, List<MissingPrerequisite> missing) {
        double readiness = 1;
        for (MissingPrerequisite m : missing) {
            if (m.isTechnology()) {
                readiness *= p.missingTechnology();
            } else {
                int current = m.current() == null ? 0 : m.current();
                readiness *= 1.0 / (1 + p.levelShortfall() * (m.required() - current));
            }
        }
        return Math.max(p.minReadiness(), readiness);
    }

    /**
     * With a cost: {@code 1 + cost/costUnit + internalHours/hoursUnit + months/monthsUnit +
     * paybackMonths/paybackUnit} (midpoints; a missing figure counts 0). Without one (questionnaire
     * 1.0.0): the investment band's effort + months/monthsUnit.
     */
    static double effort(Questionnaire q, RankingPolicy p, Technology t) {
        RankingPolicy.Effort e = p.effort();
        double months = t.implementationMonths() == null ? 0 : t.implementationMonths() / e.monthsUnit();
        if (t.cost() == null || t.cost().midpoint() == null) {
            return q.investmentBand(t.investment()).map(Band::effort).orElse(1.0) + months;
        }
        double hours = t.internalHours() == null ? 0 : t.internalHours() / e.hoursUnit();
        Double payback = t.paybackMonths() == null ? null : t.paybackMonths().midpoint();
        return 1 + t.cost().midpoint() / e.costUnit() + hours + months + (payback == null ? 0 : payback / e.paybackUnit());
    }
}
