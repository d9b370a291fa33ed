package nl.maakscan.advice;

/** The phases of the next-step plan, in months from the start of the plan. */
public enum Phase {
    MONTHS_0_3(0, 3), MONTHS_3_6(3, 6), MONTHS_6_12(6, 12);

    private final int fromMonth;
    private final int toMonth;

    Phase(int fromMonth, int toMonth) {
        this.fromMonth = fromMonth;
        this.toMonth = toMonth;
    }

    public int fromMonth() {
        return fromMonth;
    }

    public int toMonth() {
        return toMonth;
    }

    Phase later(Phase other) {
        return compareTo(other) >= 0 ? this : other;
    }

    Phase next() {
        return this == MONTHS_0_3 ? MONTHS_3_6 : MONTHS_6_12;
    }
}
