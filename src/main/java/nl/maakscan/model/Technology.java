package nl.maakscan.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An entry in the technology catalogue. {@code questions} are its driver questions, {@code priorities}
 * its expected impact 1..3 on each business priority, {@code relieves} how much (1..3) it relieves
 * each bottleneck question, {@code fits} the answers to profile questions (series sizes, what is
 * welded) of the companies it suits; see questionnaires/README.md for every field.
 */
public record Technology(
        String id,
        Text name,
        Text description,
        List<String> dimensions,
        List<String> questions,
        Map<String, Integer> priorities,
        Prerequisites prerequisites,
        String investment,
        String payback,
        Integer implementationMonths,
        SizeRange employees,
        Text firstStep,
        Map<String, Double> adviserDays,
        List<String> financing,
        List<Source> sources,
        List<String> processes,
        Map<String, Integer> relieves,
        AppliesWhen appliesWhen,
        Range cost,
        Integer internalHours,
        Range paybackMonths,
        List<String> tags,
        Map<String, Text> plan,
        Text result,
        Map<String, Fit> fits) {

    public Technology {
        dimensions = dimensions == null ? List.of() : List.copyOf(dimensions);
        questions = questions == null ? List.of() : List.copyOf(questions);
        priorities = orderedCopy(priorities);
        prerequisites = prerequisites == null ? new Prerequisites(null, null) : prerequisites;
        adviserDays = orderedCopy(adviserDays);
        financing = financing == null ? List.of() : List.copyOf(financing);
        sources = sources == null ? List.of() : List.copyOf(sources);
        processes = processes == null ? List.of() : List.copyOf(processes);
        relieves = orderedCopy(relieves);
        appliesWhen = appliesWhen == null ? new AppliesWhen(null, null, null, null, null) : appliesWhen;
        tags = tags == null ? List.of() : List.copyOf(tags);
        plan = orderedCopy(plan);
        fits = orderedCopy(fits);
    }

    private static <V> Map<String, V> orderedCopy(Map<String, V> m) {
        return m == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(m));
    }

    /** The main processes it needs (any of): {@code appliesWhen.processes}, else the older {@code processes}. */
    public List<String> requiredProcesses() {
        return appliesWhen.processes().isEmpty() ? processes : appliesWhen.processes();
    }

    /** True when the technology fits a company with these main processes (an unknown profile fits all). */
    public boolean fitsProcesses(List<String> companyProcesses) {
        List<String> required = requiredProcesses();
        return required.isEmpty() || companyProcesses == null || companyProcesses.isEmpty()
                || required.stream().anyMatch(companyProcesses::contains);
    }

    /** Minimum levels per question id, and technologies that should be in use first. */
    public record Prerequisites(Map<String, Integer> levels, List<String> technologies) {
        public Prerequisites {
            levels = levels == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(levels));
            technologies = technologies == null ? List.of() : List.copyOf(technologies);
        }
    }

    /**
     * When the technology applies at all (every condition must hold, else it is left out): one of
     * these main processes, at least this many employees, these questions at least at these levels
     * (equipment the company owns), at least one of the {@code anyLevels} questions that the company is
     * asked at its level (equipment that comes in several kinds: CNC machines, a CNC laser or a CNC
     * press brake), these technologies at adoption 3 or more.
     */
    public record AppliesWhen(List<String> processes, Integer minEmployees, Map<String, Integer> levels,
            Map<String, Integer> anyLevels, List<String> technologies) {
        public AppliesWhen {
            processes = processes == null ? List.of() : List.copyOf(processes);
            levels = levels == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(levels));
            anyLevels = anyLevels == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(anyLevels));
            technologies = technologies == null ? List.of() : List.copyOf(technologies);
        }
    }

    /**
     * The answers to a profile question (levels {@code min..max}, either end open) of the companies a
     * technology suits: a welding cobot suits small and medium repeat series, a robot welding cell large
     * ones. An answer outside the range lowers the ranking; no answer, don't know or not applicable
     * does not.
     */
    public record Fit(Integer min, Integer max) {
        public boolean contains(int level) {
            return (min == null || level >= min) && (max == null || level <= max);
        }
    }

    /** The company sizes (employees) a technology fits. */
    public record SizeRange(Integer min, Integer max) {
        public boolean contains(int employees) {
            return (min == null || employees >= min) && (max == null || employees <= max);
        }
    }
}
