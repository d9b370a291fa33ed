package nl.maakscan.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The adviser's conclusions on an assessment: an overall text, one text per topic (dimension id), and how the
 * assessment was made (the method and who took part). Every part may be missing (null or absent).
 */
public record Conclusions(String overall, Map<String, String> byDimension, Method method, String participants) {

    /** How the answers were gathered. */
    public enum Method {
        SELF_ASSESSMENT("self"), INTERVIEW("interview");

        private final String id;

        Method(String id) {
            this.id = id;
        }

        /** The id used in the database and in bundles: {@code self} or {@code interview}. */
        public String id() {
            return id;
        }

        public static java.util.Optional<Method> fromId(String id) {
            for (Method m : values()) {
                if (m.id.equals(id)) {
                    return java.util.Optional.of(m);
                }
            }
            return java.util.Optional.empty();
        }
    }

    public Conclusions {
        byDimension = byDimension == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(byDimension));
    }

    public static Conclusions none() {
        return new Conclusions(null, Map.of(), null, null);
    }

    /** The conclusion on one topic, or null. */
    public String dimension(String dimensionId) {
        return byDimension.get(dimensionId);
    }

    public boolean isEmpty() {
        return overall == null && byDimension.isEmpty() && method == null && participants == null;
    }
}
