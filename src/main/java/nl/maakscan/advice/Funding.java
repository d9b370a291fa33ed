package nl.maakscan.advice;

import nl.maakscan.model.Company;
import nl.maakscan.model.FinancingInstrument;
import nl.maakscan.model.FinancingInstrument.Benefit;
import nl.maakscan.model.Questionnaire;
import nl.maakscan.model.SupportType;
import nl.maakscan.model.Technology;

import java.util.ArrayList;
import java.util.List;

/**
 * Financing attached by rules (questionnaires/README.md, "Financing by rules"): for a technology, a
 * step's support type and the company, the instruments whose {@code pays} include the step (an
 * {@code investment} instrument goes with the implementation step), whose tag rules and size limits
 * match and whose minimum amount is reached, each with an estimated amount. A questionnaire whose
 * instruments state no rules uses the technology's own {@code financing:} list, without amounts.
 */
public final class Funding {

    private Funding() {
    }

    public static List<FinancingMatch> forStep(Questionnaire q, Technology t, SupportType type, Company company,
            double adviserDays) {
        return forStep(q, t, type, company, adviserDays, q.policy().plan().dayRate());
    }

    /** As above, with the adviser cost at {@code dayRate} euros a day (the user's setting). */
    public static List<FinancingMatch> forStep(Questionnaire q, Technology t, SupportType type, Company company,
            double adviserDays, double dayRate) {
        List<FinancingMatch> matches = new ArrayList<>();
        boolean rules = q.financing().instruments().stream().anyMatch(FinancingInstrument::hasRules);
        if (!rules) {
            for (String id : t.financing()) {
                FinancingInstrument i = q.instrument(id).orElseThrow();
                if (pays(i, type) != null) {
                    matches.add(new FinancingMatch(id, null));
                }
            }
            return matches;
        }
        Integer employees = company == null ? null : company.employees();
        double adviserCost = adviserDays * dayRate;
        Double costMid = t.cost() == null ? null : t.cost().midpoint();
        for (FinancingInstrument i : q.financing().instruments()) {
            SupportType paid = i.hasRules() ? pays(i, type) : null;
            if (paid == null || !tagsMatch(i, t) || employees != null && i.employees() != null
                    && !i.employees().contains(employees)) {
                continue;
            }
            Double base = paid == SupportType.INVESTMENT ? costMid : adviserCost;
            if (i.minAmount() != null && base != null && base < i.minAmount()) {
                continue;
            }
            matches.add(new FinancingMatch(i.id(), amount(i.benefit(), base, paid)));
        }
        return matches;
    }

    /** What the instrument pays for at this step: the step's own type, or the purchase with implementation. */
    private static SupportType pays(FinancingInstrument i, SupportType type) {
        if (i.paysFor().contains(type.id())) {
            return type;
        }
        if (type == SupportType.IMPLEMENTATION && i.paysFor().contains(SupportType.INVESTMENT.id())) {
            return SupportType.INVESTMENT;
        }
        return null;
    }

    private static boolean tagsMatch(FinancingInstrument i, Technology t) {
        boolean required = i.requiresTags().isEmpty() || i.requiresTags().stream().anyMatch(t.tags()::contains);
        return required && i.excludesTags().stream().noneMatch(t.tags()::contains);
    }

    /**
     * The purchase: netPercent of the cost midpoint; an adviser step: percent of the adviser cost for a
     * grant, netPercent otherwise; capped by max. Null without a benefit or a base.
     */
    static Double amount(Benefit b, Double base, SupportType paid) {
        if (b == null || base == null) {
            return null;
        }
        Double percent = paid != SupportType.INVESTMENT && "grant".equals(b.kind()) && b.percent() != null
                ? b.percent() : b.netPercent();
        if (percent == null) {
            return null;
        }
        double value = base * percent / 100;
        return b.max() == null ? value : Math.min(value, b.max());
    }
}
