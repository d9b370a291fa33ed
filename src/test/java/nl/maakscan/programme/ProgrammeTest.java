package nl.maakscan.programme;

import nl.maakscan.advice.Advice;
import nl.maakscan.advice.PlanRates;
import nl.maakscan.model.Company;
import nl.maakscan.programme.ProgrammeOverview.Count;
import nl.maakscan.programme.ProgrammeOverview.Levels;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The programme overview over a hand-made database whose figures are worked out by hand below. */
class ProgrammeTest {

    private static final Selection YEAR_2026 = new Selection(LocalDate.parse("2026-01-01"),
            LocalDate.parse("2026-12-31"), null, false);

    private final Book book = new Book();
    private String a0;
    private String a1;
    private String b0;
    private String c1;
    private String d0;

    @BeforeEach
    void fill() {
        Company a = book.company("Alpha BV", "metal", 8);          // band 1-9
        Company b = book.company("Beta BV", "metal", 15);          // band 10-19
        Company c = book.company("Gamma BV", "plastics", 30);      // band 20-49, a sector the questionnaire lacks
        Company d = book.company("Delta BV", "metal", null);       // size unknown
        Company s = book.company("VOORBEELD Test (sample)", "metal", 8);
        a0 = book.scan(a, "2026-01-10", "Anna", true, 2, 1);
        a1 = book.scan(a, "2026-05-05", "Anna", false, 3, 3);
        b0 = book.scan(b, "2026-02-01", "Bert", true, 4, 2);
        book.scan(c, "2025-11-20", "Anna", true, 1, 1);            // before the selection: only the base of progress
        c1 = book.scan(c, "2026-03-03", " Bert ", true, 2, 4);
        d0 = book.scan(d, "2026-04-01", null, false, 0, null);
        book.scan(s, "2026-01-15", "Anna", true, 5, 5);            // sample data: never counted
    }

    private ProgrammeOverview overview(Selection selection) {
        return Programme.of(book, selection, PlanRates.POLICY);
    }

    @Test
    void totalsCountCompaniesAssessmentsFinishedAndFollowUpsInTheSelectionAndLeaveSamplesOut() {
        ProgrammeOverview o = overview(YEAR_2026);

        assertThat(o.totals()).isEqualTo(new ProgrammeOverview.Totals(4, 5, 3, 2, 1));
    }

    @Test
    void periodsAreCalendarQuartersInOrder() {
        assertThat(overview(YEAR_2026).periods()).containsExactly(new Count("2026-Q1", 3, 3),
                new Count("2026-Q2", 2, 2));
    }

    @Test
    void coachesAreCountedByTheNameOnTheAssessmentWithoutSurroundingSpaceAndUnknownLast() {
        assertThat(overview(YEAR_2026).coaches()).containsExactly(new Count("Anna", 1, 2), new Count("Bert", 2, 2),
                new Count(null, 1, 1));
    }

    @Test
    void sectorsAreCountedByCompanyMostCompaniesFirst() {
        assertThat(overview(YEAR_2026).sectors()).containsExactly(new Count("metal", 3, 4),
                new Count("plastics", 1, 1));
    }

