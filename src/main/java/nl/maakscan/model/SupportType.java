package nl.maakscan.model;

import java.util.Locale;
import java.util.Optional;

/**
 * The five kinds of help an adviser gives, in the order they usually happen, plus
 * {@link #INVESTMENT} for financing that pays for the purchase itself.
 */
public enum SupportType {
    INSIGHT, STRATEGY, FEASIBILITY, KNOWLEDGE, IMPLEMENTATION, INVESTMENT;

    /** The id used in data files, e.g. {@code feasibility}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<SupportType> fromId(String id) {
        for (SupportType t : values()) {
            if (t.id().equals(id)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** True for the five adviser support types, false for {@link #INVESTMENT}. */
    public boolean isAdvice() {
        return this != INVESTMENT;
    }
}
