package nl.maakscan.programme;

import nl.maakscan.advice.PlanRates;
import nl.maakscan.advice.Scores;
import nl.maakscan.model.Company;
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

/**
 * Adds up the worked companies of {@link Programme} into the overview's figures as they come, a batch at a time:
 * of an assessment only its counts are kept (quarter, coach, sector, finished, follow-up, its top five), of a
 * company its current assessment's scores and plan totals and the scores of its first assessment, so what is
 * held grows with the companies, not with their assessments. The averages are added up at the end in the order
 * the companies came, as before.
 */
final class Tallies {

    /** A company's part of the levels, the budget and the progress. */
    private record Current(Company company, Scores scores, double adviserDays, double adviserCost,
            boolean overBudget, Scores first) {
    }

    private final Counter periods = new Counter();
    private final Counter coaches = new Counter();
    private final Counter sectors = new Counter();
    private final Map<String, Integer> technologies = new TreeMap<>();
    private final List<Current> currents = new ArrayList<>();
    private Fact newest;
    private int assessments;
    private int finished;
    private int followUps;

    /** Counts a worked company and its assessments; keeps only what the figures at the end need. */
    void add(Worked w) {
        for (Fact f : w.facts()) {
            if (newest == null || Programme.ORDER.compare(f.entry(), newest.entry()) > 0) {
                newest = f;
            }
            assessments++;
            finished += f.entry().finished() ? 1 : 0;
            followUps += f.followUp() ? 1 : 0;
            String company = f.company().id();
            periods.add(quarter(f.entry().date()), company);
            coaches.add(coach(f.entry().assessor()), company);
            sectors.add(f.company().sector(), company);
            f.top().forEach(t -> technologies.merge(t, 1, Integer::sum));
        }
        Fact c = w.current();
        currents.add(new Current(c.company(), c.scores(), c.adviserDays(), c.adviserCost(), c.overBudget(),
                w.first()));
    }

    ProgrammeOverview overview(Selection selection, int samples, PlanRates rates) {
        Questionnaire reference = newest == null ? null : newest.questionnaire();
        List<String> topics = Programme.topics(reference);
        Totals totals = new Totals(currents.size(), assessments, finished, followUps, samples);
        List<Count> periodCounts = periods.counts();
        periodCounts.sort(Comparator.comparing(Count::key));
        List<Count> coachCounts = coaches.counts();
        coachCounts.sort(Comparator.comparing(Count::assessments).reversed()
                .thenComparing(Count::key, Comparator.nullsLast(Comparator.naturalOrder())));
        List<Count> sectorCounts = sectors.counts();
        sectorCounts.sort(Comparator.comparing(Count::companies).reversed()
                .thenComparing(Count::key, Comparator.nullsLast(Comparator.naturalOrder())));
        return new ProgrammeOverview(selection, reference, totals, periodCounts, coachCounts, sectorCounts,
                budget(reference, rates), topics, levels(topics, reference), technologyCounts(), progress(topics));
    }

    /** A calendar quarter such as {@code 2026-Q1}. */
    static String quarter(LocalDate date) {
        return date.getYear() + "-Q" + ((date.getMonthValue() - 1) / 3 + 1);
    }

    private static String coach(String assessor) {
        return assessor == null || assessor.isBlank() ? null : assessor.strip();
    }

    /** Per key: the distinct companies and the assessments. */
    private static final class Counter {
        private final Map<String, Set<String>> companies = new LinkedHashMap<>();
        private final Map<String, Integer> assessments = new HashMap<>();

        void add(String key, String companyId) {
            companies.computeIfAbsent(key, x -> new HashSet<>()).add(companyId);
            assessments.merge(key, 1, Integer::sum);
        }

        List<Count> counts() {
            List<Count> list = new ArrayList<>();
            companies.forEach((k, set) -> list.add(new Count(k, set.size(), assessments.get(k))));
            return list;
        }
    }

    private Budget budget(Questionnaire reference, PlanRates rates) {
        double days = 0;
        double cost = 0;
        int over = 0;
        for (Current f : currents) {
            days += f.adviserDays();
            cost += f.adviserCost();
            over += f.overBudget() ? 1 : 0;
        }
        double dayRate = reference == null ? rates.dayRate(nl.maakscan.model.RankingPolicy.DEFAULTS.plan())
                : rates.dayRate(reference.policy().plan());
        double perCompany = reference == null ? rates.programmeBudget(nl.maakscan.model.RankingPolicy.DEFAULTS.plan())
                : rates.programmeBudget(reference.policy().plan());
        return new Budget(currents.size(), days, cost, dayRate, perCompany, over);
    }

    private record Group(String sector, SizeBand band, boolean unknownBand) {
    }

    private List<Levels> levels(List<String> topics, Questionnaire reference) {
        Map<Group, List<Current>> bySectorBand = new HashMap<>();
        Map<Group, List<Current>> byBand = new HashMap<>();
        List<Current> all = new ArrayList<>();
        for (Current f : currents) {
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
        for (Map<Group, List<Current>> groups : List.of(bySectorBand, byBand)) {
            groups.entrySet().stream().sorted(Map.Entry.comparingByKey(order)).forEach(e -> list.add(
                    new Levels(e.getKey().sector(), e.getKey().band(), e.getKey().unknownBand(), e.getValue().size(),
                            averages(e.getValue(), topics))));
        }
        if (!all.isEmpty()) {
            list.add(new Levels(null, null, false, all.size(), averages(all, topics)));
        }
        return list;
    }

    private static Map<String, Double> averages(List<Current> facts, List<String> topics) {
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

    private List<TechnologyCount> technologyCounts() {
        List<TechnologyCount> list = new ArrayList<>();
        technologies.forEach((t, n) -> list.add(new TechnologyCount(t, n, (double) n / assessments)));
        list.sort(Comparator.comparing(TechnologyCount::times).reversed().thenComparing(TechnologyCount::technologyId));
        return list;
    }

    private Progress progress(List<String> topics) {
        Map<String, Double> sums = new LinkedHashMap<>();
        Map<String, Integer> counted = new LinkedHashMap<>();
        int companies = 0;
        for (Current w : currents) {
            if (w.first() == null) {
                continue;
            }
            companies++;
            for (String topic : topics) {
                Double now = Programme.level(w.scores(), topic);
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
