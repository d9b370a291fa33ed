package nl.maakscan.content;

import nl.maakscan.content.Files.QuestionnaireFile;
import nl.maakscan.model.Band;
import nl.maakscan.model.Choice;
import nl.maakscan.model.Dimension;
import nl.maakscan.model.Financing;
import nl.maakscan.model.Priority;
import nl.maakscan.model.Question;
import nl.maakscan.model.Source;
import nl.maakscan.model.Technology;
import nl.maakscan.model.Text;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The meaning checks on a parsed questionnaire: the main file, dimensions and questions here, with the
 * checks every part shares (required fields, ids, references, weights, levels, translations); the
 * catalogue in {@link CatalogueChecks}, the financing file in {@link InstrumentChecks}, the fields of
 * ranking model 2 in {@link RankingChecks}.
 */
final class Validator {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern VERSION = Pattern.compile("(0|[1-9]\\d{0,8})\\.(0|[1-9]\\d{0,8})\\.(0|[1-9]\\d{0,8})");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");
    private static final double MAX_WEIGHT = 10;

    private final Messages messages;
    private final Locations locations;
    private final List<Problem> problems;
    private List<String> languages = List.of("nl");

    Validator(Messages messages, Locations locations, List<Problem> problems) {
        this.messages = messages;
        this.locations = locations;
        this.problems = problems;
    }

    String message(String key, Object... args) {
        return messages.format(key, args);
    }

    private void add(Object owner, String key, Object[] args, String... field) {
        problems.add(locations.problem(owner, messages.format(key, args), field));
    }

    void problem(Object owner, String key, String field, Object... args) {
        if (key.equals("ref.unknown")) {
            args[0] = messages.format("what." + args[0]);
        }
        add(owner, key, args, field == null ? new String[0] : field.split("/"));
    }

    boolean required(Object owner, Object value, String field) {
        if (value == null) {
            problem(owner, "field.missing", null, field);
            return false;
        }
        return true;
    }

    void validate(QuestionnaireFile main, List<Dimension> dimensions, List<Technology> technologies,
            Financing financing) {
        checkMain(main);
        Set<String> blocks = ids(main, main.blocks(), "blocks", Choice::id, b -> text(b, b.name(), "name"));
        Set<String> priorities = ids(main, main.priorities(), "priorities", Priority::id, p -> {
            text(p, p.name(), "name");
            text(p, p.description(), "description");
        });
        Set<String> investment = ids(main, main.investmentBands(), "investmentBands", Band::id, b -> {
            text(b, b.name(), "name");
            if (required(b, b.effort(), "effort")) {
                weight(b, b.effort(), "effort");
            }
        });
        Set<String> payback = ids(main, main.paybackBands(), "paybackBands", Band::id, b -> text(b, b.name(), "name"));
        if (required(main, main.profile(), "profile")) {
            ids(main.profile(), main.profile().sectors(), "sectors", Choice::id, c -> text(c, c.name(), "name"));
            ids(main.profile(), main.profile().processes(), "processes", Choice::id, c -> text(c, c.name(), "name"));
        }
        if (required(main, main.adoptionScale(), "adoptionScale")) {
            levels(main, main.adoptionScale(), "adoptionScale");
        }
        Map<String, Question> questions = new LinkedHashMap<>();
        Set<String> dimensionIds = ids(main, dimensions, "dimensions", Dimension::id, d -> {
            if (required(d, d.block(), "block") && !blocks.contains(d.block())) {
                problem(d, "ref.unknown", "block", "block", d.block());
            }
            if (d.weight() != null) {
                weight(d, d.weight(), "weight");
            }
            text(d, d.name(), "name");
            text(d, d.explanation(), "explanation");
            if (d.questions().isEmpty()) {
                problem(d, "list.empty", null, "questions");
            }
            for (Question q : d.questions()) {
                checkQuestion(q, questions);
            }
        });
        Set<String> instruments = financing == null ? null : new InstrumentChecks(this).checkInstruments(financing);
        Set<String> processes = main.profile() == null ? Set.of() : new HashSet<>(main.profile().processes().stream()
                .filter(c -> c != null && c.id() != null).map(Choice::id).toList());
        new CatalogueChecks(this).check(technologies, dimensionIds, questions.keySet(), priorities, investment,
                payback, instruments, processes);
        new RankingChecks(this, main, dimensions, questions, processes).check(technologies, financing);
    }

