package nl.maakscan.advice;

import nl.maakscan.advice.Recommendation.MissingPrerequisite;
import nl.maakscan.model.Range;
import nl.maakscan.model.SupportType;
import nl.maakscan.model.Text;

import java.util.List;

/**
 * The next-step plan as a budget: numbered steps with months, money and financing, the day rate and
 * programme budget they were priced with, and the months the plan should fit in
 * (questionnaires/README.md, "The next-step plan").
 */
public record Plan(List<Step> steps, double dayRate, double programmeBudget, int months) {

    public Plan {
        steps = List.copyOf(steps);
    }

    public List<Step> steps(Phase phase) {
        return steps.stream().filter(s -> s.phase() == phase).toList();
    }

    /** The phases that hold at least one step, in order. */
    public List<Phase> phases() {
        return java.util.Arrays.stream(Phase.values()).filter(p -> !steps(p).isEmpty()).toList();
    }

    public double totalAdviserDays() {
        return totals().adviserDays();
    }

    public PlanTotals totals() {
        return PlanTotals.of(steps);
    }

    public PlanTotals totals(Phase phase) {
        return PlanTotals.of(steps(phase));
    }

    /** The last month of the plan (0 without steps). */
    public int lastMonth() {
        return steps.stream().mapToInt(Step::endMonth).max().orElse(0);
    }

    /** True when the adviser cost of the whole plan is more than the programme budget per company. */
    public boolean overBudget() {
        return totals().adviserCost() > programmeBudget + 0.005;
    }

    public Step step(int number) {
        return steps.stream().filter(s -> s.number() == number).findFirst().orElseThrow();
    }

    /**
     * One step. {@code number} counts from 1 in the order of the plan (by start month); {@code after}
     * holds the numbers of the steps it waits for. {@code what} is the catalogue's plan text for the
     * support type, {@code result} the technology's measurable result (on the implementation step
     * only, else null). {@code investment} is the purchase range in euros (implementation only, else
     * null); {@code expectedFinancing} the largest estimated amount of its instruments (null when none
     * states one), since instruments for the same costs can seldom be combined.
     */
    public record Step(int number, Phase phase, int rank, String technologyId, SupportType supportType,
            int startMonth, int endMonth, List<Integer> after, Text what, Text result, double adviserDays,
            double adviserCost, Range investment, int internalHours, List<FinancingMatch> funding,
            Double expectedFinancing, List<MissingPrerequisite> fixFirst) {
        public Step {
            after = List.copyOf(after);
            funding = List.copyOf(funding);
            fixFirst = List.copyOf(fixFirst);
        }

        /** The ids of the instruments that may pay for the step. */
        public List<String> financing() {
            return funding.stream().map(FinancingMatch::instrumentId).toList();
        }

        /** What the step costs the company at the low and high end of the investment, after financing (not below 0). */
        public double netMin() {
            return Math.max(0, adviserCost + (investment == null || investment.min() == null ? 0 : investment.min())
                    - (expectedFinancing == null ? 0 : expectedFinancing));
        }

        public double netMax() {
            return Math.max(0, adviserCost + (investment == null || investment.max() == null ? 0 : investment.max())
                    - (expectedFinancing == null ? 0 : expectedFinancing));
        }
    }
}
