package nl.maakscan.content;

import nl.maakscan.model.Financing;
import nl.maakscan.model.FinancingInstrument;
import nl.maakscan.model.Range;
import nl.maakscan.model.Source;
import nl.maakscan.model.SupportType;
import nl.maakscan.model.Technology;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The checks on financing rules, and on a technology's own financing pointers against those rules. */
final class FinancingChecks {

    private static final Set<String> BENEFITS = Set.of("grant", "deduction", "loan", "training-fund");

    /** A source's address: a secure web page, one address without spaces. */
    private static final Pattern HTTPS = Pattern.compile("https://[^\\s/]+\\S*");

    private final Validator v;
    private final RankingChecks checks;

    FinancingChecks(Validator v, RankingChecks checks) {
        this.v = v;
        this.checks = checks;
    }

    void checkInstrument(FinancingInstrument i, LocalDate validFrom, LocalDate today) {
        source(i.source(), validFrom, today);
        checks.tags(i, i.requiresTags(), "requiresTags");
        checks.tags(i, i.excludesTags(), "excludesTags");
        checks.range(i, i.employees(), "employees");
        if (i.minAmount() != null && i.minAmount() < 0) {
            v.problem(i, "amount.negative", "minAmount", i.minAmount());
        }
        FinancingInstrument.Benefit b = i.benefit();
        if (b == null) {
            return;
        }
        if (b.kind() == null) {
            v.problem(b, "field.missing", null, "kind");
        } else if (!BENEFITS.contains(b.kind())) {
            v.problem(b, "benefit.kind", "kind", b.kind());
        }
        percent(b, b.percent(), "percent");
        percent(b, b.netPercent(), "netPercent");
        if (b.max() != null && b.max() < 0) {
            v.problem(b, "amount.negative", "max", b.max());
        }
    }

    /**
     * A source's address must be a secure web page, and the day it was consulted ({@code checked}, optional in files
     * written before the field existed) a real date no later than today and no earlier than a year before the list
     * takes effect, so that a figure is never older than the list claims.
     */
    private void source(Source s, LocalDate validFrom, LocalDate today) {
        if (s == null) {
            return;
        }
        if (s.url() != null && !HTTPS.matcher(s.url()).matches()) {
            v.problem(s, "source.https", "url", s.url());
        }
        if (s.checked() == null) {
            return;
        }
        LocalDate checked;
        try {
            checked = LocalDate.parse(s.checked());
        } catch (DateTimeParseException e) {
            v.problem(s, "date.invalid", "checked", s.checked());
            return;
        }
        if (checked.isAfter(today)) {
            v.problem(s, "checked.future", "checked", s.checked(), today);
        } else if (validFrom != null && checked.isBefore(validFrom.minusYears(1))) {
            v.problem(s, "checked.old", "checked", s.checked(), validFrom);
        }
    }

    private void percent(Object owner, Double p, String field) {
        if (p != null && (p < 0 || p > 100)) {
            v.problem(owner, "percent.range", field, p);
        }
    }

    /** A technology's own {@code financing:} pointer must agree with the instrument's rules. */
    void checkPointers(Technology t, Financing financing) {
        for (int n = 0; n < t.financing().size(); n++) {
            String id = t.financing().get(n);
            FinancingInstrument i = financing.instruments().stream()
                    .filter(x -> x != null && id != null && id.equals(x.id())).findFirst().orElse(null);
            if (i == null || !i.hasRules()) {
                continue;
            }
            List<String> why = new ArrayList<>();
            Set<String> steps = new HashSet<>(t.adviserDays().keySet());
            steps.add(SupportType.INVESTMENT.id());
            if (i.pays().stream().noneMatch(steps::contains)) {
                why.add(v.message("financing.why.pays", String.join(", ", i.pays())));
            }
            if (!i.requiresTags().isEmpty() && i.requiresTags().stream().noneMatch(t.tags()::contains)) {
                why.add(v.message("financing.why.tags", String.join(", ", i.requiresTags())));
            }
            i.excludesTags().stream().filter(t.tags()::contains).findFirst()
                    .ifPresent(tag -> why.add(v.message("financing.why.excluded", tag)));
            if (i.employees() != null && !sizesOverlap(t, i.employees())) {
                why.add(v.message("financing.why.size", i.employees().min() == null ? 0 : i.employees().min(),
                        i.employees().max() == null ? "-" : i.employees().max()));
            }
            if (!why.isEmpty()) {
                v.problem(t, "financing.contradicts", "financing/" + n, id, String.join("; ", why));
            }
        }
    }

    private static boolean sizesOverlap(Technology t, Range allowed) {
        Integer min = t.employees() == null ? null : t.employees().min();
        if (t.appliesWhen().minEmployees() != null) {
            min = min == null ? t.appliesWhen().minEmployees() : Math.max(min, t.appliesWhen().minEmployees());
        }
        Integer max = t.employees() == null ? null : t.employees().max();
        boolean belowAllowed = max != null && allowed.min() != null && max < allowed.min();
        boolean aboveAllowed = min != null && allowed.max() != null && min > allowed.max();
        return !belowAllowed && !aboveAllowed;
    }
}
