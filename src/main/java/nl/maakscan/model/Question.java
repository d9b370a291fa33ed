package nl.maakscan.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A level question. {@code levels} maps "0".."5" to the description of what a company at that level
 * observably does. Every level question also accepts "not applicable" and "don't know".
 */
public record Question(String id, Double weight, Text text, Text why, Map<String, Text> levels,
        List<Source> sources) {

    public static final int MIN_LEVEL = 0;
    public static final int MAX_LEVEL = 5;

    public Question {
        levels = levels == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(levels));
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    public Text level(int level) {
        return levels.get(Integer.toString(level));
    }

    public double weightOrOne() {
        return weight == null ? 1.0 : weight;
    }
}
