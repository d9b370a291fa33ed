package nl.maakscan.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A level question. {@code levels} maps "0".."5" to the description of what a company at that level
 * observably does. Every level question also accepts "not applicable" and "don't know".
 * {@code processes} (optional) limits the question to companies with one of these main processes;
 * {@code goodPractice} (optional) is the level good practice reaches for a company of this trade;
 * {@code goodPracticeBySector} (optional) replaces it for companies of the named sectors (a series
 * producer measures its machines, a repair shop has no repeat work to put in welding jigs);
 * {@code notAddressedBecause} (optional) says why no technology addresses the question.
 */
public record Question(String id, Double weight, Text text, Text why, Map<String, Text> levels,
        List<Source> sources, List<String> processes, Integer goodPractice, Text notAddressedBecause,
        Map<String, Integer> goodPracticeBySector) {

    public static final int MIN_LEVEL = 0;
    public static final int MAX_LEVEL = 5;

    public Question {
        levels = levels == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(levels));
        sources = sources == null ? List.of() : List.copyOf(sources);
        processes = processes == null ? List.of() : List.copyOf(processes);
        goodPracticeBySector = goodPracticeBySector == null ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(goodPracticeBySector));
    }

    /** Good practice for a company of this sector: the sector's own level, else {@code goodPractice} (may be null). */
    public Integer goodPractice(String sector) {
        Integer bySector = sector == null ? null : goodPracticeBySector.get(sector);
        return bySector != null ? bySector : goodPractice;
    }

    public Text level(int level) {
        return levels.get(Integer.toString(level));
    }

    public double weightOrOne() {
        return weight == null ? 1.0 : weight;
    }

    /**
     * True when the question is asked of a company with these main processes: it names no processes,
     * the company named none (unknown profile), or the company has one of them.
     */
    public boolean appliesTo(List<String> companyProcesses) {
        return processes.isEmpty() || companyProcesses == null || companyProcesses.isEmpty()
                || processes.stream().anyMatch(companyProcesses::contains);
    }
}
