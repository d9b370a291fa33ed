package nl.maakscan.ui.results;

import nl.maakscan.advice.Plan;
import nl.maakscan.advice.ReasonWords;
import nl.maakscan.model.Questionnaire;
import nl.maakscan.report.PlanWords;
import nl.maakscan.report.Texts;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The plan part of the results screen as text, in the same words as the report (PlanWords): the
 * three distinct first steps, the steps per phase with months and money, subtotals and totals, the
 * programme budget and the age of the financing list.
 */
public final class PlanViewModel {

    /** One step as the screen shows it. */
    public record StepRow(int number, String title, String what, String months, String adviserCost,
            String investment, String financing, String milestone, String result) {
    }

    /** A phase with its steps and the subtotal line. */
    public record PhaseBlock(String title, List<StepRow> steps, String subtotal) {
    }

    private final Plan planned;
    private final Texts words;
    private final ReasonWords reasons;
    private final PlanWords plan;
    private final LocalDate date;

    public PlanViewModel(Plan plan, Questionnaire q, String language, LocalDate date) {
        this.planned = plan;
        this.words = new Texts(language);
        this.reasons = new ReasonWords(q, words.language());
        this.plan = new PlanWords(q, words);
        this.date = date;
    }

    public boolean empty() {
        return planned.steps().isEmpty();
    }

    /** The first step of each of the first three technologies to start: what, who, by when. */
    public List<String> firstSteps() {
        Set<String> seen = new HashSet<>();
        return planned.steps().stream().filter(s -> seen.add(s.technologyId())).limit(3)
                .map(s -> reasons.technology(s.technologyId()) + ": " + plan.firstStep(s)).toList();
    }

    public List<PhaseBlock> phases() {
        return planned.phases().stream().map(p -> new PhaseBlock(words.t("phase." + p.name()),
                planned.steps(p).stream().map(this::row).toList(),
                plan.totals(words.t("plan.subtotal", words.t("phase." + p.name())), planned.totals(p)))).toList();
    }

    public String total() {
        return plan.totals(words.t("plan.total"), planned.totals());
    }

    public boolean overBudget() {
        return planned.overBudget();
    }

    /** The adviser cost against the programme budget per company. */
    public String budget() {
        return plan.budget(planned);
    }

    /** A plain warning when the financing list is more than twelve months old; null when it is recent. */
    public String financingAge() {
        return plan.financingAge(date);
    }

    private StepRow row(Plan.Step s) {
        return new StepRow(s.number(), plan.stepName(s), plan.what(s), plan.months(s),
                words.t("days", s.adviserDays()) + " (" + plan.money(s.adviserCost()) + ")", plan.investment(s),
                s.funding().isEmpty() ? "" : String.join(", ", s.funding().stream().map(reasons::funding).toList()),
                plan.milestone(s), s.result() == null ? "" : words.t("plan.result", s.result().get(words.language())));
    }
}
