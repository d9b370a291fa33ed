package nl.maakscan.advice;

import nl.maakscan.model.Assessment;
import nl.maakscan.model.Questionnaire;
import nl.maakscan.model.SupportType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class PlannerTest {

    private final Questionnaire mini = Fixtures.mini();
    private final Questionnaire mini2 = Fixtures.mini2();

    @Test
    void planPhasesStepsBySupportTypeAndReadinessWithDaysScaledToTheCompany() {
        Assessment a = new Fixtures.Answers().level("a1", 1).dontKnow("a2").level("b1", 3)
                .priority("productivity", 5).build();

        Plan plan = Advice.of(mini, a, Fixtures.company(20)).plan();

        // default policy: 20 employees -> 0.8; overall level (2*1 + 3) / 3 = 1.67 -> 1.0; half days.
        // cheap: insight month 1, then its 3-month implementation 2-4; dear misses level prerequisites, so
        // its feasibility study (2 months) waits until month 4, and its 6-month implementation follows it
        // and cheap's implementation (cheap is one of its prerequisites)
        assertThat(plan.steps()).extracting(Plan.Step::phase, Plan.Step::technologyId, Plan.Step::supportType,
                Plan.Step::adviserDays, Plan.Step::startMonth, Plan.Step::endMonth).containsExactly(
                tuple(Phase.MONTHS_0_3, "cheap", SupportType.INSIGHT, 1.0, 1, 1),
                tuple(Phase.MONTHS_0_3, "cheap", SupportType.IMPLEMENTATION, 1.5, 2, 4),
                tuple(Phase.MONTHS_3_6, "dear", SupportType.FEASIBILITY, 2.5, 4, 5),
                tuple(Phase.MONTHS_3_6, "dear", SupportType.IMPLEMENTATION, 4.0, 6, 11));
        assertThat(plan.steps()).extracting(Plan.Step::number, Plan.Step::after)
                .containsExactly(tuple(1, List.of()), tuple(2, List.of(1)), tuple(3, List.of()), tuple(4, List.of(2, 3)));
        assertThat(plan.totalAdviserDays()).isEqualTo(9.0);
    }

    @Test
    void withoutFinancingRulesTheTechnologysOwnListFitsTheKindOfStep() {
        Assessment a = new Fixtures.Answers().level("a1", 1).level("b1", 3).build();

        Plan plan = Advice.of(mini, a, Fixtures.company(20)).plan();

        assertThat(plan.steps()).extracting(Plan.Step::technologyId, Plan.Step::supportType, Plan.Step::financing)
                .contains(tuple("cheap", SupportType.INSIGHT, List.of()),
                        tuple("cheap", SupportType.IMPLEMENTATION, List.of("kia")),
                        tuple("dear", SupportType.FEASIBILITY, List.of("mit")),
                        tuple("dear", SupportType.IMPLEMENTATION, List.of("kia")));
        assertThat(plan.steps()).flatExtracting(Plan.Step::funding).allSatisfy(f -> assertThat(f.amount()).isNull());
    }

    @Test
    void stepsListThePrerequisitesToFixFirst() {
        Assessment a = new Fixtures.Answers().level("a1", 1).level("b1", 3).build();

        Plan plan = Advice.of(mini, a, Fixtures.company(20)).plan();

        assertThat(plan.steps()).filteredOn(s -> s.technologyId().equals("dear"))
                .allSatisfy(s -> assertThat(s.fixFirst()).hasSize(2));
        assertThat(plan.steps()).filteredOn(s -> s.technologyId().equals("cheap"))
                .allSatisfy(s -> assertThat(s.fixFirst()).isEmpty());
    }

    @Test
    void planCoversOnlyTheTopRecommendations() {
        Assessment a = new Fixtures.Answers().level("a1", 1).level("b1", 3).build();
        var ranked = Advice.of(mini, a, Fixtures.company(20)).recommendations();

        Plan plan = Planner.plan(mini, ranked, 1);

        assertThat(plan.steps()).extracting(Plan.Step::technologyId).containsOnly("cheap");
    }

    private Assessment shop() {
        return new Fixtures.Answers().priority("productivity", 5).priority("quality", 2).level("s-setup", 1)
                .level("s-bending", 2).dontKnow("s-quality").level("s-robots", 0).level("bn-setup", 5)
                .level("bn-rework", 1).build();
    }

    @Test
    void financingIsAttachedByTheInstrumentsRulesWithAnEstimatedAmount() {
        Plan plan = Advice.of(mini2, shop(), Fixtures.company(20, "milling", "bending")).plan();

        // overall level 1.0 -> days x 1.2; an adviser day is 1000 euros by default
        assertThat(plan.steps()).extracting(Plan.Step::technologyId, Plan.Step::supportType, Plan.Step::adviserDays,
                Plan.Step::funding).containsExactlyInAnyOrder(
                tuple("quick-clamp", SupportType.INSIGHT, 1.0, List.of(new FinancingMatch("voucher", 500.0))),
                tuple("quick-clamp", SupportType.IMPLEMENTATION, 2.5, List.of()),
                tuple("bend-cell", SupportType.FEASIBILITY, 2.5, List.of(new FinancingMatch("voucher", 1250.0))),
                tuple("bend-cell", SupportType.IMPLEMENTATION, 5.0, List.of()),
                tuple("inspection", SupportType.KNOWLEDGE, 2.5, List.of(new FinancingMatch("train-fund", 625.0))),
                tuple("inspection", SupportType.IMPLEMENTATION, 2.5, List.of()),
                tuple("heat-recovery", SupportType.FEASIBILITY, 1.0, List.of(new FinancingMatch("voucher", 500.0))),
                // the purchase: EIA's net 10% of the cost midpoint 40,000
                tuple("heat-recovery", SupportType.IMPLEMENTATION, 1.0, List.of(new FinancingMatch("eia", 4000.0))));
        assertThat(plan.totalAdviserDays()).isEqualTo(18.0);
    }

    @Test
    void sizeLimitsOfAnInstrumentAndOfThePlanFollowTheCompany() {
        Plan big = Advice.of(mini2, shop(), Fixtures.company(60, "milling", "bending")).plan();
        Plan small = Advice.of(mini2, shop(), Fixtures.company(6, "milling")).plan();

        assertThat(big.steps()).flatExtracting(Plan.Step::financing).doesNotContain("voucher");
        // 6 employees: x 0.5 (mini2's policy) x 1.2 (starting level 0.5) = 0.6: quick-clamp 1 -> 0.5, 2 -> 1.0
        assertThat(small.steps()).filteredOn(s -> s.technologyId().equals("quick-clamp"))
                .extracting(Plan.Step::adviserDays).containsExactly(0.5, 1.0);
    }

    @Test
    void aRecommendedPrerequisiteOutsideTheTopIsPlannedFirst() {
        List<Recommendation> ranked = Advice.of(mini2, shop(), Fixtures.company(20, "milling", "bending"))
                .recommendations();
        Recommendation cell = ranked.stream().filter(r -> r.technology().id().equals("bend-cell")).findFirst()
                .orElseThrow();
        Recommendation clamp = ranked.stream().filter(r -> r.technology().id().equals("quick-clamp")).findFirst()
                .orElseThrow();

        Plan plan = Planner.plan(mini2, List.of(cell, clamp), 1);

        Plan.Step clampImplementation = step(plan, "quick-clamp", SupportType.IMPLEMENTATION);
        Plan.Step cellImplementation = step(plan, "bend-cell", SupportType.IMPLEMENTATION);
        assertThat(cellImplementation.startMonth()).isGreaterThan(clampImplementation.endMonth());
        assertThat(cellImplementation.after()).contains(clampImplementation.number(),
                step(plan, "bend-cell", SupportType.FEASIBILITY).number());
    }

    private static Plan.Step step(Plan plan, String technology, SupportType type) {
        return plan.steps().stream().filter(s -> s.technologyId().equals(technology) && s.supportType() == type)
                .findFirst().orElseThrow();
    }

    @Test
    void planTotalsAreTheSumsOfTheStepsAtTheDayRate() {
        Plan plan = Advice.of(mini2, shop(), Fixtures.company(20, "milling", "bending")).plan();

        PlanTotals t = plan.totals();
        // days 1 + 2.5 + 2.5 + 5 + 2.5 + 2.5 + 1 + 1 = 18 at 1000 euros a day
        assertThat(t.adviserDays()).isEqualTo(18.0);
        assertThat(t.adviserCost()).isEqualTo(18000.0);
        // implementation steps: 4-8k + 100-150k + 20-40k + 30-50k
        assertThat(t.investmentMin()).isEqualTo(154000.0);
        assertThat(t.investmentMax()).isEqualTo(248000.0);
        // the largest estimate per step: 500 + 1250 + 625 + 500 + 4000
        assertThat(t.financing()).isEqualTo(6875.0);
        assertThat(t.netMin()).isEqualTo(18000 + 154000 - 6875.0);
        assertThat(t.netMax()).isEqualTo(18000 + 248000 - 6875.0);
        // 18,000 of adviser cost is over the default programme budget of 15,000
        assertThat(plan.programmeBudget()).isEqualTo(15000.0);
        assertThat(plan.overBudget()).isTrue();
        // the phases add up to the whole plan
        assertThat(plan.phases().stream().mapToDouble(p -> plan.totals(p).adviserCost()).sum()).isEqualTo(18000.0);
    }

    @Test
    void theDayRateSettingPricesTheStepsAndTheGrants() {
        Plan plan = Advice.of(mini2, shop(), Fixtures.company(20, "milling", "bending"),
                new PlanRates(800.0, 20000.0)).plan();

        assertThat(plan.totals().adviserCost()).isEqualTo(18 * 800.0);
        assertThat(plan.overBudget()).isFalse();
        // the voucher pays 50% of a 1-day insight step at 800 euros
        assertThat(step(plan, "quick-clamp", SupportType.INSIGHT).funding())
                .containsExactly(new FinancingMatch("voucher", 400.0));
    }

    @Test
    void internalHoursAreSplitOverTheStepsByAdviserDays() {
        Plan plan = Advice.of(mini2, shop(), Fixtures.company(20, "milling", "bending")).plan();

        // quick-clamp: 40 hours over 1 and 2.5 days -> round(40 / 3.5) = 11, the rest 29
        assertThat(step(plan, "quick-clamp", SupportType.INSIGHT).internalHours()).isEqualTo(11);
        assertThat(step(plan, "quick-clamp", SupportType.IMPLEMENTATION).internalHours()).isEqualTo(29);
        assertThat(step(plan, "quick-clamp", SupportType.IMPLEMENTATION).investment().min()).isEqualTo(4000);
        assertThat(step(plan, "quick-clamp", SupportType.INSIGHT).investment()).isNull();
    }

    @Test
    void aSmallCompanyRunsOneImplementationAtATime() {
        Plan plan = Advice.of(mini2, shop(), Fixtures.company(6, "milling", "bending")).plan();

        for (int month = 1; month <= plan.lastMonth(); month++) {
            int m = month;
            assertThat(plan.steps().stream().filter(s -> s.supportType() == SupportType.IMPLEMENTATION
                    && s.startMonth() <= m && m <= s.endMonth()).count()).as("month " + m).isLessThanOrEqualTo(1);
        }
        assertThat(plan.lastMonth()).isGreaterThan(12);
    }
}
