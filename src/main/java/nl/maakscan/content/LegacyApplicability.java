package nl.maakscan.content;

import nl.maakscan.model.Dimension;
import nl.maakscan.model.Question;
import nl.maakscan.model.Questionnaire;
import nl.maakscan.model.Technology;
import nl.maakscan.model.Technology.AppliesWhen;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Applicability for questionnaires written before ranking model 2 (no {@code ranking:} section, such as
 * the released 1.0.0), whose technologies have no {@code appliesWhen}: without it offline robot
 * programming could reach the top five of a company without robots. The released files stay as they
 * are; when they are loaded, a technology without {@code appliesWhen} takes the {@code appliesWhen} of
 * the technology with the same id in the newest built-in version of the same questionnaire that has a
 * ranking policy (ids are stable, so the same id means the same technology), keeping only the
 * conditions the old questionnaire can answer: its processes, questions and technologies.
 * Questionnaires with their own {@code ranking:} and questionnaires without a built-in newer version
 * (a coach's own) are left as they are. See questionnaires/README.md, "Questionnaires before model 2".
 */
final class LegacyApplicability {

    /** The newest built-in questionnaire with a ranking policy, per id; loaded once, when first needed. */
    private static volatile Map<String, Questionnaire> reference;

    private LegacyApplicability() {
    }

    /** The questionnaire with the applicability of its newest built-in version, or itself. */
    static Questionnaire upgrade(Questionnaire old) {
        return upgrade(old, LegacyApplicability::builtIn);
    }

    static Questionnaire upgrade(Questionnaire old, Supplier<Map<String, Questionnaire>> newest) {
        if (old.ranking() != null) {
            return old;
        }
        Questionnaire model = newest.get().get(old.id());
        if (model == null) {
            return old;
        }
        Set<String> processes = old.profile() == null ? Set.of() : old.profile().processes().stream()
                .map(c -> c.id()).collect(Collectors.toSet());
        Set<String> questions = old.dimensions().stream().map(Dimension::questions).flatMap(List::stream)
                .map(Question::id).collect(Collectors.toSet());
        Set<String> technologies = old.technologies().stream().map(Technology::id).collect(Collectors.toSet());
        List<Technology> upgraded = new ArrayList<>();
        boolean changed = false;
        for (Technology t : old.technologies()) {
            AppliesWhen own = t.appliesWhen();
            boolean empty = own.processes().isEmpty() && own.minEmployees() == null && own.levels().isEmpty()
                    && own.anyLevels().isEmpty() && own.technologies().isEmpty();
            AppliesWhen from = empty ? model.technology(t.id()).map(Technology::appliesWhen).orElse(null) : null;
            if (from == null) {
                upgraded.add(t);
                continue;
            }
            AppliesWhen mapped = new AppliesWhen(
                    // processes the old profile lacks are dropped; with none left the technology's own
                    // `processes` (Technology#requiredProcesses) still apply
                    from.processes().stream().filter(processes::contains).toList(),
                    from.minEmployees(),
                    only(from.levels(), questions),
                    only(from.anyLevels(), questions),
                    from.technologies().stream().filter(technologies::contains).toList());
            upgraded.add(with(t, mapped));
            changed = true;
        }
        if (!changed) {
            return old;
        }
        return new Questionnaire(old.id(), old.version(), old.languages(), old.title(), old.description(),
                old.sources(), old.profile(), old.priorities(), old.blocks(), old.investmentBands(),
                old.paybackBands(), old.adoptionScale(), old.dimensions(), upgraded, old.financing(),
                old.contentHash(), old.ranking());
    }

    private static Map<String, Integer> only(Map<String, Integer> levels, Set<String> questions) {
        Map<String, Integer> kept = new LinkedHashMap<>();
        levels.forEach((q, level) -> {
            if (questions.contains(q)) {
                kept.put(q, level);
            }
        });
        return kept;
    }

    private static Technology with(Technology t, AppliesWhen appliesWhen) {
        return new Technology(t.id(), t.name(), t.description(), t.dimensions(), t.questions(), t.priorities(),
                t.prerequisites(), t.investment(), t.payback(), t.implementationMonths(), t.employees(),
                t.firstStep(), t.adviserDays(), t.financing(), t.sources(), t.processes(), t.relieves(), appliesWhen,
                t.cost(), t.internalHours(), t.paybackMonths(), t.tags(), t.plan(), t.result(), t.fits());
    }

    /**
     * The built-in questionnaires, read as written, with the older versions upgraded; the newest
     * versions among them become the reference for questionnaires loaded later (stores, bundles).
     */
    static List<LoadResult> upgradeAll(List<LoadResult> written) {
        Map<String, Questionnaire> newest = newestWithRanking(written);
        synchronized (LegacyApplicability.class) {
            if (reference == null) {
                reference = newest;
            }
        }
        return written.stream().map(r -> r.questionnaire() == null ? r
                : new LoadResult(r.file(), upgrade(r.questionnaire(), () -> newest), r.problems(), r.files()))
                .toList();
    }

    private static Map<String, Questionnaire> builtIn() {
        Map<String, Questionnaire> r = reference;
        if (r == null) {
            synchronized (LegacyApplicability.class) {
                r = reference;
                if (r == null) {
                    Map<String, Questionnaire> newest = new LinkedHashMap<>();
                    QuestionnaireLibrary.newestBuiltInWithRanking().forEach(q -> newest.put(q.id(), q));
                    r = Map.copyOf(newest);
                    reference = r;
                }
            }
        }
        return r;
    }

    private static Map<String, Questionnaire> newestWithRanking(List<LoadResult> results) {
        Map<String, Questionnaire> newest = new LinkedHashMap<>();
        results.stream().map(LoadResult::questionnaire).filter(q -> q != null && q.ranking() != null)
                .sorted(Comparator.comparing(q -> QuestionnaireLibrary.versionKey(q.version())))
                .forEach(q -> newest.put(q.id(), q));
        return Map.copyOf(newest);
    }
}
