package nl.maakscan.advice;

import nl.maakscan.advice.Recommendation.MissingPrerequisite;
import nl.maakscan.model.FinancingInstrument;
import nl.maakscan.model.Questionnaire;
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

    /** How many recommendations the plan covers by default. */
    public static final int DEFAULT_TOP = 5;
    /** Technologies that take at most this many months can be implemented in the 3-6 month phase. */
    static final int QUICK_IMPLEMENTATION_MONTHS = 3;

    private Planner() {
    }

    public static Plan plan(Questionnaire q, List<Recommendation> ranked, int top) {
        List<Recommendation> chosen = ranked.subList(0, Math.min(top, ranked.size()));
        Map<String, Map<SupportType, Phase>> phases = new HashMap<>();
        for (Recommendation r : chosen) {
            phases.put(r.technology().id(), phases(r));
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
        List<Plan.Step> steps = new ArrayList<>();
        for (Recommendation r : chosen) {
            Technology t = r.technology();
            phases.get(t.id()).forEach((type, phase) -> steps.add(new Plan.Step(phase, r.rank(), t.id(), type,
                    t.adviserDays().get(type.id()), financing(q, t, type), r.missing())));
        }
        steps.sort(Comparator.comparing(Plan.Step::phase).thenComparingInt(Plan.Step::rank)
                .thenComparing(Plan.Step::supportType));
        double total = steps.stream().mapToDouble(Plan.Step::adviserDays).sum();
        return new Plan(steps, total);
    }

    private static Map<SupportType, Phase> phases(Recommendation r) {
        Map<SupportType, Phase> result = new EnumMap<>(SupportType.class);
        Technology t = r.technology();
        for (String typeId : t.adviserDays().keySet()) {
            SupportType type = SupportType.fromId(typeId).orElseThrow();
            Phase phase = switch (type) {
                case INSIGHT, STRATEGY -> Phase.MONTHS_0_3;
                case FEASIBILITY -> r.ready() ? Phase.MONTHS_0_3 : Phase.MONTHS_3_6;
                case KNOWLEDGE -> Phase.MONTHS_3_6;
                case IMPLEMENTATION, INVESTMENT -> r.ready() && t.implementationMonths() <= QUICK_IMPLEMENTATION_MONTHS
                        ? Phase.MONTHS_3_6 : Phase.MONTHS_6_12;
            };
            result.put(type, phase);
        }
        return result;
    }

    private static Phase latest(Map<SupportType, Phase> phases) {
        return phases.values().stream().max(Comparator.naturalOrder()).orElse(Phase.MONTHS_0_3);
    }

    /** The technology's instruments that can pay for this kind of step; purchases go with implementation. */
    private static List<String> financing(Questionnaire q, Technology t, SupportType type) {
        List<String> ids = new ArrayList<>();
        for (String id : t.financing()) {
            FinancingInstrument i = q.instrument(id).orElseThrow();
            boolean fits = i.supports().contains(type.id())
                    || type == SupportType.IMPLEMENTATION && i.supports().contains(SupportType.INVESTMENT.id());
            if (fits) {
                ids.add(id);
            }
        }
        return ids;
    }
}
