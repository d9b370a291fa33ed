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

        // default policy: 20 employees -> 0.8; overall level (2*1 + 3) / 3 = 1.67 -> 1.0; half days
        assertThat(plan.steps()).extracting(Plan.Step::phase, Plan.Step::technologyId, Plan.Step::supportType,
                Plan.Step::adviserDays).containsExactly(
                tuple(Phase.MONTHS_0_3, "cheap", SupportType.INSIGHT, 1.0),
                tuple(Phase.MONTHS_3_6, "cheap", SupportType.IMPLEMENTATION, 1.5),
                tuple(Phase.MONTHS_3_6, "dear", SupportType.FEASIBILITY, 2.5),
                tuple(Phase.MONTHS_6_12, "dear", SupportType.IMPLEMENTATION, 4.0));
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

        assertThat(plan.steps()).extracting(Plan.Step::technologyId, Plan.Step::supportType, Plan.Step::phase)
                .contains(tuple("quick-clamp", SupportType.IMPLEMENTATION, Phase.MONTHS_3_6),
                        tuple("bend-cell", SupportType.IMPLEMENTATION, Phase.MONTHS_6_12));
    }
}
