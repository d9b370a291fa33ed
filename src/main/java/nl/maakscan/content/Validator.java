package nl.maakscan.content;

import nl.maakscan.content.Files.FinancingFile;
import nl.maakscan.content.Files.QuestionnaireFile;
import nl.maakscan.model.Band;
import nl.maakscan.model.Choice;
import nl.maakscan.model.Dimension;
import nl.maakscan.model.Financing;
import nl.maakscan.model.FinancingInstrument;
import nl.maakscan.model.Priority;
import nl.maakscan.model.Question;
import nl.maakscan.model.Source;
import nl.maakscan.model.SupportType;
import nl.maakscan.model.Technology;
import nl.maakscan.model.Text;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** The meaning checks on a parsed questionnaire: required fields, ids, references, ranges, translations. */
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

    private boolean required(Object owner, Object value, String field) {
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
        Set<String> instruments = financing == null ? null : checkInstruments(financing);
        Set<String> processes = main.profile() == null ? Set.of() : new HashSet<>(main.profile().processes().stream()
                .filter(c -> c != null && c.id() != null).map(Choice::id).toList());
        checkTechnologies(technologies, dimensionIds, questions.keySet(), priorities, investment, payback,
                instruments, processes);
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

    private void levels(Object owner, Map<String, Text> levels, String field) {
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

    private void checkTechnologies(List<Technology> technologies, Set<String> dimensions, Set<String> questions,
            Set<String> priorities, Set<String> investment, Set<String> payback, Set<String> instruments,
            Set<String> processes) {
        Map<String, Technology> byId = new HashMap<>();
        for (Technology t : technologies) {
            if (t != null && t.id() != null) {
                byId.putIfAbsent(t.id(), t);
            }
        }
        ids(null, technologies, "technologies", Technology::id, t -> {
            text(t, t.name(), "name");
            text(t, t.description(), "description");
            text(t, t.firstStep(), "firstStep");
            refs(t, t.dimensions(), "dimensions", "dimension", dimensions);
            refs(t, t.questions(), "questions", "question", questions);
            if (t.priorities().isEmpty()) {
                problem(t, "list.empty", null, "priorities");
            }
            t.priorities().forEach((p, w) -> {
                if (!priorities.contains(p)) {
                    problem(t, "ref.unknown", "priorities/" + p, "priority", p);
                }
                if (w == null || w < 1 || w > 3) {
                    problem(t, "priorityWeight.range", "priorities/" + p, w);
                }
            });
            t.prerequisites().levels().forEach((q, min) -> {
                if (!questions.contains(q)) {
                    problem(t, "ref.unknown", "prerequisites/levels/" + q, "question", q);
                }
                if (min == null || min < Question.MIN_LEVEL || min > Question.MAX_LEVEL) {
                    problem(t, "level.outOfRange", "prerequisites/levels/" + q, min);
                }
            });
            for (String other : t.prerequisites().technologies()) {
                if (other != null && other.equals(t.id())) {
                    problem(t, "technology.requiresItself", "prerequisites/technologies", other);
                } else if (!byId.containsKey(other)) {
                    problem(t, "ref.unknown", "prerequisites/technologies", "technology", other);
                }
            }
            if (required(t, t.investment(), "investment") && !investment.contains(t.investment())) {
                problem(t, "ref.unknown", "investment", "investmentBand", t.investment());
            }
            if (required(t, t.payback(), "payback") && !payback.contains(t.payback())) {
                problem(t, "ref.unknown", "payback", "paybackBand", t.payback());
            }
            if (required(t, t.implementationMonths(), "implementationMonths")
                    && (t.implementationMonths() < 1 || t.implementationMonths() > 36)) {
                problem(t, "months.range", "implementationMonths", t.implementationMonths());
            }
            if (required(t, t.employees(), "employees")) {
                Technology.SizeRange r = t.employees();
                if (r.min() != null && r.min() < 1 || r.max() != null && r.min() != null && r.max() < r.min()) {
                    problem(t, "employees.range", "employees", r.min(), r.max());
                }
            }
            if (t.adviserDays().isEmpty()) {
                problem(t, "list.empty", null, "adviserDays");
            }
            t.adviserDays().forEach((type, days) -> {
                if (SupportType.fromId(type).filter(SupportType::isAdvice).isEmpty()) {
                    problem(t, "supportType.unknown", "adviserDays/" + type, type);
                }
                if (days == null || days <= 0 || days > 60) {
                    problem(t, "days.range", "adviserDays/" + type, days);
                }
            });
            if (instruments != null && !t.financing().isEmpty()) {
                refs(t, t.financing(), "financing", "instrument", instruments);
            }
            sources(t, t.sources());
            for (int i = 0; i < t.processes().size(); i++) {
                if (!processes.contains(t.processes().get(i))) {
                    problem(t, "ref.unknown", "processes/" + i, "process", t.processes().get(i));
                }
            }
        });
        checkCycles(technologies, byId);
    }

    private void checkCycles(List<Technology> technologies, Map<String, Technology> byId) {
        Set<String> done = new HashSet<>();
        for (Technology t : technologies) {
            if (t != null && t.id() != null) {
                List<String> path = new ArrayList<>();
                if (cycle(t.id(), byId, path, new HashSet<>(), done)) {
                    problem(t, "technology.cycle", "prerequisites/technologies", String.join(" -> ", path));
                    return;
                }
            }
        }
    }

    private boolean cycle(String id, Map<String, Technology> byId, List<String> path, Set<String> onPath,
            Set<String> done) {
        if (onPath.contains(id)) {
            path.add(id);
            return true;
        }
        if (done.contains(id) || !byId.containsKey(id)) {
            return false;
        }
        onPath.add(id);
        path.add(id);
        for (String next : byId.get(id).prerequisites().technologies()) {
            if (next != null && !next.equals(id) && cycle(next, byId, path, onPath, done)) {
                return true;
            }
        }
        path.remove(path.size() - 1);
        onPath.remove(id);
        done.add(id);
        return false;
    }

    void checkFinancingHeader(FinancingFile file, Financing financing) {
        if (required(financing, file.id(), "id")) {
            id(financing, file.id(), "id");
        }
        if (required(financing, file.validFrom(), "validFrom")) {
            try {
                LocalDate.parse(file.validFrom());
            } catch (DateTimeParseException e) {
                problem(financing, "date.invalid", "validFrom", file.validFrom());
            }
        }
        if (file.instruments() == null || file.instruments().isEmpty()) {
            problem(financing, "list.empty", null, "instruments");
        }
    }

    private Set<String> checkInstruments(Financing financing) {
        text(financing, financing.caveat(), "caveat");
        return ids(null, financing.instruments(), "instruments", FinancingInstrument::id, i -> {
            text(i, i.name(), "name");
            text(i, i.conditions(), "conditions");
            if (i.paysFor().isEmpty()) {
                problem(i, "list.empty", null, "pays");
            }
            for (String s : i.paysFor()) {
                if (SupportType.fromId(s).isEmpty()) {
                    problem(i, "supportType.unknown", i.hasRules() ? "pays" : "supports", s);
                }
            }
            if (required(i, i.source(), "source")) {
                required(i.source(), i.source().title(), "title");
            }
        });
    }

    private <T> Set<String> ids(Object owner, List<T> items, String field, Function<T, String> idOf,
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

    private void id(Object owner, String id, String field) {
        if (!ID.matcher(id).matches()) {
            problem(owner, "id.invalid", field, id);
        }
    }

    private void refs(Object owner, List<String> refs, String field, String what, Set<String> known) {
        if (refs.isEmpty()) {
            problem(owner, "list.empty", null, field);
        }
        for (int i = 0; i < refs.size(); i++) {
            if (!known.contains(refs.get(i))) {
                problem(owner, "ref.unknown", field + "/" + i, what, refs.get(i));
            }
        }
    }

    private void weight(Object owner, double w, String field) {
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

    private void sources(Object owner, List<Source> sources) {
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
