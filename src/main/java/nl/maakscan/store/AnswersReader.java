package nl.maakscan.store;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import nl.maakscan.model.AdoptionAnswer;
import nl.maakscan.model.Assessment;
import nl.maakscan.model.Company;
import nl.maakscan.model.LevelAnswer;
import nl.maakscan.model.Questionnaire;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/**
 * Reads a filled answers file against its questionnaire, collecting every problem with its place
 * ({@code file:line:column: field: message}) before it gives up.
 */
final class AnswersReader {

    private static final Pattern KVK = Pattern.compile("\\d{8}");
    private static final Set<String> TOP = Set.of("format", "questionnaire", "company", "assessment", "priorities",
            "answers", "technologies");
    private static final Set<String> ENTRY = Set.of("text", "allowed", "value", "note");
    private static final Set<String> COMPANY = Set.of("name", "kvk", "sector", "employees", "processes", "place",
            "contact");
    private static final Set<String> ASSESSMENT = Set.of("label", "assessor", "date");
    private static final Set<String> QUESTIONNAIRE = Set.of("id", "version");
    private static final int MAX_HELP = 20_000;

    private final String file;
    private final String language;
    private final Map<String, JsonLocation> where = new HashMap<>();
    private final List<String> problems = new ArrayList<>();

    AnswersReader(String file, String language) {
        this.file = file;
        this.language = language;
    }

    private void problem(String pointer, String key, Object... args) {
        JsonLocation loc = null;
        String p = pointer;
        while (loc == null) {
            loc = where.get(p);
            if (p.isEmpty()) {
                break;
            }
            p = p.substring(0, Math.max(0, p.lastIndexOf('/')));
        }
        String pos = loc == null ? "1:1" : loc.getLineNr() + ":" + loc.getColumnNr();
        String field = pointer.isEmpty() ? "" : pointer.substring(1).replace('/', '.') + ": ";
        problems.add(file + ":" + pos + ": " + field + StoreMessages.get(language, key, args));
    }

