package nl.maakscan.advice;

import nl.maakscan.advice.Recommendation.BottleneckReason;
import nl.maakscan.advice.Recommendation.Misfit;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Ranks the technology catalogue (ranking model 2, questionnaires/README.md "Ranking technologies"):
 * {@code score = (impact × (gapBase + gapWeight × gap) + bottleneckWeight × bottleneck) × readiness
 * × sizeFit × profileFit × interest / effort^exponent + foundation}, every constant from the questionnaire's
 * ranking policy. Technologies that do not apply are left out with the reason (see {@link Applicability}).
 */
public final class Recommender {

    /** Key prefix in the map of what the technologies ranked above address, for the technologies themselves. */
    static final String TECHNOLOGY = "technology:";

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

    /**
     * Ranks greedily: each place goes to the best technology given the ones ranked above it, whose
     * bottlenecks and driver questions count {@code overlap} times less for every technology above that
     * already addresses them (a top five covers the owner's different losses, not one loss five times),
     * and a missing prerequisite that a technology above addresses (its driver question, or the
     * technology itself) lowers the readiness only half as much (square root): the plan puts it first.
     * The other way round, a technology that a technology above needs first and that is still missing
     * adds what it unlocks there ({@link Foundations}): a foundation is surfaced where what needs it
     * ranks high, and nowhere else.
     */
    public static Ranking rankAll(Questionnaire q, Assessment a, Scores scores, Company company) {
        return rank(q, a, company, Integer.MAX_VALUE);
    }

    /**
     * The first {@code places} of {@link #rankAll} (fewer when fewer apply), the same as its first places: each
     * place depends only on the places above it, so the ranking stops there (the programme overview counts
     * each assessment's top five).
     */
    public static List<Recommendation> rankTop(Questionnaire q, Assessment a, Scores scores, Company company,
            int places) {
        return rank(q, a, company, places).ranked();
    }

    private static Ranking rank(Questionnaire q, Assessment a, Company company, int places) {
        List<RankingTerms> open = new ArrayList<>();
        List<LeftOut> leftOut = new ArrayList<>();
        for (Technology t : q.technologies()) {
            Optional<LeftOut> out = Applicability.check(q, a, company, t);
            if (out.isPresent()) {
                leftOut.add(out.get());
            } else {
                open.add(RankingTerms.of(q, a, company, t));
            }
        }
        Map<String, Integer> covered = new HashMap<>();
        List<Recommendation> ranked = new ArrayList<>();
        while (!open.isEmpty() && ranked.size() < places) {
            Recommendation best = null;
            int chosen = -1;
            for (int i = 0; i < open.size(); i++) {
                Technology t = open.get(i).technology();
                Recommendation own = open.get(i).below(q.policy(), covered);
                Recommendation r = own.withFoundation(Foundations.unlocks(q, own, ranked, covered));
                if (best == null || r.score() > best.score()
                        || r.score() == best.score() && t.id().compareTo(best.technology().id()) < 0) {
                    best = r;
                    chosen = i;
                }
            }
            ranked.add(best.withRank(ranked.size() + 1));
            open.remove(chosen);
            best.bottlenecks().forEach(x -> covered.merge(x.questionId(), 1, Integer::sum));
            best.needs().stream().filter(n -> n.gap() > 0).forEach(n -> covered.merge(n.questionId(), 1, Integer::sum));
            covered.put(TECHNOLOGY + best.technology().id(), 1);
        }
        return new Ranking(ranked, leftOut);
    }

    /** The terms and score of one technology that applies, with nothing ranked above it (rank 0). */
    static Recommendation evaluate(Questionnaire q, Assessment a, Company company, Technology t) {
        return evaluate(q, a, company, t, Map.of());
    }

    /** The terms and score below technologies that already address the questions counted in {@code covered}. */
    static Recommendation evaluate(Questionnaire q, Assessment a, Company company, Technology t,
            Map<String, Integer> covered) {
        return RankingTerms.of(q, a, company, t).below(q.policy(), covered);
    }

    /**
     * The technology's {@code fits} that the company's answers do not meet. Only a level counts: a
     * profile question left open, answered don't know or not applicable (a welding question for a
     * company that does not weld, every question of questionnaire 1.0.0) never lowers the ranking.
     */
    static List<Misfit> misfits(Questionnaire q, Assessment a, List<String> processes, Technology t) {
        List<Misfit> misfits = new ArrayList<>();
        for (Map.Entry<String, Technology.Fit> e : t.fits().entrySet()) {
            Integer level = profileLevel(q, a, processes, e.getKey());
            if (level != null && !e.getValue().contains(level)) {
                misfits.add(new Misfit(e.getKey(), level, e.getValue().min(), e.getValue().max()));
            }
        }
        return misfits;
    }

