package nl.maakscan.advice;

import nl.maakscan.advice.Recommendation.MissingPrerequisite;
import nl.maakscan.model.Company;
import nl.maakscan.model.Questionnaire;
import nl.maakscan.model.RankingPolicy;
import nl.maakscan.model.SupportType;
import nl.maakscan.model.Technology;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds the phased next-step plan for the top recommendations (questionnaires/README.md, "The next-step plan"). */
public final class Planner {

    private Planner() {
    }

    /** The plan for a company of unknown size and level (adviser days as in the catalogue). */
    public static Plan plan(Questionnaire q, List<Recommendation> ranked, int top) {
        return plan(q, ranked, top, null, null);
    }

    public static Plan plan(Questionnaire q, List<Recommendation> ranked, int top, Company company,
            Double overallLevel) {
        RankingPolicy.PlanPolicy policy = q.policy().plan();
        List<Recommendation> chosen = chosen(ranked, top);
        Map<String, Map<SupportType, Phase>> phases = new HashMap<>();
        for (Recommendation r : chosen) {
            phases.put(r.technology().id(), phases(r, policy.quickMonths()));
        }
        // a recommended technology that another one needs is implemented before it
        for (int pass = 0; pass < chosen.size(); pass++) {
            for (Recommendation r : chosen) {
                for (MissingPrerequisite m : r.missing()) {
                    Map<SupportType, Phase> needed = m.isTechnology() ? phases.get(m.technologyId()) : null;
                    if (needed != null) {
                        Phase after = latest(needed).next();
                        phases.get(r.technology().id()).replaceAll((type, phase) ->
                                type == SupportType.IMPLEMENTATION ? phase.later(after) : phase);
                    }
                }
            }
        }
        Integer employees = company == null ? null : company.employees();
        double factor = RankingPolicy.bySize(policy.daysBySize(), employees, 1) * policy.byLevel(overallLevel);
        List<Plan.Step> steps = new ArrayList<>();
        for (Recommendation r : chosen) {
            Technology t = r.technology();
            phases.get(t.id()).forEach((type, phase) -> {
                double days = scaledDays(t.adviserDays().get(type.id()), factor);
                steps.add(new Plan.Step(phase, r.rank(), t.id(), type, days,
                        Funding.forStep(q, t, type, company, days), r.missing()));
            });
        }
        steps.sort(Comparator.comparing(Plan.Step::phase).thenComparingInt(Plan.Step::rank)
                .thenComparing(Plan.Step::supportType));
        double total = steps.stream().mapToDouble(Plan.Step::adviserDays).sum();
        return new Plan(steps, total);
    }

    /** The top recommendations, plus any recommended technology that one of them needs first. */
    static List<Recommendation> chosen(List<Recommendation> ranked, int top) {
        List<Recommendation> chosen = new ArrayList<>(ranked.subList(0, Math.min(top, ranked.size())));
        for (int i = 0; i < chosen.size(); i++) {
            for (MissingPrerequisite m : chosen.get(i).missing()) {
                if (m.isTechnology() && chosen.stream().noneMatch(c -> c.technology().id().equals(m.technologyId()))) {
                    ranked.stream().filter(r -> r.technology().id().equals(m.technologyId())).findFirst()
                            .ifPresent(chosen::add);
                }
            }
        }
        return chosen;
    }

    /** Catalogue days × factor, rounded to half days, at least half a day. */
    static double scaledDays(double days, double factor) {
        return Math.max(0.5, Math.round(days * factor * 2) / 2.0);
    }

    private static Map<SupportType, Phase> phases(Recommendation r, int quickMonths) {
        Map<SupportType, Phase> result = new EnumMap<>(SupportType.class);
        Technology t = r.technology();
        for (String typeId : t.adviserDays().keySet()) {
            SupportType type = SupportType.fromId(typeId).orElseThrow();
            Phase phase = switch (type) {
                case INSIGHT, STRATEGY -> Phase.MONTHS_0_3;
                case FEASIBILITY -> r.ready() ? Phase.MONTHS_0_3 : Phase.MONTHS_3_6;
                case KNOWLEDGE -> Phase.MONTHS_3_6;
                case IMPLEMENTATION, INVESTMENT -> r.ready() && t.implementationMonths() <= quickMonths
                        ? Phase.MONTHS_3_6 : Phase.MONTHS_6_12;
            };
            result.put(type, phase);
        }
        return result;
    }

    private static Phase latest(Map<SupportType, Phase> phases) {
        return phases.values().stream().max(Comparator.naturalOrder()).orElse(Phase.MONTHS_0_3);
    }
}
