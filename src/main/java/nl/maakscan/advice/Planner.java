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

/**
 * Builds the next-step plan for the top recommendations as a budget over months
 * (questionnaires/README.md, "The next-step plan"): one step per support type of each technology,
 * placed after the steps it depends on and within the company's capacity, priced with the day rate,
 * the investment range and the financing that fits.
 */
public final class Planner {

    /** Months a step of each kind takes; an implementation takes the technology's implementationMonths. */
    static final Map<SupportType, Integer> MONTHS = Map.of(SupportType.INSIGHT, 1, SupportType.STRATEGY, 1,
            SupportType.FEASIBILITY, 2, SupportType.KNOWLEDGE, 2);
    /** The first month for a feasibility study or implementation while a level prerequisite is missing. */
    static final int AFTER_FIXING = 4;

    private Planner() {
    }

    /** The plan for a company of unknown size and level (adviser days as in the catalogue). */
    public static Plan plan(Questionnaire q, List<Recommendation> ranked, int top) {
        return plan(q, ranked, top, null, null, PlanRates.POLICY);
    }

    public static Plan plan(Questionnaire q, List<Recommendation> ranked, int top, Company company,
            Double overallLevel, PlanRates rates) {
        RankingPolicy.PlanPolicy policy = q.policy().plan();
        double dayRate = rates.dayRate(policy);
        Integer employees = company == null ? null : company.employees();
        double factor = RankingPolicy.bySize(policy.daysBySize(), employees, 1) * policy.byLevel(overallLevel);
        Schedule implementations = new Schedule((int) RankingPolicy.bySize(policy.implementationsAtOnce(),
                employees, 2));
        Schedule others = new Schedule((int) RankingPolicy.bySize(policy.stepsAtOnce(), employees, 3));
        List<Recommendation> chosen = inOrder(chosen(ranked, top));
        Map<String, Map<SupportType, Draft>> drafts = new HashMap<>();
        List<Draft> all = new ArrayList<>();
        for (Recommendation r : chosen) {
            Technology t = r.technology();
            Map<SupportType, Draft> own = new EnumMap<>(SupportType.class);
            for (String typeId : t.adviserDays().keySet()) {
                SupportType type = SupportType.fromId(typeId).orElseThrow();
                Draft d = new Draft(r, type, scaledDays(t.adviserDays().get(typeId), factor));
                d.after.addAll(within(own, type));
                if (type == SupportType.IMPLEMENTATION) {
                    for (MissingPrerequisite m : r.missing()) {
                        Map<SupportType, Draft> needed = m.isTechnology() ? drafts.get(m.technologyId()) : null;
                        if (needed != null && needed.containsKey(SupportType.IMPLEMENTATION)) {
                            d.after.add(needed.get(SupportType.IMPLEMENTATION));
                        }
                    }
                }
                int earliest = d.after.stream().mapToInt(x -> x.end + 1).max().orElse(1);
                boolean levelMissing = r.missing().stream().anyMatch(m -> !m.isTechnology());
                if (levelMissing && (type == SupportType.FEASIBILITY || type == SupportType.IMPLEMENTATION)) {
                    earliest = Math.max(earliest, AFTER_FIXING);
                }
                int months = type == SupportType.IMPLEMENTATION
                        ? Math.max(1, t.implementationMonths() == null ? 3 : t.implementationMonths())
                        : MONTHS.getOrDefault(type, 1);
                d.start = (type == SupportType.IMPLEMENTATION ? implementations : others).place(earliest, months);
                d.end = d.start + months - 1;
                own.put(type, d);
                all.add(d);
            }
            drafts.put(t.id(), own);
            hours(t, own);
        }
        all.sort(Comparator.comparingInt((Draft d) -> d.start).thenComparingInt(d -> d.rec.rank())
                .thenComparing(d -> d.type));
        for (int i = 0; i < all.size(); i++) {
            all.get(i).number = i + 1;
        }
        List<Plan.Step> steps = all.stream().map(d -> d.step(q, company, dayRate)).toList();
        return new Plan(steps, dayRate, rates.programmeBudget(policy), policy.months());
    }

    /** The steps of the same technology that a step of this kind waits for. */
    private static List<Draft> within(Map<SupportType, Draft> own, SupportType type) {
        List<Draft> before = new ArrayList<>();
        Draft feasibility = own.get(SupportType.FEASIBILITY);
        switch (type) {
            case INSIGHT -> { }
            case KNOWLEDGE, IMPLEMENTATION, INVESTMENT -> {
                if (feasibility != null) {
                    before.add(feasibility);
                } else {
                    addIfPresent(before, own, SupportType.INSIGHT, SupportType.STRATEGY);
                }
            }
            default -> addIfPresent(before, own, SupportType.INSIGHT, SupportType.STRATEGY);
        }
        return before;
    }

    private static void addIfPresent(List<Draft> list, Map<SupportType, Draft> own, SupportType... types) {
        for (SupportType t : types) {
            if (own.containsKey(t)) {
                list.add(own.get(t));
            }
        }
    }

    /** The technology's internal hours split over its steps by adviser days; the last step takes what rounding leaves. */
    private static void hours(Technology t, Map<SupportType, Draft> own) {
        int total = t.internalHours() == null ? 0 : t.internalHours();
        double days = own.values().stream().mapToDouble(d -> d.days).sum();
        int left = total;
        List<Draft> list = new ArrayList<>(own.values());
        for (int i = 0; i < list.size(); i++) {
            Draft d = list.get(i);
            d.hours = i == list.size() - 1 ? left : (int) Math.round(total * d.days / days);
            left -= d.hours;
        }
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

    /** By rank, but a chosen technology that another needs first comes before it. */
    private static List<Recommendation> inOrder(List<Recommendation> chosen) {
        List<Recommendation> left = new ArrayList<>(chosen);
        left.sort(Comparator.comparingInt(Recommendation::rank));
        List<Recommendation> ordered = new ArrayList<>();
        while (!left.isEmpty()) {
            Recommendation next = left.stream().filter(r -> r.missing().stream().noneMatch(m -> m.isTechnology()
                    && left.stream().anyMatch(o -> o != r && o.technology().id().equals(m.technologyId()))))
                    .findFirst().orElse(left.get(0));
            left.remove(next);
            ordered.add(next);
        }
        return ordered;
    }

    /** Catalogue days × factor, rounded to half days, at least half a day. */
    static double scaledDays(double days, double factor) {
        return Math.max(0.5, Math.round(days * factor * 2) / 2.0);
    }

    /** A step while it is being placed. */
    private static final class Draft {
        final Recommendation rec;
        final SupportType type;
        final double days;
        final List<Draft> after = new ArrayList<>();
        int start;
        int end;
        int hours;
        int number;

        Draft(Recommendation rec, SupportType type, double days) {
            this.rec = rec;
            this.type = type;
            this.days = days;
        }

        Plan.Step step(Questionnaire q, Company company, double dayRate) {
            Technology t = rec.technology();
            boolean implementation = type == SupportType.IMPLEMENTATION;
            List<FinancingMatch> funding = Funding.forStep(q, t, type, company, days, dayRate);
            Double expected = funding.stream().map(FinancingMatch::amount).filter(a -> a != null)
                    .max(Double::compare).orElse(null);
            return new Plan.Step(number, Phase.starting(start), rec.rank(), t.id(), type, start, end,
                    after.stream().map(d -> d.number).sorted().toList(), t.plan().get(type.id()),
                    implementation ? t.result() : null, days, days * dayRate, implementation ? t.cost() : null,
                    hours, funding, expected, rec.missing());
        }
    }
}
