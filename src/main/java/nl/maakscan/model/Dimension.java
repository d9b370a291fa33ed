package nl.maakscan.model;

import java.util.List;

/** A maturity dimension: a group of level questions with a weight in the overall score. */
public record Dimension(String id, String block, Double weight, Text name, Text explanation,
        List<Question> questions) {

    public Dimension {
        questions = questions == null ? List.of() : List.copyOf(questions);
    }

    public double weightOrOne() {
        return weight == null ? 1.0 : weight;
    }
}
