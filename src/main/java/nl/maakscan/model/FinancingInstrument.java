package nl.maakscan.model;

import java.util.List;

/**
 * A subsidy, tax scheme or loan that may pay for (part of) a plan step. {@code pays} names the kinds
 * of step it pays for (support types and {@code investment}); {@code supports} is the older name of
 * the same list, still read. {@code requiresTags}/{@code excludesTags} match the technology's tags,
 * {@code employees} the company's size, {@code minAmount} the smallest eligible cost in euros, and
 * {@code benefit} what it is worth.
 */
public record FinancingInstrument(String id, Text name, Text conditions, List<String> supports, Source source,
        List<String> pays, List<String> requiresTags, List<String> excludesTags, Range employees,
        Integer minAmount, Benefit benefit) {

    public FinancingInstrument {
        supports = supports == null ? List.of() : List.copyOf(supports);
        pays = pays == null ? List.of() : List.copyOf(pays);
        requiresTags = requiresTags == null ? List.of() : List.copyOf(requiresTags);
        excludesTags = excludesTags == null ? List.of() : List.copyOf(excludesTags);
    }

    /** The kinds of step it pays for: {@code pays}, or the older {@code supports} when pays is absent. */
    public List<String> paysFor() {
        return pays.isEmpty() ? supports : pays;
    }

    /** True when the instrument states rules (pays, tags, sizes) so that it can be attached by rule. */
    public boolean hasRules() {
        return !pays.isEmpty();
    }

    /**
     * What the instrument is worth: {@code kind} grant | deduction | loan | training-fund;
     * {@code percent} the nominal percentage, {@code netPercent} the cash value for the company as a
     * share of the cost, {@code max} the cap in euros (null = none).
     */
    public record Benefit(String kind, Double percent, Double netPercent, Integer max) {
    }
}
