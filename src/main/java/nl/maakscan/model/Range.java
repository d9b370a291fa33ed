package nl.maakscan.model;

/** A range of whole numbers (euros, months, employees); either end may be open (null). */
public record Range(Integer min, Integer max) {

    public boolean contains(int value) {
        return (min == null || value >= min) && (max == null || value <= max);
    }

    /** The middle of the range; one end when the other is open; null when both are open. */
    public Double midpoint() {
        if (min == null && max == null) {
            return null;
        }
        if (min == null || max == null) {
            return (double) (min == null ? max : min);
        }
        return (min + max) / 2.0;
    }
}
