package nl.maakscan.advice;

import nl.maakscan.model.Assessment;
import nl.maakscan.model.Questionnaire;
import nl.maakscan.model.SupportType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class PlannerTest {

    private final Questionnaire mini = Fixtures.mini();

    @Test
    void planPhasesStepsBySupportTypeAndReadiness() {
        Assessment a = new Fixtures.Answers().level("a1", 1).dontKnow("a2").level("b1", 3)
                .priority("productivity", 5).build();

        Plan plan = Advice.of(mini, a, Fixtures.company(20)).plan();

        assertThat(plan.steps()).extracting(Plan.Step::phase, Plan.Step::technologyId, Plan.Step::supportType,
                Plan.Step::adviserDays).containsExactly(
                tuple(Phase.MONTHS_0_3, "cheap", SupportType.INSIGHT, 1.0),
                tuple(Phase.MONTHS_3_6, "cheap", SupportType.IMPLEMENTATION, 2.0),
                tuple(Phase.MONTHS_3_6, "dear", SupportType.FEASIBILITY, 3.0),
                tuple(Phase.MONTHS_6_12, "dear", SupportType.IMPLEMENTATION, 5.0));
        assertThat(plan.totalAdviserDays()).isEqualTo(11.0);
    }

    @Test
    void financingFitsTheKindOfStep() {
        Assessment a = new Fixtures.Answers().level("a1", 1).level("b1", 3).build();

        Plan plan = Advice.of(mini, a, Fixtures.company(20)).plan();

        assertThat(plan.steps()).extracting(Plan.Step::technologyId, Plan.Step::supportType, Plan.Step::financing)
                .contains(tuple("cheap", SupportType.INSIGHT, java.util.List.of()),
                        tuple("cheap", SupportType.IMPLEMENTATION, java.util.List.of("kia")),
                        tuple("dear", SupportType.FEASIBILITY, java.util.List.of("mit")),
                        tuple("dear", SupportType.IMPLEMENTATION, java.util.List.of("kia")));
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
}
