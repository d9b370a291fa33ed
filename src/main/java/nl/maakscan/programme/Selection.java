package nl.maakscan.programme;

import java.time.LocalDate;

/**
 * Which assessments the programme overview covers: made from {@code from} up to and including {@code to}
 * (either null: no limit), of companies in {@code sector} (null: every sector), with or without sample data.
 */
public record Selection(LocalDate from, LocalDate to, String sector, boolean includeSamples) {

    public static final Selection ALL = new Selection(null, null, null, false);

    public Selection {
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
    }

    public boolean covers(LocalDate date) {
        return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }
}
