package nl.maakscan.programme;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The lower quartile, median and upper quartile of a set of values, by linear interpolation between the
 * sorted values (position {@code p × (n - 1)}, as spreadsheets' QUARTILE.INC), with how many values there were.
 */
public record Quartiles(int count, double lower, double median, double upper) {

    public static Quartiles of(List<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no values");
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return new Quartiles(sorted.size(), at(sorted, 0.25), at(sorted, 0.5), at(sorted, 0.75));
    }

    private static double at(List<Double> sorted, double p) {
        double pos = p * (sorted.size() - 1);
        int below = (int) Math.floor(pos);
        int above = Math.min(sorted.size() - 1, below + 1);
        return sorted.get(below) + (pos - below) * (sorted.get(above) - sorted.get(below));
    }
}
