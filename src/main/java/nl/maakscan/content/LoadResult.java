package nl.maakscan.content;

import nl.maakscan.model.Questionnaire;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outcome of loading one questionnaire: the questionnaire when it is valid, every problem found,
 * and the bytes of the files it was read from (the snapshot an assessment keeps).
 */
public record LoadResult(String file, Questionnaire questionnaire, List<Problem> problems, Map<String, byte[]> files) {

    public LoadResult {
        problems = List.copyOf(problems);
        files = Map.copyOf(files);
    }

    public Optional<Questionnaire> valid() {
        return Optional.ofNullable(questionnaire);
    }
}
