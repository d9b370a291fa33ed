package nl.maakscan.store;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * Times as the database keeps them, on either engine: UTC text {@code yyyy-mm-ddThh:mm:ss.SSSZ}, which
 * also sorts in time order.
 */
final class Times {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private Times() {
    }

    static String format(Instant t) {
        return t == null ? null : TIME.format(t);
    }

    static Instant instant(String s) {
        return s == null ? null : Instant.parse(s);
    }

    static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
