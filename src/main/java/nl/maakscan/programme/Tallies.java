package nl.maakscan.programme;

import nl.maakscan.advice.PlanRates;
import nl.maakscan.model.Choice;
import nl.maakscan.model.Questionnaire;
import nl.maakscan.programme.Programme.Fact;
import nl.maakscan.programme.Programme.Worked;
import nl.maakscan.programme.ProgrammeOverview.Budget;
import nl.maakscan.programme.ProgrammeOverview.Count;
import nl.maakscan.programme.ProgrammeOverview.Levels;
import nl.maakscan.programme.ProgrammeOverview.Progress;
import nl.maakscan.programme.ProgrammeOverview.TechnologyCount;
import nl.maakscan.programme.ProgrammeOverview.Totals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/** Adds up the worked companies of {@link Programme} into the overview's figures. */
final class Tallies {

    private Tallies() {
    }

    static ProgrammeOverview overview(Selection selection, List<Worked> worked, int samples, PlanRates rates) {
        List<Fact> facts = worked.stream().flatMap(w -> w.facts().stream()).toList();
        Questionnaire reference = facts.stream().max(Comparator.comparing(Fact::entry, Programme.ORDER))
                .map(Fact::questionnaire).orElse(null);
        List<String> topics = Programme.topics(reference);
        Totals totals = new Totals(worked.size(), facts.size(), (int) facts.stream().filter(f -> f.entry().finished())
                .count(), (int) facts.stream().filter(Fact::followUp).count(), samples);
        List<Count> periods = counts(facts, f -> quarter(f.entry().date()));
        periods.sort(Comparator.comparing(Count::key));
        List<Count> coaches = counts(facts, f -> coach(f.entry().assessor()));
        coaches.sort(Comparator.comparing(Count::assessments).reversed()
                .thenComparing(Count::key, Comparator.nullsLast(Comparator.naturalOrder())));
        List<Count> sectors = counts(facts, f -> f.company().sector());
        sectors.sort(Comparator.comparing(Count::companies).reversed()
                .thenComparing(Count::key, Comparator.nullsLast(Comparator.naturalOrder())));
        return new ProgrammeOverview(selection, reference, totals, periods, coaches, sectors,
                budget(worked, reference, rates), topics, levels(worked, topics, reference),
                technologies(facts), progress(worked, topics));
    }

    /** A calendar quarter such as {@code 2026-Q1}. */
    static String quarter(LocalDate date) {
        return date.getYear() + "-Q" + ((date.getMonthValue() - 1) / 3 + 1);
    }

    private static String coach(String assessor) {
        return assessor == null || assessor.isBlank() ? null : assessor.strip();
    }

    private static List<Count> counts(List<Fact> facts, Function<Fact, String> key) {
        Map<String, Set<String>> companies = new LinkedHashMap<>();
        Map<String, Integer> assessments = new HashMap<>();
        for (Fact f : facts) {
            String k = key.apply(f);
            companies.computeIfAbsent(k, x -> new HashSet<>()).add(f.company().id());
            assessments.merge(k, 1, Integer::sum);
        }
        List<Count> list = new ArrayList<>();
        companies.forEach((k, set) -> list.add(new Count(k, set.size(), assessments.get(k))));
        return list;
    }

    private static Budget budget(List<Worked> worked, Questionnaire reference, PlanRates rates) {
        double days = 0;
        double cost = 0;
        int over = 0;
        for (Worked w : worked) {
            Fact f = w.current();
            days += f.adviserDays();
            cost += f.adviserCost();
            over += f.overBudget() ? 1 : 0;
        }
        double dayRate = reference == null ? rates.dayRate(nl.maakscan.model.RankingPolicy.DEFAULTS.plan())
                : rates.dayRate(reference.policy().plan());
        double perCompany = reference == null ? rates.programmeBudget(nl.maakscan.model.RankingPolicy.DEFAULTS.plan())
                : rates.programmeBudget(reference.policy().plan());
        return new Budget(worked.size(), days, cost, dayRate, perCompany, over);
    }

