package nl.maakscan.ui.results;

import nl.maakscan.advice.Advice;
import nl.maakscan.advice.Plan;
import nl.maakscan.advice.PlanRates;
import nl.maakscan.model.Questionnaire;
import nl.maakscan.report.Samples;
import nl.maakscan.store.AnswersFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The plan on the results screen, for sample 02 answered on questionnaire 2.0.0 (costs and financing rules). */
class PlanViewModelTest {

    private static Questionnaire q;
    private static Plan plan;
    private static AnswersFile.Filled filled;

    @BeforeAll
    static void load() throws Exception {
        String name = "02-sheet-metal-fabricator.json";
        byte[] bytes = new String(Samples.bytes(name), StandardCharsets.UTF_8)
                .replace("\"version\": \"1.0.0\"", "\"version\": \"2.0.0\"").getBytes(StandardCharsets.UTF_8);
        filled = AnswersFile.read(name, bytes, "en", Samples.library()::find);
        q = Samples.questionnaire(filled);
        plan = Advice.of(q, filled.assessment(), filled.company()).plan();
    }

    private static String euros(double value) {
        return String.format(Locale.ENGLISH, "€%,d", Math.round(value));
    }

    @Test
    void theFirstStepsAreThreeDifferentTechnologiesWithWhoAndWhen() {
        List<String> first = new PlanViewModel(plan, q, "en", LocalDate.of(2026, 11, 28)).firstSteps();

        assertThat(first).hasSize(3).allSatisfy(s -> assertThat(s).contains("Who: ", "Done: end of month"));
        assertThat(first.stream().map(s -> s.substring(0, s.indexOf(':'))).distinct()).hasSize(3);
    }

    @Test
    void everyStepAppearsOnceInItsPhaseWithSubtotalsAndTheTotal() {
        PlanViewModel model = new PlanViewModel(plan, q, "en", LocalDate.of(2026, 11, 28));

        assertThat(model.phases()).flatExtracting(PlanViewModel.PhaseBlock::steps)
                .extracting(PlanViewModel.StepRow::number)
                .containsExactlyInAnyOrderElementsOf(plan.steps().stream().map(Plan.Step::number).toList());
        assertThat(model.phases()).allSatisfy(p -> assertThat(p.subtotal()).startsWith("Subtotal Months"));
        assertThat(model.total()).startsWith("Plan total: ").contains(euros(plan.totals().adviserCost()),
                euros(plan.totals().investmentMin()));
        assertThat(model.phases()).flatExtracting(PlanViewModel.PhaseBlock::steps)
                .filteredOn(r -> !r.investment().isEmpty())
                .allSatisfy(r -> assertThat(r.result()).startsWith("Measurable result: "));
    }

    @Test
    void theBudgetLineFollowsTheProgrammeBudgetSetting() {
        double cost = plan.totals().adviserCost();
        Plan generous = Advice.of(q, filled.assessment(), filled.company(), new PlanRates(null, cost + 1000))
                .plan();
        Plan tight = Advice.of(q, filled.assessment(), filled.company(), new PlanRates(null, cost - 2000)).plan();

        assertThat(new PlanViewModel(generous, q, "en", LocalDate.of(2026, 11, 28)).budget())
                .contains("stays " + euros(1000) + " below");
        PlanViewModel over = new PlanViewModel(tight, q, "en", LocalDate.of(2026, 11, 28));
        assertThat(over.overBudget()).isTrue();
        assertThat(over.budget()).contains(euros(2000) + " over the programme budget");
    }

    @Test
    void anOldFinancingListIsNamedAndARecentOneIsNot() {
        String validFrom = q.financing().validFrom();
        LocalDate from = LocalDate.parse(validFrom);

        assertThat(new PlanViewModel(plan, q, "en", from.plusMonths(6)).financingAge()).isNull();
        assertThat(new PlanViewModel(plan, q, "en", from.plusMonths(17)).financingAge()).contains("17 months");
    }
}