    @Test
    void levelsAreAveragedOverEachCompanysLatestAssessmentPerSectorAndBandThenPerBandThenOverAll() {
        ProgrammeOverview o = overview(YEAR_2026);

        assertThat(o.topics()).containsExactly("alpha", "beta");
        List<Levels> levels = o.levels();
        assertThat(levels).extracting(Levels::sector, l -> l.band() == null ? (l.unknownBand() ? "?" : null)
                        : l.band().id(), Levels::companies)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("metal", "1-9", 1),
                        org.assertj.core.groups.Tuple.tuple("metal", "10-19", 1),
                        org.assertj.core.groups.Tuple.tuple("metal", "?", 1),
                        org.assertj.core.groups.Tuple.tuple("plastics", "20-49", 1),
                        org.assertj.core.groups.Tuple.tuple(null, "1-9", 1),
                        org.assertj.core.groups.Tuple.tuple(null, "10-19", 1),
                        org.assertj.core.groups.Tuple.tuple(null, "20-49", 1),
                        org.assertj.core.groups.Tuple.tuple(null, "?", 1),
                        org.assertj.core.groups.Tuple.tuple(null, null, 4));
        assertThat(levels.get(0).average()).isEqualTo(Map.of("alpha", 3.0, "beta", 3.0));  // Alpha BV's T1, not T0
        assertThat(levels.get(2).average()).isEqualTo(Map.of("alpha", 0.0));               // beta not applicable
        Levels all = levels.get(levels.size() - 1);
        assertThat(all.average("alpha")).isCloseTo((3 + 4 + 2 + 0) / 4.0, within(1e-9));
        assertThat(all.average("beta")).isCloseTo((3 + 2 + 4) / 3.0, within(1e-9));
    }

    @Test
    void progressComparesTheLatestFollowUpWithTheFirstAssessmentEvenBeforeTheSelection() {
        ProgrammeOverview.Progress p = overview(YEAR_2026).progress();

        assertThat(p.companies()).isEqualTo(2);
        assertThat(p.averageChange().get("alpha")).isCloseTo(((3 - 2) + (2 - 1)) / 2.0, within(1e-9));
        assertThat(p.averageChange().get("beta")).isCloseTo(((3 - 1) + (4 - 1)) / 2.0, within(1e-9));
        assertThat(p.counted()).isEqualTo(Map.of("alpha", 2, "beta", 2));
    }

    @Test
    void aSectorSelectionKeepsOnlyItsCompanies() {
        ProgrammeOverview o = overview(new Selection(null, null, "plastics", false));

        assertThat(o.totals()).isEqualTo(new ProgrammeOverview.Totals(1, 2, 2, 1, 1));
        assertThat(o.sectors()).containsExactly(new Count("plastics", 1, 2));
        assertThat(o.progress().averageChange()).isEqualTo(Map.of("alpha", 1.0, "beta", 3.0));
    }

    @Test
    void samplesCountOnlyWhenAskedFor() {
        ProgrammeOverview o = overview(new Selection(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31"),
                null, true));

        assertThat(o.totals()).isEqualTo(new ProgrammeOverview.Totals(5, 6, 4, 2, 0));
    }

    @Test
    void aDateRangeIncludesBothEnds() {
        ProgrammeOverview o = overview(new Selection(LocalDate.parse("2026-02-01"), LocalDate.parse("2026-04-01"),
                null, false));

        assertThat(o.totals().assessments()).isEqualTo(3);  // B0 on the first day, C1, D0 on the last day
    }

    @Test
    void theBudgetAddsUpEachCompanysCurrentPlanOnly() {
        ProgrammeOverview.Budget budget = overview(YEAR_2026).budget();

        double days = 0;
        double cost = 0;
        for (String id : List.of(a1, b0, c1, d0)) {
            var s = book.get(id);
            Advice advice = Advice.of(s.questionnaire(), s.assessment(), s.company());
            days += advice.plan().totals().adviserDays();
            cost += advice.plan().totals().adviserCost();
        }
        assertThat(days).isPositive();
        assertThat(budget.companies()).isEqualTo(4);
        assertThat(budget.adviserDays()).isCloseTo(days, within(1e-9));
        assertThat(budget.adviserCost()).isCloseTo(cost, within(1e-9));
        assertThat(budget.dayRate()).isEqualTo(1000.0);
        assertThat(budget.budgetPerCompany()).isEqualTo(15000.0);
        assertThat(budget.budget()).isEqualTo(60000.0);
    }

    @Test
    void theBudgetTakesTheUsersDayRateAndProgrammeBudget() {
        ProgrammeOverview.Budget budget = Programme.of(book, YEAR_2026, new PlanRates(800.0, 12000.0)).budget();

        assertThat(budget.dayRate()).isEqualTo(800.0);
        assertThat(budget.adviserCost()).isCloseTo(budget.adviserDays() * 800, within(1e-6));
        assertThat(budget.budget()).isEqualTo(48000.0);
    }

    @Test
    void technologiesAreCountedOverEveryAssessmentsTopFive() {
        ProgrammeOverview o = overview(YEAR_2026);

        Map<String, Integer> expected = new HashMap<>();
        for (String id : List.of(a0, a1, b0, c1, d0)) {
            var s = book.get(id);
            Advice.of(s.questionnaire(), s.assessment(), s.company()).recommendations().stream().limit(5)
                    .forEach(r -> expected.merge(r.technology().id(), 1, Integer::sum));
        }
        assertThat(expected).isNotEmpty();
        Map<String, Integer> counted = new HashMap<>();
        o.technologies().forEach(t -> counted.put(t.technologyId(), t.times()));
        assertThat(counted).isEqualTo(expected);
        assertThat(o.technologies().get(0).share()).isCloseTo(o.technologies().get(0).times() / 5.0, within(1e-9));
        assertThat(o.technologies()).isSortedAccordingTo((x, y) -> Integer.compare(y.times(), x.times()));
    }

    @Test
    void anEmptySelectionGivesZerosAndNoReference() {
        ProgrammeOverview o = overview(new Selection(LocalDate.parse("2030-01-01"), null, null, false));

        assertThat(o.totals()).isEqualTo(new ProgrammeOverview.Totals(0, 0, 0, 0, 1));
        assertThat(o.reference()).isNull();
        assertThat(o.levels()).isEmpty();
        assertThat(o.budget().budget()).isZero();
    }
}
