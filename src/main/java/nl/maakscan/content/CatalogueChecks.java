package nl.maakscan.content;

import nl.maakscan.model.Question;
import nl.maakscan.model.SupportType;
import nl.maakscan.model.Technology;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checks on the technology catalogue: texts, references to dimensions, questions, priorities,
 * bands, instruments and processes, the numbers of a technology, and prerequisite cycles. The fields
 * of ranking model 2 are checked by {@link RankingChecks}.
 */
final class CatalogueChecks {

    private final Validator v;

    CatalogueChecks(Validator v) {
        this.v = v;
    }

    void check(List<Technology> technologies, Set<String> dimensions, Set<String> questions,
            Set<String> priorities, Set<String> investment, Set<String> payback, Set<String> instruments,
            Set<String> processes) {
        Map<String, Technology> byId = new HashMap<>();
        for (Technology t : technologies) {
            if (t != null && t.id() != null) {
                byId.putIfAbsent(t.id(), t);
            }
        }
        v.ids(null, technologies, "technologies", Technology::id, t -> {
            v.text(t, t.name(), "name");
            v.text(t, t.description(), "description");
            v.text(t, t.firstStep(), "firstStep");
            v.refs(t, t.dimensions(), "dimensions", "dimension", dimensions);
            v.refs(t, t.questions(), "questions", "question", questions);
            if (t.priorities().isEmpty()) {
                v.problem(t, "list.empty", null, "priorities");
            }
            t.priorities().forEach((p, w) -> {
                if (!priorities.contains(p)) {
                    v.problem(t, "ref.unknown", "priorities/" + p, "priority", p);
                }
                if (w == null || w < 1 || w > 3) {
                    v.problem(t, "priorityWeight.range", "priorities/" + p, w);
                }
            });
            t.prerequisites().levels().forEach((q, min) -> {
                if (!questions.contains(q)) {
                    v.problem(t, "ref.unknown", "prerequisites/levels/" + q, "question", q);
                }
                if (min == null || min < Question.MIN_LEVEL || min > Question.MAX_LEVEL) {
                    v.problem(t, "level.outOfRange", "prerequisites/levels/" + q, min);
                }
            });
            for (String other : t.prerequisites().technologies()) {
                if (other != null && other.equals(t.id())) {
                    v.problem(t, "technology.requiresItself", "prerequisites/technologies", other);
                } else if (!byId.containsKey(other)) {
                    v.problem(t, "ref.unknown", "prerequisites/technologies", "technology", other);
                }
            }
            if (v.required(t, t.investment(), "investment") && !investment.contains(t.investment())) {
                v.problem(t, "ref.unknown", "investment", "investmentBand", t.investment());
            }
            if (v.required(t, t.payback(), "payback") && !payback.contains(t.payback())) {
                v.problem(t, "ref.unknown", "payback", "paybackBand", t.payback());
            }
            if (v.required(t, t.implementationMonths(), "implementationMonths")
                    && (t.implementationMonths() < 1 || t.implementationMonths() > 36)) {
                v.problem(t, "months.range", "implementationMonths", t.implementationMonths());
            }
            if (v.required(t, t.employees(), "employees")) {
                Technology.SizeRange r = t.employees();
                if (r.min() != null && r.min() < 1 || r.max() != null && r.min() != null && r.max() < r.min()) {
                    v.problem(t, "employees.range", "employees", r.min(), r.max());
                }
            }
            if (t.adviserDays().isEmpty()) {
                v.problem(t, "list.empty", null, "adviserDays");
            }
            t.adviserDays().forEach((type, days) -> {
                if (SupportType.fromId(type).filter(SupportType::isAdvice).isEmpty()) {
                    v.problem(t, "supportType.unknown", "adviserDays/" + type, type);
                }
                if (days == null || days <= 0 || days > 60) {
                    v.problem(t, "days.range", "adviserDays/" + type, days);
                }
            });
            if (instruments != null && !t.financing().isEmpty()) {
                v.refs(t, t.financing(), "financing", "instrument", instruments);
            }
            v.sources(t, t.sources());
            for (int i = 0; i < t.processes().size(); i++) {
                if (!processes.contains(t.processes().get(i))) {
                    v.problem(t, "ref.unknown", "processes/" + i, "process", t.processes().get(i));
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
                    v.problem(t, "technology.cycle", "prerequisites/technologies", String.join(" -> ", path));
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
    }}
