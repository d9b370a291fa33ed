package nl.maakscan.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Small helpers for the benchmarks: medians, percentiles and how a figure is printed. */
final class Figures {

    private Figures() {
    }

    static double median(long[] nanos) {
        return percentile(nanos, 50);
    }

    static double percentile(long[] nanos, int p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int i = (int) Math.min(sorted.length - 1, Math.round((sorted.length - 1) * p / 100.0));
        return sorted[i];
    }

    static double median(List<Long> nanos) {
        return median(nanos.stream().mapToLong(Long::longValue).toArray());
    }

    static String ms(double nanos) {
        return String.format(Locale.ROOT, "%.3f ms", nanos / 1e6);
    }

    /** A ratio against its goal, e.g. {@code 1.21 (goal <= 1.5: met)}. */
    static String ratio(double value, double goal) {
        return String.format(Locale.ROOT, "%.2f (goal <= %.2f: %s)", value, goal, value <= goal ? "met" : "NOT met");
    }
}
