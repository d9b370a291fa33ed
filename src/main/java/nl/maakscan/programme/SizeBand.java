package nl.maakscan.programme;

import java.util.Optional;

/**
 * Size bands by number of people, cut for shops of 5 to 50 people so that each band holds comparable
 * companies: below 10 (the owner still on the floor, no planner), 10 to 19 (a first office role), 20 to 49
 * (planning and quality as jobs of their own) and 50 or more (above the scan's main group). The first and the
 * last follow the EU's micro and small enterprise limits (10 and 50 people); docs/decisions/0012.
 */
public enum SizeBand {
    UP_TO_9("1-9", 1, 9), FROM_10("10-19", 10, 19), FROM_20("20-49", 20, 49), FROM_50("50+", 50, Integer.MAX_VALUE);

    private final String id;
    private final int min;
    private final int max;

    SizeBand(String id, int min, int max) {
        this.id = id;
        this.min = min;
        this.max = max;
    }

    /** The band's name in files and on screen, such as {@code 10-19}. */
    public String id() {
        return id;
    }

    public int min() {
        return min;
    }

    public int max() {
        return max;
    }

    /** The band of a company with this many people; empty when the number is unknown or below 1. */
    public static Optional<SizeBand> of(Integer employees) {
        if (employees == null || employees < 1) {
            return Optional.empty();
        }
        for (SizeBand b : values()) {
            if (employees <= b.max) {
                return Optional.of(b);
            }
        }
        return Optional.of(FROM_50);
    }
}
