package nl.maakscan.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A text in several languages, keyed by ISO 639-1 code ({@code nl}, {@code en}).
 * Falls back to Dutch, then to any language, when the requested one is missing.
 */
public record Text(Map<String, String> values) {

    public Text {
        values = values == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public static Text of(String nl, String en) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("nl", nl);
        m.put("en", en);
        return new Text(m);
    }

    public String get(String language) {
        String v = values.get(language);
        if (v != null && !v.isBlank()) {
            return v;
        }
        v = values.get("nl");
        if (v != null && !v.isBlank()) {
            return v;
        }
        return values.values().stream().filter(s -> s != null && !s.isBlank()).findFirst().orElse("");
    }

    public boolean has(String language) {
        String v = values.get(language);
        return v != null && !v.isBlank();
    }
}