    private record Group(String sector, SizeBand band, boolean unknownBand) {
    }

    private static List<Levels> levels(List<Worked> worked, List<String> topics, Questionnaire reference) {
        Map<Group, List<Fact>> bySectorBand = new HashMap<>();
        Map<Group, List<Fact>> byBand = new HashMap<>();
        List<Fact> all = new ArrayList<>();
        for (Worked w : worked) {
            Fact f = w.current();
            SizeBand band = SizeBand.of(f.company().employees()).orElse(null);
            bySectorBand.computeIfAbsent(new Group(f.company().sector(), band, band == null), g -> new ArrayList<>())
                    .add(f);
            byBand.computeIfAbsent(new Group(null, band, band == null), g -> new ArrayList<>()).add(f);
            all.add(f);
        }
        List<String> sectorOrder = reference == null ? List.of()
                : reference.profile().sectors().stream().map(Choice::id).toList();
        Comparator<Group> order = Comparator.comparing((Group g) -> g.sector() == null ? Integer.MAX_VALUE
                        : sectorOrder.indexOf(g.sector()) < 0 ? Integer.MAX_VALUE - 1 : sectorOrder.indexOf(g.sector()))
                .thenComparing(Group::sector, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(g -> g.band() == null ? SizeBand.values().length : g.band().ordinal());
        List<Levels> list = new ArrayList<>();
        for (Map<Group, List<Fact>> groups : List.of(bySectorBand, byBand)) {
            groups.entrySet().stream().sorted(Map.Entry.comparingByKey(order)).forEach(e -> list.add(
                    new Levels(e.getKey().sector(), e.getKey().band(), e.getKey().unknownBand(), e.getValue().size(),
                            averages(e.getValue(), topics))));
        }
        if (!all.isEmpty()) {
            list.add(new Levels(null, null, false, all.size(), averages(all, topics)));
        }
        return list;
    }

    private static Map<String, Double> averages(List<Fact> facts, List<String> topics) {
        Map<String, Double> averages = new LinkedHashMap<>();
        for (String topic : topics) {
            List<Double> levels = facts.stream().map(f -> Programme.level(f.scores(), topic)).filter(Objects::nonNull)
                    .toList();
            if (!levels.isEmpty()) {
                averages.put(topic, levels.stream().mapToDouble(Double::doubleValue).sum() / levels.size());
            }
        }
        return averages;
    }

    private static List<TechnologyCount> technologies(List<Fact> facts) {
        Map<String, Integer> times = new TreeMap<>();
        for (Fact f : facts) {
            f.top().forEach(t -> times.merge(t, 1, Integer::sum));
        }
        List<TechnologyCount> list = new ArrayList<>();
        times.forEach((t, n) -> list.add(new TechnologyCount(t, n, (double) n / facts.size())));
        list.sort(Comparator.comparing(TechnologyCount::times).reversed().thenComparing(TechnologyCount::technologyId));
        return list;
    }

    private static Progress progress(List<Worked> worked, List<String> topics) {
        Map<String, Double> sums = new LinkedHashMap<>();
        Map<String, Integer> counted = new LinkedHashMap<>();
        int companies = 0;
        for (Worked w : worked) {
            if (w.first() == null) {
                continue;
            }
            companies++;
            for (String topic : topics) {
                Double now = Programme.level(w.current().scores(), topic);
                Double then = Programme.level(w.first(), topic);
                if (now != null && then != null) {
                    sums.merge(topic, now - then, Double::sum);
                    counted.merge(topic, 1, Integer::sum);
                }
            }
        }
        Map<String, Double> averages = new LinkedHashMap<>();
        sums.forEach((topic, sum) -> averages.put(topic, sum / counted.get(topic)));
        return new Progress(companies, averages, counted);
    }
}
