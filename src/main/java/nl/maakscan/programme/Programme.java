package nl.maakscan.programme;

import nl.maakscan.advice.Advice;
import nl.maakscan.advice.DimensionScore;
import nl.maakscan.advice.PlanRates;
import nl.maakscan.advice.Recommendation;
import nl.maakscan.advice.Recommender;
import nl.maakscan.advice.Scores;
import nl.maakscan.advice.Scoring;
import nl.maakscan.model.Company;
import nl.maakscan.model.Dimension;
import nl.maakscan.model.Questionnaire;
import nl.maakscan.programme.ProgrammeSource.Entry;
import nl.maakscan.programme.ProgrammeSource.Member;
import nl.maakscan.programme.ProgrammeSource.Scan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The programme overview of a database (README, "Programme overview"). The selection picks the assessments by
 * their date and their company's sector; sample companies are left out unless asked for. Every assessment in
 * the selection is scored and advised with the existing advice (the plan priced at {@code rates}); then:
 * <ul>
 * <li>per quarter, coach and sector: the assessments in it and the distinct companies they are of;</li>
 * <li>a company's current plan, levels and size are those of its latest assessment in the selection;</li>
 * <li>a follow-up is an assessment with an earlier one of the same company (at any date); progress compares a
 * company's latest follow-up in the selection with its first assessment ever;</li>
 * <li>the technologies counted are each assessment's top five of the ranking.</li>
 * </ul>
 * The assessments are read from the source a batch at a time ({@link ProgrammeSource#loadAll}); the companies
 * of a batch are worked on in parallel and added to the {@link Tallies} before the next batch is read.
 */
public final class Programme {

    /** How many of an assessment's ranked technologies count as its recommendations. */
    public static final int TOP = 5;

    /** The order of a company's assessments: by date, then by when they were created. */
    static final Comparator<Entry> ORDER = Comparator.comparing(Entry::date)
            .thenComparing(Entry::created, Comparator.nullsFirst(Comparator.<Instant>naturalOrder()))
            .thenComparing(Entry::id);

    private Programme() {
    }

    /** What one assessment in the selection adds to the figures. */
    record Fact(Entry entry, Company company, Questionnaire questionnaire, Scores scores, List<String> top,
            double adviserDays, double adviserCost, boolean overBudget, boolean followUp) {
    }

    /** A company with its assessments in the selection (in order) and the scores of its first one ever, if earlier. */
    record Worked(Company company, List<Fact> facts, Scores first) {
        Fact current() {
            return facts.get(facts.size() - 1);
        }
    }

    public static ProgrammeOverview of(ProgrammeSource source, Selection selection, PlanRates rates) {
        Map<String, Company> members = new LinkedHashMap<>();
        int samples = 0;
        for (Member m : source.companies()) {
            if (m.sample() && !selection.includeSamples()) {
                samples++;
            } else if (selection.sector() == null || selection.sector().equals(m.company().sector())) {
                members.put(m.company().id(), m.company());
            }
        }
        Map<String, List<Entry>> entries = new LinkedHashMap<>();
        for (Entry e : source.assessments()) {
            if (members.containsKey(e.companyId())) {
                entries.computeIfAbsent(e.companyId(), k -> new ArrayList<>()).add(e);
            }
        }
        List<Todo> todo = new ArrayList<>();
        for (Map.Entry<String, List<Entry>> e : entries.entrySet()) {
            Todo t = Todo.of(members.get(e.getKey()), e.getValue(), selection);
            if (t.last() >= 0) {
                todo.add(t);
            }
        }
        Tallies tallies = new Tallies();
        for (int from = 0, to; from < todo.size(); from = to) {
            Set<String> ids = new LinkedHashSet<>();
            for (to = from; to < todo.size() && (to == from || ids.size() < BATCH); to++) {
                ids.addAll(todo.get(to).ids(selection));
            }
            Map<String, Scan> scans = source.loadAll(ids);
            todo.subList(from, to).parallelStream().map(t -> work(t, scans, selection, rates))
                    .flatMap(Optional::stream).toList().forEach(tallies::add);
        }
        return tallies.overview(selection, samples, rates);
    }

    /**
     * How many assessments are read from the source at once: few queries for many assessments, while only a
     * batch of them is held in memory (an organisation's database may hold a hundred thousand).
     */
    static final int BATCH = 1000;

    /** A company's assessments in order, and the index of its last one in the selection (-1: none). */
    private record Todo(Company company, List<Entry> sorted, int last) {
        static Todo of(Company company, List<Entry> all, Selection selection) {
            List<Entry> sorted = new ArrayList<>(all);
            sorted.sort(ORDER);
            int last = -1;
            for (int i = 0; i < sorted.size(); i++) {
                if (selection.covers(sorted.get(i).date())) {
                    last = i;
                }
            }
            return new Todo(company, sorted, last);
        }

        /** The assessments to read: those in the selection, and the first one ever when there are follow-ups. */
        List<String> ids(Selection selection) {
            List<String> ids = new ArrayList<>();
            if (last > 0) {
                ids.add(sorted.get(0).id());
            }
            for (int i = 0; i <= last; i++) {
                if (selection.covers(sorted.get(i).date())) {
                    ids.add(sorted.get(i).id());
                }
            }
            return ids;
        }
    }

    private static Optional<Worked> work(Todo todo, Map<String, Scan> scans, Selection selection, PlanRates rates) {
        Company company = todo.company();
        List<Entry> sorted = todo.sorted();
        int last = todo.last();
        List<Fact> facts = new ArrayList<>();
        for (int i = 0; i <= last; i++) {
            Entry e = sorted.get(i);
            if (selection.covers(e.date())) {
                boolean followUp = i > 0;
                boolean current = i == last;
                Scan s = scans.get(e.id());
                if (s != null) {
                    facts.add(fact(s, company, rates, followUp, current));
                }
            }
        }
        if (facts.isEmpty()) {
            return Optional.empty();
        }
        Scores first = null;
        Entry firstEver = sorted.get(0);
        if (facts.get(facts.size() - 1).followUp()) {
            first = facts.get(0).entry().id().equals(firstEver.id()) ? facts.get(0).scores()
                    : Optional.ofNullable(scans.get(firstEver.id()))
                            .map(s -> Scoring.score(s.questionnaire(), s.assessment(), company)).orElse(null);
        }
        return Optional.of(new Worked(company, List.copyOf(facts), first));
    }

    /**
     * What an assessment adds: its scores and top five always; its plan only when it is the company's current
     * assessment (the only plan the budget counts), since planning is the costliest part of the advice; of the
     * others only the first five places of the ranking are worked out.
     */
    private static Fact fact(Scan s, Company company, PlanRates rates, boolean followUp, boolean current) {
        if (current) {
            Advice advice = Advice.of(s.questionnaire(), s.assessment(), company, rates);
            return new Fact(s.entry(), company, s.questionnaire(), advice.scores(), top(advice.recommendations()),
                    advice.plan().totals().adviserDays(), advice.plan().totals().adviserCost(),
                    advice.plan().overBudget(), followUp);
        }
        Scores scores = Scoring.score(s.questionnaire(), s.assessment(), company);
        List<Recommendation> ranked = Recommender.rankTop(s.questionnaire(), s.assessment(), scores, company, TOP);
        return new Fact(s.entry(), company, s.questionnaire(), scores, top(ranked), 0, 0, false, followUp);
    }

    private static List<String> top(List<Recommendation> ranked) {
        return ranked.stream().limit(TOP).map(r -> r.technology().id()).toList();
    }

    /** The level of a topic in a set of scores, or null. */
    static Double level(Scores scores, String topic) {
        return scores.dimension(topic).map(DimensionScore::level).orElse(null);
    }

    /** The topic ids of a questionnaire, in order. */
    static List<String> topics(Questionnaire q) {
        return q == null ? List.of() : q.maturityDimensions().stream().map(Dimension::id).toList();
    }
}
