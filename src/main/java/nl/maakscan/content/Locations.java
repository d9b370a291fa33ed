package nl.maakscan.content;

import com.fasterxml.jackson.core.JsonLocation;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Remembers where every parsed object and every field came from, so that a problem found after
 * parsing can still be reported as {@code FILE:LINE:COLUMN}.
 */
final class Locations {

    private record Origin(String file, String pointer) {
    }

    private final Map<Object, Origin> objects = new IdentityHashMap<>();
    private final Map<String, Map<String, JsonLocation>> pointers = new HashMap<>();

    void putPointer(String file, String pointer, JsonLocation location) {
        pointers.computeIfAbsent(file, f -> new HashMap<>()).putIfAbsent(pointer, location);
    }

    boolean hasPointer(String file, String pointer) {
        return pointers.getOrDefault(file, Map.of()).containsKey(pointer);
    }

    void putObject(Object value, String file, String pointer) {
        objects.putIfAbsent(value, new Origin(file, pointer));
    }

    /** A problem about {@code value} (or one of its fields, given as a path below it). */
    Problem problem(Object value, String message, String... fieldPath) {
        Origin origin = objects.get(value);
        if (origin == null) {
            return new Problem("?", 1, 1, message);
        }
        StringBuilder p = new StringBuilder(origin.pointer());
        for (String segment : fieldPath) {
            p.append('/').append(escape(segment));
        }
        return at(origin.file(), p.toString(), message);
    }

    /** A problem at a pointer of a file, or at the nearest enclosing element that exists. */
    Problem at(String file, String pointer, String message) {
        Map<String, JsonLocation> map = pointers.getOrDefault(file, Map.of());
        String p = pointer;
        while (true) {
            JsonLocation loc = map.get(p);
            if (loc != null) {
                return new Problem(file, Math.max(1, loc.getLineNr()), Math.max(1, loc.getColumnNr()), message);
            }
            if (p.isEmpty()) {
                return new Problem(file, 1, 1, message);
            }
            int slash = p.lastIndexOf('/');
            p = slash <= 0 ? "" : p.substring(0, slash);
        }
    }

    static String escape(String segment) {
        return segment.replace("~", "~0").replace("/", "~1");
    }
}