    /** The level answered to a profile question the company is asked; null when there is none. */
    private static Integer profileLevel(Questionnaire q, Assessment a, List<String> processes, String questionId) {
        Optional<Question> question = q.question(questionId);
        LevelAnswer answer = question.map(x -> Scoring.answer(x, a, processes)).orElse(null);
        return answer != null && answer.hasLevel() ? answer.level() : null;
    }

    /**
     * How much a technology's relief of a growth limit ({@code growthLimits}: finding people, machine
     * capacity) counts. A technology frees people and machine hours in the work it takes over: when it
     * mainly relieves losses of its own (set-up, welding and finishing, handling ...: relief 2 or 3),
     * a growth limit counts as much as the heaviest of those losses weighs for this company
     * ({@code W(B)/5}); a technology without such a loss of its own (a skills matrix) counts it fully.
     */
    static double lossShare(RankingPolicy p, Technology t, List<BottleneckReason> bottlenecks) {
        boolean ownLosses = t.relieves().entrySet().stream()
                .anyMatch(e -> !p.growthLimits().contains(e.getKey()) && e.getValue() >= MAIN_RELIEF);
        if (!ownLosses) {
            return 1;
        }
        return bottlenecks.stream().filter(x -> !p.growthLimits().contains(x.questionId()) && x.relieves() >= MAIN_RELIEF)
                .mapToDouble(x -> RankingPolicy.weight(x.level(), p.bottleneckExponent()) / 5).max().orElse(0);
    }

    /** A relief of 2 or 3 is one of a technology's main effects; 1 is a side effect. */
    static final int MAIN_RELIEF = 2;

    /** {@code overlap^n} for a question that n technologies ranked above already address. */
    static double shared(RankingPolicy p, Map<String, Integer> covered, String questionId) {
        return Math.pow(p.overlap(), covered.getOrDefault(questionId, 0));
    }

    /**
     * Good practice for a driver question: the owner's explicit target for its dimension, else the
     * question's {@code goodPractice} for the company's sector (or the question's own, or the policy's)
     * plus the size shift, rounded, within 0..5.
     */
    static int goodPractice(RankingPolicy p, Question question, Integer explicitTarget, Integer employees,
            String sector) {
        if (explicitTarget != null) {
            return explicitTarget;
        }
        Integer own = question.goodPractice(sector);
        double base = own != null ? own : p.goodPractice();
        long level = Math.round(base + RankingPolicy.bySize(p.goodPracticeBySize(), employees, 0));
        return (int) Math.max(Question.MIN_LEVEL, Math.min(Question.MAX_LEVEL, level));
    }

    static List<NeedReason> needs(Questionnaire q, RankingPolicy p, Assessment a, List<String> processes,
            Integer employees, String sector, Technology t) {
        List<NeedReason> reasons = new ArrayList<>();
        for (String questionId : t.questions()) {
            Question question = q.question(questionId).orElseThrow();
            LevelAnswer answer = Scoring.answer(question, a, processes);
            if (answer != null && answer.kind() == LevelAnswer.Kind.NOT_APPLICABLE) {
                continue;
            }
            String dimensionId = q.dimensionOf(questionId).map(Dimension::id).orElseThrow();
            Integer explicit = a.targets().get(dimensionId);
            int target = goodPractice(p, question, explicit, employees, sector);
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

    static List<PriorityReason> priorities(RankingPolicy p, Assessment a, Technology t) {
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

    static List<BottleneckReason> bottlenecks(Questionnaire q, Assessment a, List<String> processes,
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

    static List<MissingPrerequisite> missing(Questionnaire q, Assessment a, List<String> processes,
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
        return readiness(p, missing, m -> false);
    }

    /** As above; a prerequisite that a technology ranked above addresses counts with the square root of its factor. */
    static double readiness(RankingPolicy p, List<MissingPrerequisite> missing,
            java.util.function.Predicate<MissingPrerequisite> planned) {
        double readiness = 1;
        for (MissingPrerequisite m : missing) {
            double factor = factor(p, m);
            readiness *= planned.test(m) ? Math.sqrt(factor) : factor;
        }
        return Math.max(p.minReadiness(), readiness);
    }

    /** The readiness factor of one missing prerequisite: missingTechnology, or 1/(1 + levelShortfall × shortfall). */
    static double factor(RankingPolicy p, MissingPrerequisite m) {
        if (m.isTechnology()) {
            return p.missingTechnology();
        }
        int current = m.current() == null ? 0 : m.current();
        return 1.0 / (1 + p.levelShortfall() * (m.required() - current));
    }


    /**
     * With a cost: {@code 1 + ln(1 + cost/costUnit) + internalHours/hoursUnit + months/monthsUnit +
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
        return 1 + Math.log1p(t.cost().midpoint() / e.costUnit()) + hours + months + (payback == null ? 0 : payback / e.paybackUnit());
    }
}
