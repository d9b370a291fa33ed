package nl.maakscan.advice;

/** The phases of the next-step plan, in months from the start of the plan; a step belongs to the phase it starts in. */
public enum Phase {
    MONTHS_0_3(0, 3), MONTHS_3_6(3, 6), MONTHS_6_12(6, 12), MONTHS_12_24(12, 24);

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

    /** The phase of a step that starts in this month (1 = the plan's first month); later months fall in the last. */
    public static Phase starting(int month) {
        for (Phase p : values()) {
            if (month <= p.toMonth) {
                return p;
            }
        }
        return MONTHS_12_24;
    }
}
