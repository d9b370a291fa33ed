package nl.maakscan.advice;

import nl.maakscan.advice.Recommendation.BottleneckReason;
import nl.maakscan.advice.Recommendation.Misfit;
import nl.maakscan.advice.Recommendation.MissingPrerequisite;
import nl.maakscan.advice.Recommendation.NeedReason;
import nl.maakscan.advice.Recommendation.PriorityReason;
import nl.maakscan.model.AdoptionAnswer;
import nl.maakscan.model.Assessment;
import nl.maakscan.model.Company;
import nl.maakscan.model.Questionnaire;
import nl.maakscan.model.RankingPolicy;
import nl.maakscan.model.Technology;

import java.util.List;
import java.util.Map;

/**
 * The terms of a technology's score that do not depend on what is ranked above it, worked out once per
 * assessment: the greedy ranking ({@link Recommender}) evaluates every open technology again for every place,
 * and only the gap, the bottleneck relief and the readiness change with what the places above address. The
 * score is the same expression as before, over the same values, so it is the same to the last bit.
 */
record RankingTerms(Technology technology, List<PriorityReason> priorities, double impact,
        List<NeedReason> needs, List<BottleneckReason> bottlenecks, double lossShare,
        List<MissingPrerequisite> missing, double sizeFit, List<Misfit> misfits, double profileFit,
        double effort, AdoptionAnswer adoption, double interest) {

    static RankingTerms of(Questionnaire q, Assessment a, Company company, Technology t) {
        RankingPolicy p = q.policy();
        List<String> processes = company == null ? List.of() : company.processes();
        Integer employees = company == null ? null : company.employees();
        List<PriorityReason> priorities = Recommender.priorities(p, a, t);
        double impact = priorities.stream().mapToDouble(r -> r.technologyWeight()
                * RankingPolicy.weight(r.ownerWeight(), p.priorityExponent())).sum();
        String sector = company == null ? null : company.sector();
        List<NeedReason> needs = Recommender.needs(q, p, a, processes, employees, sector, t);
        List<BottleneckReason> bottlenecks = Recommender.bottlenecks(q, a, processes, t);
        double lossShare = Recommender.lossShare(p, t, bottlenecks);
        List<MissingPrerequisite> missing = Recommender.missing(q, a, processes, t);
        double sizeFit = employees == null || t.employees() == null || t.employees().contains(employees)
                ? 1 : p.sizeMisfit();
        List<Misfit> misfits = Recommender.misfits(q, a, processes, t);
        double profileFit = Math.pow(p.profileMisfit(), misfits.size());
        double effort = Recommender.effort(q, p, t);
        AdoptionAnswer adoption = a.technologies().get(t.id());
        double interest = 1 + p.interest() * (adoption == null || adoption.notRelevant() ? 0 : adoption.level());
        return new RankingTerms(t, List.copyOf(priorities), impact, List.copyOf(needs), List.copyOf(bottlenecks),
                lossShare, List.copyOf(missing), sizeFit, List.copyOf(misfits), profileFit, effort, adoption,
                interest);
    }

    /** The recommendation (rank 0) below technologies that address the questions counted in {@code covered}. */
    Recommendation below(RankingPolicy p, Map<String, Integer> covered) {
        double gap = needs.stream().mapToDouble(n -> n.gap() * Recommender.shared(p, covered, n.questionId()))
                .average().orElse(0);
        double bottleneck = bottlenecks.stream().mapToDouble(x -> x.relieves()
                * RankingPolicy.weight(x.level(), p.bottleneckExponent())
                * Recommender.shared(p, covered, x.questionId())
                * (p.growthLimits().contains(x.questionId()) ? lossShare : 1)).sum();
        double readiness = Recommender.readiness(p, missing, m -> covered.containsKey(
                m.isTechnology() ? Recommender.TECHNOLOGY + m.technologyId() : m.questionId()));
        double score = (impact * (p.gapBase() + p.gapWeight() * gap) + p.bottleneckWeight() * bottleneck)
                * readiness * sizeFit * profileFit * interest / Math.pow(effort, p.effort().exponent());
        return new Recommendation(0, technology, score, impact, gap, bottleneck, readiness, sizeFit, profileFit,
                interest, effort, adoption == null ? null : adoption.level(), needs, priorities, bottlenecks,
                missing, misfits, List.of());
    }
}