    AnswersFile.Filled read(byte[] bytes, BiFunction<String, String, Optional<Questionnaire>> questionnaires)
            throws AnswersFile.InvalidAnswersException {
        JsonNode root;
        String encoding = AnswersFile.encodingProblem(bytes);
        if (encoding != null) {
            throw new AnswersFile.InvalidAnswersException(List.of(file + ": " + StoreMessages.get(language, encoding)));
        }
        try (JsonParser p = AnswersFile.JSON.getFactory().createParser(bytes)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                where.putIfAbsent(p.getParsingContext().pathAsPointer().toString(), p.currentTokenLocation());
                if (t == JsonToken.FIELD_NAME) {
                    continue;
                }
            }
            root = AnswersFile.TREE.readTree(bytes);
        } catch (JsonProcessingException e) {
            JsonLocation l = e.getLocation();
            String msg = e.getOriginalMessage().split("\n")[0];
            throw new AnswersFile.InvalidAnswersException(List.of(file + ":" + (l == null ? "1:1" : l.getLineNr() + ":"
                    + l.getColumnNr()) + ": " + StoreMessages.get(language, "answers.json", msg)));
        } catch (IOException e) {
            throw new AnswersFile.InvalidAnswersException(List.of(file + ": " + e.getMessage()));
        }
        if (root == null || !root.isObject()) {
            throw new AnswersFile.InvalidAnswersException(List.of(file + ":1:1: " + StoreMessages.get(language, "answers.notObject")));
        }
        if (!AnswersFile.FORMAT.equals(root.path("format").asText(null))) {
            problem("/format", "answers.format", root.path("format").asText(""), AnswersFile.FORMAT);
            throw new AnswersFile.InvalidAnswersException(problems);
        }
        unknown(root, "", TOP);
        for (String group : List.of("questionnaire", "company", "assessment")) {
            JsonNode g = root.path(group);
            if (!g.isMissingNode() && !g.isNull() && !g.isObject()) {
                problem("/" + group, "answers.notObject");
                throw new AnswersFile.InvalidAnswersException(problems);
            }
        }
        unknown(root.path("questionnaire"), "/questionnaire", QUESTIONNAIRE);
        String qid = root.path("questionnaire").path("id").asText(null);
        String version = root.path("questionnaire").path("version").asText(null);
        Optional<Questionnaire> found = qid == null || version == null ? Optional.empty()
                : questionnaires.apply(qid, version);
        if (found.isEmpty()) {
            problem("/questionnaire", "answers.questionnaire", qid, version);
            throw new AnswersFile.InvalidAnswersException(problems);
        }
        Questionnaire q = found.get();
        Company company = company(q, root.path("company"));
        JsonNode a = root.path("assessment");
        unknown(a, "/assessment", ASSESSMENT);
        String date = text(a, "/assessment", "date", 200);
        if (date != null) {
            try {
                LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                problem("/assessment/date", "answers.date", date);
            }
        }
        Map<String, Integer> priorities = new LinkedHashMap<>();
        Map<String, LevelAnswer> answers = new LinkedHashMap<>();
        Map<String, AdoptionAnswer> technologies = new LinkedHashMap<>();
        entries(root.path("priorities"), "/priorities", id -> q.priority(id).isPresent(), (id, value, note) -> {
            if (value.isNull()) {
                return;
            }
            if (value.isInt() && value.asInt() >= 0 && value.asInt() <= 5) {
                priorities.put(id, value.asInt());
            } else {
                problem("/priorities/" + id + "/value", "answers.notAllowed", value.toString(), "0, 1, 2, 3, 4, 5");
            }
        });
        entries(root.path("answers"), "/answers", id -> q.question(id).isPresent(), (id, value, note) -> {
            LevelAnswer answer = null;
            if (value.isInt() && value.asInt() >= 0 && value.asInt() <= 5) {
                answer = LevelAnswer.level(value.asInt());
            } else if (value.isTextual() && value.asText().equals(AnswersFile.NOT_APPLICABLE)) {
                answer = LevelAnswer.notApplicable();
            } else if (value.isTextual() && value.asText().equals(AnswersFile.DONT_KNOW)) {
                answer = LevelAnswer.dontKnow();
            } else if (!value.isNull()) {
                problem("/answers/" + id + "/value", "answers.notAllowed", value.toString(),
                        "0, 1, 2, 3, 4, 5, \"n/a\", \"?\"");
            }
            if (answer != null) {
                answers.put(id, answer.withNote(note));
            }
        });
        entries(root.path("technologies"), "/technologies", id -> q.technology(id).isPresent(),
                (id, value, note) -> {
                    if (value.isInt() && value.asInt() >= 0 && value.asInt() <= 5) {
                        technologies.put(id, new AdoptionAnswer(value.asInt(), false, note));
                    } else if (value.isTextual() && value.asText().equals(AnswersFile.NOT_APPLICABLE)) {
                        technologies.put(id, new AdoptionAnswer(null, true, note));
                    } else if (!value.isNull()) {
                        problem("/technologies/" + id + "/value", "answers.notAllowed", value.toString(),
                                "0, 1, 2, 3, 4, 5, \"n/a\"");
                    }
                });
        String label = text(a, "/assessment", "label", 200);
        String assessor = text(a, "/assessment", "assessor", 200);
        if (!problems.isEmpty()) {
            throw new AnswersFile.InvalidAnswersException(problems);
        }
        Assessment assessment = new Assessment(null, label, assessor, date, priorities, answers, technologies,
                Map.of());
        return new AnswersFile.Filled(q.id(), q.version(), company, assessment);
    }

    private interface EntryHandler {
        void accept(String id, JsonNode value, String note);
    }

    private void entries(JsonNode section, String pointer, java.util.function.Predicate<String> known,
            EntryHandler handler) {
        if (section.isMissingNode() || section.isNull()) {
            return;
        }
        if (!section.isObject()) {
            problem(pointer, "answers.notObject");
            return;
        }
        section.properties().forEach(e -> {
            String id = e.getKey();
            String at = pointer + "/" + id;
            if (!known.test(id)) {
                problem(at, "answers.unknownId", id);
                return;
            }
            JsonNode entry = e.getValue();
            if (!entry.isObject()) {
                problem(at, "answers.notObject");
                return;
            }
            help(entry, at);
            String note = text(entry, at, "note", 20_000);
            handler.accept(id, entry.path("value").isMissingNode() ? JsonNodeFactory.instance.nullNode()
                    : entry.path("value"), note);
        });
    }

    /** An entry's fields, and its help for the person filling in: {@code text} a text, {@code allowed} a list. */
    private void help(JsonNode entry, String at) {
        unknown(entry, at, ENTRY);
        text(entry, at, "text", MAX_HELP);
        JsonNode allowed = entry.path("allowed");
        if (!allowed.isMissingNode() && !allowed.isNull() && !allowed.isArray()) {
            problem(at + "/allowed", "answers.list");
        }
    }

    /** A company field given as a plain value or as an entry {@code {"value": ...}} of the template. */
    private JsonNode entryValue(JsonNode c, String field) {
        JsonNode n = c.path(field);
        if (n.isObject()) {
            help(n, "/company/" + field);
            return n.path("value");
        }
        return n;
    }

    private Company company(Questionnaire q, JsonNode c) {
        if (c.isMissingNode() || c.isNull()) {
            return new Company(null, null, null, null, null, List.of(), null, null);
        }
        unknown(c, "/company", COMPANY);
        String name = text(c, "/company", "name", 500);
        String kvk = text(c, "/company", "kvk", 100);
        if (kvk != null && !KVK.matcher(kvk).matches()) {
            problem("/company/kvk", "answers.kvk", kvk);
        }
        JsonNode sectorNode = entryValue(c, "sector");
        String sector = sectorNode.isNull() || sectorNode.isMissingNode() ? null : sectorNode.asText();
        if (sector != null && !sectorNode.isTextual()) {
            problem("/company/sector", "answers.notText");
        } else if (sector != null && q.profile().sectors().stream().noneMatch(s -> s.id().equals(sector))) {
            problem("/company/sector", "answers.unknownId", sector);
        }
        Integer employees = null;
        JsonNode e = c.path("employees");
        if (e.isInt() && e.asInt() >= 1 && e.asInt() <= 1_000_000) {
            employees = e.asInt();
        } else if (!e.isNull() && !e.isMissingNode()) {
            problem("/company/employees", "answers.employees", e.toString());
        }
        List<String> processes = new ArrayList<>();
        JsonNode pn = entryValue(c, "processes");
        if (pn.isArray()) {
            pn.forEach(x -> {
                if (q.profile().processes().stream().anyMatch(p -> p.id().equals(x.asText()))) {
                    processes.add(x.asText());
                } else {
                    problem("/company/processes", "answers.unknownId", x.asText());
                }
            });
        } else if (!pn.isNull() && !pn.isMissingNode()) {
            problem("/company/processes", "answers.processes");
        }
        return new Company(null, name, kvk, sector, employees, processes, text(c, "/company", "place", 500),
                text(c, "/company", "contact", 500));
    }

    private String text(JsonNode parent, String pointer, String field, int max) {
        JsonNode n = parent.path(field);
        if (n.isMissingNode() || n.isNull()) {
            return null;
        }
        if (!n.isTextual()) {
            problem(pointer + "/" + field, "answers.notText");
            return null;
        }
        if (n.asText().length() > max) {
            problem(pointer + "/" + field, "answers.tooLong", max);
            return null;
        }
        String s = n.asText().strip();
        return s.isEmpty() ? null : s;
    }

    private void unknown(JsonNode node, String pointer, Set<String> allowed) {
        if (!node.isObject()) {
            return;
        }
        node.fieldNames().forEachRemaining(name -> {
            if (!allowed.contains(name)) {
                problem(pointer + "/" + name, "answers.unknownField", name, String.join(", ",
                        allowed.stream().sorted().toList()));
            }
        });
    }
}
