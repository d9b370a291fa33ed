package nl.maakscan.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Ways to damage a valid JSON file for the import's property tests: the places in a tree (as paths
 * of field names and array indexes), a value of another type for a place, and a serialisation that
 * writes one field twice.
 */
final class JsonMutations {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private JsonMutations() {
    }

    /** A place in a tree: field names (String) and array indexes (Integer). */
    record Place(List<Object> segments) {
        /** The place as the import names it: {@code companies[0].name} in a bundle. */
        String bundleStyle() {
            StringBuilder b = new StringBuilder();
            for (Object s : segments) {
                if (s instanceof Integer i) {
                    b.append('[').append(i).append(']');
                } else {
                    b.append(b.length() == 0 ? "" : ".").append(s);
                }
            }
            return b.toString();
        }

        /** The place as the answers-file reader names it: {@code company.processes.value.0}. */
        String dotted() {
            return String.join(".", segments.stream().map(String::valueOf).toList());
        }

        Place parent() {
            return new Place(segments.subList(0, Math.max(0, segments.size() - 1)));
        }

        Object last() {
            return segments.get(segments.size() - 1);
        }
    }

    static JsonNode tree(byte[] bytes) {
        try {
            return JSON.readTree(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(JsonNode tree) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every place below the root, leaving out the elements of an answers file's {@code allowed}
     * lists (help for the person filling in, which the import reads only as a list).
     */
    static List<Place> places(JsonNode root) {
        List<Place> all = new ArrayList<>();
        collect(root, new ArrayList<>(), all);
        return all;
    }

    private static void collect(JsonNode node, List<Object> at, List<Place> all) {
        if (!at.isEmpty() && at.get(at.size() - 1) instanceof Integer && at.size() > 1
                && "allowed".equals(at.get(at.size() - 2))) {
            return;
        }
        if (!at.isEmpty()) {
            all.add(new Place(List.copyOf(at)));
        }
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(name -> {
                at.add(name);
                collect(node.get(name), at, all);
                at.remove(at.size() - 1);
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                at.add(i);
                collect(node.get(i), at, all);
                at.remove(at.size() - 1);
            }
        }
    }

    static List<Place> objects(JsonNode root) {
        List<Place> list = new ArrayList<>(places(root).stream().filter(p -> at(root, p).isObject()).toList());
        list.add(new Place(List.of()));
        return list;
    }

    static JsonNode at(JsonNode root, Place place) {
        JsonNode n = root;
        for (Object s : place.segments()) {
            n = s instanceof Integer i ? n.get(i) : n.get((String) s);
        }
        return n;
    }

    /** A copy of {@code root} with {@code value} at {@code place}. */
    static JsonNode replaced(JsonNode root, Place place, JsonNode value) {
        JsonNode copy = root.deepCopy();
        JsonNode parent = at(copy, place.parent());
        if (place.last() instanceof Integer i) {
            ((ArrayNode) parent).set(i, value);
        } else {
            ((ObjectNode) parent).set((String) place.last(), value);
        }
        return copy;
    }

    /**
     * Values of another JSON type than the one at {@code place}, leaving out those the format allows
     * there too: {@code null} anywhere (an empty field), a text or a level where {@code null} stands, and
     * a level where {@code "n/a"} or {@code "?"} stands.
     */
    static List<JsonNode> otherTypes(JsonNode root, Place place) {
        JsonNode node = at(root, place);
        List<JsonNode> values = new ArrayList<>();
        if (!node.isTextual() && !node.isNull()) {
            values.add(F.textNode("text instead of " + node.getNodeType().name().toLowerCase()));
        }
        if (!node.isNumber() && !node.isNull() && !"value".equals(place.last())) {
            values.add(F.numberNode(4));
        }
        values.add(F.numberNode(2.5));
        if (!node.isBoolean()) {
            values.add(F.booleanNode(true));
        }
        if (!node.isObject()) {
            values.add(F.objectNode());
        }
        if (!node.isArray()) {
            values.add(F.arrayNode().add("x"));
        }
        return values;
    }

    /** The tree written with the first field of the object at {@code place} written twice. */
    static byte[] withDuplicateField(JsonNode root, Place place) {
        JsonNode target = at(root, place);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = JSON.getFactory().createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            write(g, root, target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void write(JsonGenerator g, JsonNode node, JsonNode twice) throws IOException {
        if (node.isObject()) {
            g.writeStartObject();
            boolean first = true;
            for (var it = node.properties().iterator(); it.hasNext(); ) {
                var e = it.next();
                int times = first && node == twice ? 2 : 1;
                for (int i = 0; i < times; i++) {
                    g.writeFieldName(e.getKey());
                    write(g, e.getValue(), twice);
                }
                first = false;
            }
            g.writeEndObject();
        } else if (node.isArray()) {
            g.writeStartArray();
            for (JsonNode n : node) {
                write(g, n, twice);
            }
            g.writeEndArray();
        } else {
            JSON.writeTree(g, node);
        }
    }
}
