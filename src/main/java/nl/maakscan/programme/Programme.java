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
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
 * Companies are worked on in parallel; the source is called from several threads.
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
        List<Worked> worked = entries.entrySet().parallelStream()
                .map(e -> work(source, members.get(e.getKey()), e.getValue(), selection, rates))
                .flatMap(Optional::stream).toList();
        return Tallies.overview(selection, worked, samples, rates);
    }

    private static Optional<Worked> work(ProgrammeSource source, Company company, List<Entry> all,
            Selection selection, PlanRates rates) {
        List<Entry> sorted = new ArrayList<>(all);
        sorted.sort(ORDER);
        int last = -1;
        for (int i = 0; i < sorted.size(); i++) {
            if (selection.covers(sorted.get(i).date())) {
                last = i;
            }
        }
        List<Fact> facts = new ArrayList<>();
        for (int i = 0; i <= last; i++) {
            Entry e = sorted.get(i);
            if (selection.covers(e.date())) {
                boolean followUp = i > 0;
                boolean current = i == last;
                source.load(e.id()).ifPresent(s -> facts.add(fact(s, company, rates, followUp, current)));
            }
        }
        if (facts.isEmpty()) {
            return Optional.empty();
        }
        Scores first = null;
        Entry firstEver = sorted.get(0);
        if (facts.get(facts.size() - 1).followUp()) {
            first = facts.get(0).entry().id().equals(firstEver.id()) ? facts.get(0).scores()
                    : source.load(firstEver.id()).map(s -> Scoring.score(s.questionnaire(), s.assessment(), company))
                            .orElse(null);
        }
        return Optional.of(new Worked(company, List.copyOf(facts), first));
    }

    /**
     * What an assessment adds: its scores and top five always; its plan only when it is the company's current
     * assessment (the only plan the budget counts), since planning is the costliest part of the advice.
     */
    private static Fact fact(Scan s, Company company, PlanRates rates, boolean followUp, boolean current) {
        if (current) {
            Advice advice = Advice.of(s.questionnaire(), s.assessment(), company, rates);
            return new Fact(s.entry(), company, s.questionnaire(), advice.scores(), top(advice.recommendations()),
                    advice.plan().totals().adviserDays(), advice.plan().totals().adviserCost(),
                    advice.plan().overBudget(), followUp);
        }
        Scores scores = Scoring.score(s.questionnaire(), s.assessment(), company);
        List<Recommendation> ranked = Recommender.rankAll(s.questionnaire(), s.assessment(), scores, company).ranked();
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
