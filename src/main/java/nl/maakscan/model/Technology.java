package nl.maakscan.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An entry in the technology catalogue. */
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
        List<String> processes) {

    public Technology {
        dimensions = dimensions == null ? List.of() : List.copyOf(dimensions);
        questions = questions == null ? List.of() : List.copyOf(questions);
        priorities = priorities == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(priorities));
        prerequisites = prerequisites == null ? new Prerequisites(null, null) : prerequisites;
        adviserDays = adviserDays == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(adviserDays));
        financing = financing == null ? List.of() : List.copyOf(financing);
        sources = sources == null ? List.of() : List.copyOf(sources);
        processes = processes == null ? List.of() : List.copyOf(processes);
    }

    /** True when the technology fits a company with these main processes (an unknown profile fits all). */
    public boolean fitsProcesses(List<String> companyProcesses) {
        return processes.isEmpty() || companyProcesses == null || companyProcesses.isEmpty()
                || processes.stream().anyMatch(companyProcesses::contains);
    }

    /** Minimum levels per question id, and technologies that should be in use first. */
    public record Prerequisites(Map<String, Integer> levels, List<String> technologies) {
        public Prerequisites {
            levels = levels == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(levels));
            technologies = technologies == null ? List.of() : List.copyOf(technologies);
        }
    }

    /** The company sizes (employees) a technology fits. */
    public record SizeRange(Integer min, Integer max) {
        public boolean contains(int employees) {
            return (min == null || employees >= min) && (max == null || employees <= max);
        }
    }
}
