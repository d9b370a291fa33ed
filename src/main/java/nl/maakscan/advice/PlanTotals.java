package nl.maakscan.advice;

import java.util.List;

/**
 * The sums of a set of plan steps: adviser days and their cost, the investment range, the expected
 * financing, internal hours and the net cost to the company (adviser cost plus investment minus the
 * expected financing, at the low and the high end of the investment).
 */
public record PlanTotals(int steps, double adviserDays, double adviserCost, double investmentMin,
        double investmentMax, double financing, int internalHours, double netMin, double netMax) {

    public static PlanTotals of(List<Plan.Step> steps) {
        double days = 0;
        double cost = 0;
        double invMin = 0;
        double invMax = 0;
        double financing = 0;
        int hours = 0;
        double netMin = 0;
        double netMax = 0;
        for (Plan.Step s : steps) {
            days += s.adviserDays();
            cost += s.adviserCost();
            if (s.investment() != null) {
                invMin += s.investment().min() == null ? 0 : s.investment().min();
                invMax += s.investment().max() == null ? 0 : s.investment().max();
            }
            financing += s.expectedFinancing() == null ? 0 : s.expectedFinancing();
            hours += s.internalHours();
            netMin += s.netMin();
            netMax += s.netMax();
        }
        return new PlanTotals(steps.size(), days, cost, invMin, invMax, financing, hours, netMin, netMax);
    }
}
