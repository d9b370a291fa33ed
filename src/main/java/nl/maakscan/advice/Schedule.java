package nl.maakscan.advice;

import java.util.ArrayList;
import java.util.List;

/**
 * Months taken by running steps, to place a step at the first month from which it fits the company's
 * capacity: at most {@code limit} steps of one kind running in any month.
 */
final class Schedule {

    private final int limit;
    private final List<int[]> taken = new ArrayList<>();

    Schedule(int limit) {
        this.limit = Math.max(1, limit);
    }

    /** The first start month from {@code earliest} on where a step of {@code months} fits; it is then taken. */
    int place(int earliest, int months) {
        int start = earliest;
        while (!fits(start, start + months - 1)) {
            start++;
        }
        taken.add(new int[] {start, start + months - 1});
        return start;
    }

    private boolean fits(int from, int to) {
        for (int m = from; m <= to; m++) {
            int month = m;
            if (taken.stream().filter(t -> t[0] <= month && month <= t[1]).count() >= limit) {
                return false;
            }
        }
        return true;
    }
}
