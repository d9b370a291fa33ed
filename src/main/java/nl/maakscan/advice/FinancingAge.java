package nl.maakscan.advice;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;

/**
 * How old the financing list is on the date of the advice: the plan and the financing appendix warn
 * when its {@code validFrom} lies more than {@value #MONTHS} months before that date, or cannot be read.
 */
public record FinancingAge(LocalDate validFrom, long months) {

    public static final int MONTHS = 12;

    /** True when the list has no readable date. */
    public boolean undated() {
        return validFrom == null;
    }

    /** Null when the list is recent enough; else its date and age in whole months (no date: both unknown). */
    public static FinancingAge check(String validFrom, LocalDate date) {
        try {
            LocalDate valid = LocalDate.parse(validFrom == null ? "" : validFrom.strip());
            return valid.plusMonths(MONTHS).isBefore(date) ? new FinancingAge(valid, Period.between(valid, date)
                    .toTotalMonths()) : null;
        } catch (DateTimeParseException e) {
            return new FinancingAge(null, -1);
        }
    }
}
