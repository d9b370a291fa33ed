package nl.maakscan.content;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import nl.maakscan.model.Text;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Parses YAML files into records with Jackson while collecting every problem (syntax, unknown
 * fields, wrong types, duplicate keys) with its line and column, instead of stopping at the first.
 */
final class YamlDocuments {

    /**
     * The largest questionnaire file read, in bytes (the built-in files are under 30 KB). Checked before
     * a file is read or parsed; the YAML parser is also held to it, and to few aliases and little
     * nesting, so that no file can make it run out of memory or time.
     */
    static final int MAX_FILE_BYTES = 2 * 1024 * 1024;

    private static final String LOCATIONS = "maakscan.locations";
    private static final String FILE = "maakscan.file";
    private static final String PROBLEMS = "maakscan.problems";

    private final ObjectMapper mapper;
    private final Messages messages;

    YamlDocuments(Messages messages) {
        this.messages = messages;
        SimpleModule module = new SimpleModule("maakscan-locations");
        module.addDeserializer(Text.class, new TextDeserializer());
        module.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription beanDesc,
                    JsonDeserializer<?> deserializer) {
                return new LocatingDeserializer(deserializer);
            }
        });
        org.yaml.snakeyaml.LoaderOptions limits = new org.yaml.snakeyaml.LoaderOptions();
        limits.setCodePointLimit(MAX_FILE_BYTES);
        limits.setMaxAliasesForCollections(20);
        limits.setAllowRecursiveKeys(false);
        limits.setNestingDepthLimit(40);
        this.mapper = new ObjectMapper(YAMLFactory.builder().loaderOptions(limits).build()).registerModule(module);
        this.mapper.addHandler(new CollectingHandler());
    }

    /** The parsed tree of a file, or null after reporting a syntax error. */
    /**
     * The texts of the top-level {@code keys}, read as a stream (no tree, no positions): a key that is missing, not
     * text or empty is left out; empty when one is given twice or the file cannot be read as a YAML map. Loading
     * such a file says what is wrong with it; this only tells which files to load.
     */
    Optional<Map<String, String>> topLevel(byte[] bytes, Set<String> keys) {
        return topLevel(bytes, keys, null);
    }

    /** As above; with {@code onlyKind}, stops reading (and is empty) as soon as a different kind is read. */
    Optional<Map<String, String>> topLevel(byte[] bytes, Set<String> keys, String onlyKind) {
        if (bytes.length > MAX_FILE_BYTES) {
            return Optional.empty();
        }
        Map<String, String> found = new HashMap<>();
        Set<String> seen = new HashSet<>();
        try (JsonParser p = mapper.getFactory().createParser(bytes)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                JsonToken value = p.nextToken();
                if (keys.contains(key)) {
                    if (!seen.add(key)) {
                        return Optional.empty();
                    }
                    if (value == JsonToken.VALUE_STRING && !p.getText().isEmpty()) {
                        found.put(key, p.getText());
                    }
                    if (onlyKind != null && key.equals("kind") && !onlyKind.equals(found.get(key))) {
                        return Optional.empty();
                    }
                } else {
                    p.skipChildren();
                }
            }
            return t == JsonToken.END_OBJECT ? Optional.of(found) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The text of the top-level {@code kind:} key, as {@link #topLevel} reads it. */
    Optional<String> kind(byte[] bytes) {
        return topLevel(bytes, Set.of("kind")).map(m -> m.get("kind"));
    }

    /**
     * Reads a file once as a stream: records where every value stands (for the problems' FILE:LINE), reports
     * duplicate keys, and returns the top-level values as text (as {@code JsonNode.asText} gives them: a mapping or
     * a list as empty text, no value as {@code "null"}), or null when the file is not a YAML mapping. The records
     * themselves are bound from the same bytes by {@link #bind}.
     */
    Map<String, String> head(String file, byte[] bytes, Locations locations, List<Problem> problems) {
        if (bytes.length > MAX_FILE_BYTES) {
            problems.add(new Problem(file, 1, 1, messages.format("file.tooLarge", MAX_FILE_BYTES)));
            return null;
        }
        Map<String, String> top = new LinkedHashMap<>();
        JsonToken first;
        try (JsonParser p = mapper.getFactory().createParser(bytes)) {
            Set<String> seen = new HashSet<>();
            first = p.nextToken();
            JsonToken t = first;
            int depth = 0;
            while (t != null) {
                String pointer = p.getParsingContext().pathAsPointer().toString();
                if (t == JsonToken.FIELD_NAME) {
                    if (!seen.add(pointer)) {
                        problems.add(locationProblem(file, p.currentTokenLocation(),
                                messages.format("yaml.duplicateKey", p.currentName())));
                    }
                } else if (depth == 1 && first == JsonToken.START_OBJECT && !t.isStructEnd()) {
                    top.put(p.currentName(), t == JsonToken.VALUE_NULL ? "null" : t.isScalarValue() ? p.getText() : "");
                }
                depth += t.isStructStart() ? 1 : t.isStructEnd() ? -1 : 0;
                locations.putPointer(file, pointer, p.currentTokenLocation());
                t = p.nextToken();
            }
        } catch (JsonProcessingException e) {
            problems.add(locationProblem(file, e.getLocation(), messages.format("yaml.syntax", cleanMessage(e))));
            return null;
        } catch (IOException e) {
            problems.add(new Problem(file, 1, 1, messages.format("file.unreadable", e.getMessage())));
            return null;
        }
        if (first == null || first == JsonToken.VALUE_NULL) {
            problems.add(new Problem(file, 1, 1, messages.format("file.empty")));
            return null;
        }
        if (first != JsonToken.START_OBJECT) {
            problems.add(new Problem(file, 1, 1, messages.format("file.notMapping")));
            return null;
        }
        return top;
    }

    /** Binds a file to a record type; problems are collected, and null returned if binding failed. */
    <T> T bind(String file, byte[] bytes, Class<T> type, Locations locations, List<Problem> problems) {
        if (bytes.length > MAX_FILE_BYTES) {
            problems.add(new Problem(file, 1, 1, messages.format("file.tooLarge", MAX_FILE_BYTES)));
            return null;
        }
        try {
            return mapper.readerFor(type)
                    .withAttribute(LOCATIONS, locations)
                    .withAttribute(FILE, file)
                    .withAttribute(PROBLEMS, problems)
                    .readValue(bytes);
        } catch (JsonProcessingException e) {
            problems.add(locationProblem(file, e.getLocation(), messages.format("yaml.type", cleanMessage(e))));
            return null;
        } catch (IOException e) {
            problems.add(new Problem(file, 1, 1, messages.format("file.unreadable", e.getMessage())));
            return null;
        }
    }

    private static Problem locationProblem(String file, JsonLocation loc, String message) {
        int line = loc == null ? 1 : Math.max(1, loc.getLineNr());
        int column = loc == null ? 1 : Math.max(1, loc.getColumnNr());
        return new Problem(file, line, column, message);
    }

    private static String cleanMessage(JsonProcessingException e) {
        String m = e.getOriginalMessage();
        if (m == null) {
            return e.getClass().getSimpleName();
        }
        int cut = m.indexOf(" at [Source");
        m = cut >= 0 ? m.substring(0, cut) : m;
        // SnakeYAML repeats the position and quotes the line with a caret below it: keep the words only
        String[] lines = m.split("\n");
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].trim();
            boolean snippet = i + 1 < lines.length && lines[i + 1].trim().equals("^");
            if (!line.isEmpty() && !line.equals("^") && !line.startsWith("in 'reader'") && !snippet) {
                kept.add(line);
            }
        }
        return String.join(" ", kept).replaceAll("\\s+", " ").trim();
    }

    private static String pointerOf(JsonParser p) {
        return p.getParsingContext().pathAsPointer().toString();
    }

    private static void register(DeserializationContext ctxt, Object value, String pointer) {
        Locations locations = (Locations) ctxt.getAttribute(LOCATIONS);
        String file = (String) ctxt.getAttribute(FILE);
        if (locations != null && value != null) {
            locations.putObject(value, file, pointer);
        }
    }

    @SuppressWarnings("unchecked")
    private void report(DeserializationContext ctxt, JsonParser p, String message) {
        List<Problem> problems = (List<Problem>) ctxt.getAttribute(PROBLEMS);
        Locations locations = (Locations) ctxt.getAttribute(LOCATIONS);
        String file = (String) ctxt.getAttribute(FILE);
        if (problems == null) {
            return;
        }
        String pointer = pointerOf(p);
        JsonLocation here = p.currentTokenLocation();
        if (locations != null && locations.hasPointer(file, pointer)) {
            problems.add(locations.at(file, pointer, message));
        } else {
            problems.add(locationProblem(file, here, message));
        }
    }

    /** Records the pointer of every record it builds. */
    private static final class LocatingDeserializer extends DelegatingDeserializer {
        LocatingDeserializer(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new LocatingDeserializer(newDelegatee);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String pointer = pointerOf(p);
            Object value = super.deserialize(p, ctxt);
            register(ctxt, value, pointer);
            return value;
        }
    }

    /** A text per language: a mapping of language code to string. */
    private final class TextDeserializer extends StdDeserializer<Text> {
        TextDeserializer() {
            super(Text.class);
        }

        @Override
        public Text deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String pointer = pointerOf(p);
            if (p.currentToken() != JsonToken.START_OBJECT) {
                report(ctxt, p, messages.format("text.notMapping"));
                p.skipChildren();
                Text empty = new Text(Map.of());
                register(ctxt, empty, pointer);
                return empty;
            }
            Map<String, String> values = new LinkedHashMap<>();
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                String language = p.currentName();
                JsonToken v = p.nextToken();
                if (v.isScalarValue() && v != JsonToken.VALUE_NULL) {
                    values.put(language, p.getValueAsString());
                } else {
                    report(ctxt, p, messages.format("text.notString", language));
                    p.skipChildren();
                }
            }
            Text text = new Text(values);
            register(ctxt, text, pointer);
            return text;
        }
    }

    /** Turns Jackson's "stop at first error" into "note it and go on". */
    private final class CollectingHandler extends DeserializationProblemHandler {
        @Override
        public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p,
                JsonDeserializer<?> deserializer, Object beanOrClass, String propertyName) throws IOException {
            Collection<Object> known = deserializer == null ? null : deserializer.getKnownPropertyNames();
            Set<String> names = new TreeSet<>();
            if (known != null) {
                known.forEach(k -> names.add(String.valueOf(k)));
            }
            report(ctxt, p, messages.format("field.unknown", propertyName, String.join(", ", names)));
            p.skipChildren();
            return true;
        }

        @Override
        public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType, String valueToConvert,
                String failureMsg) {
            report(ctxt, ctxt.getParser(), messages.format("value.wrongType", valueToConvert, typeName(targetType)));
            return null;
        }

        @Override
        public Object handleWeirdNumberValue(DeserializationContext ctxt, Class<?> targetType, Number valueToConvert,
                String failureMsg) {
            report(ctxt, ctxt.getParser(), messages.format("value.wrongType", valueToConvert, typeName(targetType)));
            return null;
        }

        @Override
        public Object handleWeirdKey(DeserializationContext ctxt, Class<?> rawKeyType, String keyValue,
                String failureMsg) {
            report(ctxt, ctxt.getParser(), messages.format("value.wrongType", keyValue, typeName(rawKeyType)));
            return keyValue;
        }

        @Override
        public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType, JsonToken t,
                JsonParser p, String failureMsg) throws IOException {
            String found = t == null ? "?" : switch (t) {
                case START_ARRAY -> messages.format("type.list");
                case START_OBJECT -> messages.format("type.mapping");
                default -> "'" + p.getText() + "'";
            };
            report(ctxt, p, messages.format("value.wrongType", found, typeName(targetType.getRawClass())));
            p.skipChildren();
            return null;
        }

        @Override
        public Object handleMissingInstantiator(DeserializationContext ctxt, Class<?> instClass,
                ValueInstantiator valueInsta, JsonParser p, String msg) throws IOException {
            String found = p.currentToken() == JsonToken.START_ARRAY ? messages.format("type.list")
                    : "'" + p.getText() + "'";
            report(ctxt, p, messages.format("value.wrongType", found, typeName(instClass)));
            p.skipChildren();
            return null;
        }

        private String typeName(Class<?> type) {
            if (type == Integer.class || type == int.class || type == Long.class) {
                return messages.format("type.integer");
            }
            if (type == Double.class || type == double.class) {
                return messages.format("type.number");
            }
            if (type == String.class) {
                return messages.format("type.string");
            }
            if (List.class.isAssignableFrom(type)) {
                return messages.format("type.list");
            }
            if (Map.class.isAssignableFrom(type)) {
                return messages.format("type.mapping");
            }
            return messages.format("type.mapping");
        }
    }

    static List<Problem> sorted(List<Problem> problems) {
        List<Problem> copy = new ArrayList<>(problems);
        copy.sort(java.util.Comparator.comparing(Problem::file).thenComparingInt(Problem::line)
                .thenComparingInt(Problem::column));
        return copy;
    }
}
