package nl.maakscan.store;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.maakscan.model.Assessment;
import nl.maakscan.model.Choice;
import nl.maakscan.model.Company;
import nl.maakscan.model.Dimension;
import nl.maakscan.model.Priority;
import nl.maakscan.model.Question;
import nl.maakscan.model.Questionnaire;
import nl.maakscan.model.Technology;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The answers file ({@code maakscan-answers/1}): a JSON form to fill in outside the program, for
 * coaches who collect answers on paper or in a spreadsheet, and for scripts. See the README.
 */
public final class AnswersFile {

    public static final String FORMAT = "maakscan-answers/1";
    public static final String NOT_APPLICABLE = "n/a";
    public static final String DONT_KNOW = "?";

    /** Reads and writes JSON; refuses a field written twice in one object (the later one would silently win). */
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    /**
     * Reads one JSON document and nothing after it: text after the end of the bundle or answers file is
     * an error, not silently ignored.
     */
    static final com.fasterxml.jackson.databind.ObjectReader TREE = JSON.reader()
            .with(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /**
     * Why the bytes are not UTF-8 text, as a message key with no arguments, or null when they are: the
     * formats are UTF-8, and a UTF-16 or UTF-32 file (with or without its byte order mark) or invalid
     * UTF-8 is refused rather than guessed.
     */
    static String encodingProblem(byte[] bytes) {
        int n = Math.min(bytes.length, 4);
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                return "import.encoding";
            }
        }
        if (n >= 2 && ((bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff
                || (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe)) {
            return "import.encoding";
        }
        try {
            java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes));
            return null;
        } catch (java.nio.charset.CharacterCodingException e) {
            return "import.encoding";
        }
    }

    private AnswersFile() {
    }

    /** A filled answers file, read and checked against its questionnaire. */
    public record Filled(String questionnaireId, String questionnaireVersion, Company company, Assessment assessment) {
    }

    /** An answers file that cannot be used; every problem names the place (line, column, field). */
    public static final class InvalidAnswersException extends Exception {
        private final List<String> problems;

        public InvalidAnswersException(List<String> problems) {
            super(String.join(System.lineSeparator(), problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }

    /** An empty answers file for this questionnaire, with the texts in the given language. */
    public static String template(Questionnaire q, String language) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        root.put("format", FORMAT);
        ObjectNode qn = root.putObject("questionnaire");
        qn.put("id", q.id());
        qn.put("version", q.version());
        ObjectNode company = root.putObject("company");
        company.putNull("name");
        company.putNull("kvk");
        company.set("sector", entry(f, StoreMessages.get(language, "template.sector"),
                q.profile().sectors().stream().map(Choice::id).<JsonNode>map(f::textNode).toList()));
        company.putNull("employees");
        company.set("processes", entry(f, StoreMessages.get(language, "template.processes"),
                q.profile().processes().stream().map(Choice::id).<JsonNode>map(f::textNode).toList()));
        company.putNull("place");
        company.putNull("contact");
        ObjectNode assessment = root.putObject("assessment");
        assessment.putNull("label");
        assessment.putNull("assessor");
        assessment.putNull("date");
        ObjectNode priorities = root.putObject("priorities");
        for (Priority p : q.priorities()) {
            priorities.set(p.id(), entry(f, p.name().get(language) + ": " + p.description().get(language),
                    levels(f)));
        }
        ObjectNode answers = root.putObject("answers");
        for (Dimension d : q.dimensions()) {
            for (Question question : d.questions()) {
                answers.set(question.id(), entry(f, d.name().get(language) + ": " + question.text().get(language),
                        levelsAndSpecial(f)));
            }
        }
        ObjectNode technologies = root.putObject("technologies");
        for (Technology t : q.technologies()) {
            List<JsonNode> allowed = new ArrayList<>(levels(f));
            allowed.add(f.textNode(NOT_APPLICABLE));
            technologies.set(t.id(), entry(f, t.name().get(language), allowed));
        }
        try {
            return JSON.writeValueAsString(root) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode entry(JsonNodeFactory f, String text, List<JsonNode> allowed) {
        ObjectNode e = f.objectNode();
        e.put("text", text);
        ArrayNode a = e.putArray("allowed");
        allowed.forEach(a::add);
        e.putNull("value");
        e.putNull("note");
        return e;
    }

    private static List<JsonNode> levels(JsonNodeFactory f) {
        List<JsonNode> l = new ArrayList<>();
        for (int i = 0; i <= 5; i++) {
            l.add(f.numberNode(i));
        }
        return l;
    }

    private static List<JsonNode> levelsAndSpecial(JsonNodeFactory f) {
        List<JsonNode> l = new ArrayList<>(levels(f));
        l.add(f.textNode(NOT_APPLICABLE));
        l.add(f.textNode(DONT_KNOW));
        return l;
    }

    /**
     * Reads a filled answers file. {@code questionnaires} finds the questionnaire it names (id,
     * version). All problems are collected and thrown together.
     */
    public static Filled read(String fileName, byte[] bytes, String language,
            BiFunction<String, String, Optional<Questionnaire>> questionnaires) throws InvalidAnswersException {
        AnswersReader r = new AnswersReader(fileName, language);
        return r.read(bytes, questionnaires);
    }
}
