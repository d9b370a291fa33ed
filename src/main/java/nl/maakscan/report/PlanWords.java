package nl.maakscan.report;

import nl.maakscan.advice.FinancingAge;
import nl.maakscan.advice.Plan;
import nl.maakscan.advice.PlanTotals;
import nl.maakscan.advice.ReasonWords;
import nl.maakscan.model.Questionnaire;

import java.time.LocalDate;

/**
 * The plan in words, written once for the report, the results screen and {@code advise}: euros and
 * ranges, a step's name, months and what to do, a totals line, the programme budget and the age of the
 * financing list.
 */
public final class PlanWords {

    private final Questionnaire q;
    private final Texts words;
    private final ReasonWords reasons;

    public PlanWords(Questionnaire q, Texts words) {
        this.q = q;
        this.words = words;
        this.reasons = new ReasonWords(q, words.language());
    }

    public String money(double euros) {
        return words.t("plan.euro", Math.round(euros));
    }

    public String range(double min, double max) {
        return Math.round(min) == Math.round(max) ? money(min)
                : words.t("plan.euroRange", Math.round(min), Math.round(max));
    }

    /**
     * The net cost of a step, rounded like the estimates it is made of (see {@link #rounded}); to the euro when it is
     * only adviser cost.
     */
    public String net(Plan.Step s) {
        boolean estimated = s.investment() != null || s.expectedFinancing() != null;
        return estimated ? range(rounded(s.netMin()), rounded(s.netMax())) : range(s.netMin(), s.netMax());
    }

    /** The net cost of a phase or the plan, rounded when it holds an investment or a financing estimate. */
    public String net(PlanTotals t) {
        boolean estimated = t.investmentMax() > 0 || t.financing() > 0;
        return estimated ? range(rounded(t.netMin()), rounded(t.netMax())) : range(t.netMin(), t.netMax());
    }

    /**
     * An amount that rests on estimates (investment ranges, financing) at the precision of those estimates: to
     * €100 below €10,000 and to €1,000 from there, so that "€26,500 – 236,500" reads "€27,000 – 237,000" beside an
     * investment of "€40,000 – 250,000"; halves away from zero, as a refund is rounded like a cost.
     */
    static double rounded(double euros) {
        double step = Math.abs(euros) < 10_000 ? 100 : 1_000;
        double r = Math.round(Math.abs(euros) / step) * step;
        return euros < 0 && r != 0 ? -r : r;
    }

    /** The investment of a step, empty when it has none. */
    public String investment(Plan.Step s) {
        return s.investment() == null ? "" : range(s.investment().min() == null ? 0 : s.investment().min(),
                s.investment().max() == null ? 0 : s.investment().max());
    }

    /** "Cobot for machine tending: feasibility study". */
    public String stepName(Plan.Step s) {
        return words.t("plan.stepName", reasons.technology(s.technologyId()), words.t("support." + s.supportType().id()));
    }

    public String months(Plan.Step s) {
        return s.startMonth() == s.endMonth() ? Integer.toString(s.startMonth())
                : s.startMonth() + "\u2013" + s.endMonth();
    }

    /** The catalogue's plan text for the step; without one, the technology's first step. */
    public String what(Plan.Step s) {
        return s.what() != null ? s.what().get(words.language())
                : q.technology(s.technologyId()).map(t -> t.firstStep().get(words.language())).orElse("");
    }

    /** A first step in plain words: what, who and by when. */
    public String firstStep(Plan.Step s) {
        return words.t("summary.step", what(s), words.t("summary.who." + s.supportType().id()), s.endMonth());
    }

    public String milestone(Plan.Step s) {
        return words.t("plan.milestone", words.t("milestone." + s.supportType().id()), s.endMonth());
    }

    /** "Subtotal Months 0-3: 3.5 adviser days, €3,500; investment ...; expected financing ...; net cost ...". */
    public String totals(String label, PlanTotals t) {
        return label + ": " + words.t("days", t.adviserDays()) + ", " + money(t.adviserCost())
                + (t.investmentMax() > 0 ? "; " + words.t("plan.investment") + " "
                + range(t.investmentMin(), t.investmentMax()) : "")
                + "; " + words.t("plan.expected") + " " + money(t.financing())
                + "; " + words.t("plan.net") + " " + net(t);
    }

    /** The adviser cost against the programme budget per company. */
    public String budget(Plan plan) {
        double cost = plan.totals().adviserCost();
        return plan.overBudget()
                ? words.t("plan.overBudget", money(plan.programmeBudget()), money(cost - plan.programmeBudget()))
                : words.t("plan.withinBudget", money(plan.programmeBudget()), money(plan.programmeBudget() - cost));
    }

    /** A plain warning when the financing list is more than twelve months older than {@code date}; else null. */
    public String financingAge(LocalDate date) {
        FinancingAge age = FinancingAge.check(q.financing() == null ? null : q.financing().validFrom(), date);
        if (age == null) {
            return null;
        }
        return age.undated() ? words.t("financing.undated")
                : words.t("financing.old", words.date(age.validFrom()), age.months());
    }
}