    private void checkMain(QuestionnaireFile main) {
        if (required(main, main.id(), "id")) {
            id(main, main.id(), "id");
        }
        if (required(main, main.version(), "version") && !VERSION.matcher(main.version()).matches()) {
            problem(main, "version.invalid", "version", main.version());
        }
        if (required(main, main.languages(), "languages")) {
            for (String l : main.languages()) {
                if (l == null || !LANGUAGE.matcher(l).matches()) {
                    problem(main, "language.invalid", "languages", l);
                }
            }
            if (!main.languages().contains("nl")) {
                problem(main, "language.nlRequired", "languages");
            }
            languages = main.languages().stream().filter(l -> l != null && LANGUAGE.matcher(l).matches()).toList();
        }
        text(main, main.title(), "title");
        text(main, main.description(), "description");
        sources(main, main.sources());
    }

    private void checkQuestion(Question q, Map<String, Question> all) {
        if (q.weight() != null) {
            weight(q, q.weight(), "weight");
        }
        text(q, q.text(), "text");
        text(q, q.why(), "why");
        if (required(q, q.levels().isEmpty() ? null : q.levels(), "levels")) {
            levels(q, q.levels(), "levels");
        }
        sources(q, q.sources());
        if (q.id() == null) {
            problem(q, "field.missing", null, "id");
        } else {
            id(q, q.id(), "id");
            if (all.putIfAbsent(q.id(), q) != null) {
                problem(q, "id.duplicate", "id", q.id());
            }
        }
    }

    void levels(Object owner, Map<String, Text> levels, String field) {
        for (Map.Entry<String, Text> e : levels.entrySet()) {
            Integer level = parseLevel(e.getKey());
            if (level == null) {
                problem(owner, "level.outOfRange", field + "/" + e.getKey(), e.getKey());
            } else {
                text(levels, e.getValue(), null, owner, field + "/" + e.getKey());
            }
        }
        for (int l = Question.MIN_LEVEL; l <= Question.MAX_LEVEL; l++) {
            if (!levels.containsKey(Integer.toString(l))) {
                problem(owner, "level.missing", field, l);
            }
        }
    }

    private static Integer parseLevel(String key) {
        try {
            int l = Integer.parseInt(key);
            return l >= Question.MIN_LEVEL && l <= Question.MAX_LEVEL && key.equals(Integer.toString(l)) ? l : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }


    <T> Set<String> ids(Object owner, List<T> items, String field, Function<T, String> idOf,
            java.util.function.Consumer<T> check) {
        Set<String> ids = new HashSet<>();
        if (items == null || items.isEmpty()) {
            if (owner != null) {
                problem(owner, "list.empty", null, field);
            }
            return ids;
        }
        for (T item : items) {
            if (item == null) {
                continue;
            }
            String id = idOf.apply(item);
            if (id == null) {
                problem(item, "field.missing", null, "id");
            } else {
                id(item, id, "id");
                if (!ids.add(id)) {
                    problem(item, "id.duplicate", "id", id);
                }
            }
            check.accept(item);
        }
        return ids;
    }

    void id(Object owner, String id, String field) {
        if (!ID.matcher(id).matches()) {
            problem(owner, "id.invalid", field, id);
        }
    }

    void refs(Object owner, List<String> refs, String field, String what, Set<String> known) {
        if (refs.isEmpty()) {
            problem(owner, "list.empty", null, field);
        }
        for (int i = 0; i < refs.size(); i++) {
            if (!known.contains(refs.get(i))) {
                problem(owner, "ref.unknown", field + "/" + i, what, refs.get(i));
            }
        }
    }

    void weight(Object owner, double w, String field) {
        if (!(w > 0) || w > MAX_WEIGHT) {
            problem(owner, "weight.range", field, w);
        }
    }

    void text(Object owner, Text t, String field) {
        text(owner, t, field, owner, field);
    }

    /** Checks a text; {@code reportOn}/{@code reportField} say where a missing text is reported. */
    private void text(Object owner, Text t, String field, Object reportOn, String reportField) {
        if (t == null) {
            problem(reportOn, "field.missing", null, field == null ? reportField : field);
            return;
        }
        for (String language : t.values().keySet()) {
            if (!languages.contains(language)) {
                problem(t, "language.unexpected", language, language);
            }
        }
        for (String language : languages) {
            if (!t.has(language)) {
                problem(t, "text.missing", null, language);
            }
        }
    }

    void sources(Object owner, List<Source> sources) {
        if (sources == null) {
            return;
        }
        for (Source s : sources) {
            if (s != null) {
                required(s, s.title(), "title");
            }
        }
    }
}
