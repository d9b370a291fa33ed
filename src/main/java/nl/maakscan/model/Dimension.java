package nl.maakscan.model;

import java.util.List;

/**
 * A dimension: a group of level questions. A {@code maturity} dimension (the default role) is scored
 * and has a weight in the overall score; a {@code bottleneck} dimension is not scored, has no target
 * and no radar axis: its questions say how much each loss holds the company back (0-5); a {@code profile}
 * dimension is not scored either: its questions describe the kind of work (series sizes, what is
 * welded), which decides whether a technology suits the company ({@code fits} in the catalogue).
 */
public record Dimension(String id, String block, Double weight, Text name, Text explanation,
        List<Question> questions, String role) {

    public static final String MATURITY = "maturity";
    public static final String BOTTLENECK = "bottleneck";
    public static final String PROFILE = "profile";

    public Dimension {
        questions = questions == null ? List.of() : List.copyOf(questions);
    }

    public double weightOrOne() {
        return weight == null ? 1.0 : weight;
    }

    /** True for a bottleneck dimension (not scored); false for a maturity dimension. */
    public boolean isBottleneck() {
        return BOTTLENECK.equals(role);
    }

    /** True for a profile dimension (not scored): its answers describe the company's kind of work. */
    public boolean isProfile() {
        return PROFILE.equals(role);
    }

    /** True for a maturity dimension: scored, with a target and a radar axis. */
    public boolean isScored() {
        return !isBottleneck() && !isProfile();
    }
}
