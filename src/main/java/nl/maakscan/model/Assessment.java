package nl.maakscan.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The answers of one assessment of one company with one questionnaire: owner priorities (0-5),
 * level answers, technology adoption answers and targets per dimension (0-5; a dimension without an
 * explicit target gets the default, see the advice package).
 */
public record Assessment(
        String id,
        String label,
        String assessor,
        String date,
        Map<String, Integer> priorities,
        Map<String, LevelAnswer> answers,
        Map<String, AdoptionAnswer> technologies,
        Map<String, Integer> targets) {

    public Assessment {
        priorities = copy(priorities);
        answers = copy(answers);
        technologies = copy(technologies);
        targets = copy(targets);
    }

    private static <V> Map<String, V> copy(Map<String, V> m) {
        return m == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(m));
    }

    public static Assessment empty(String id) {
        return new Assessment(id, null, null, null, null, null, null, null);
    }
}
