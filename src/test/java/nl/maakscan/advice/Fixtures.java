package nl.maakscan.advice;

import nl.maakscan.content.ContentSource;
import nl.maakscan.content.QuestionnaireLoader;
import nl.maakscan.model.AdoptionAnswer;
import nl.maakscan.model.Assessment;
import nl.maakscan.model.Company;
import nl.maakscan.model.LevelAnswer;
import nl.maakscan.model.Questionnaire;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The tiny test questionnaire (src/test/resources/mini) and a builder for assessments of it. */
final class Fixtures {

    private Fixtures() {
    }

    static Questionnaire mini() {
        return load("mini");
    }

    /** The ranking model 2 fixture (src/test/resources/mini2): ranking policy, bottlenecks, financing rules. */
    static Questionnaire mini2() {
        return load("mini2");
    }

    private static Questionnaire load(String name) {
        try {
            Path main = Path.of(Fixtures.class.getResource("/" + name + "/questionnaire.yaml").toURI());
            return new QuestionnaireLoader(Locale.ENGLISH).load(ContentSource.of(main, name)).valid().orElseThrow();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Company company(Integer employees, String... processes) {
        return new Company("c", "Test", null, null, employees, List.of(processes), null, null);
    }

    static final class Answers {
        private final Map<String, LevelAnswer> answers = new HashMap<>();
        private final Map<String, Integer> priorities = new HashMap<>();
        private final Map<String, AdoptionAnswer> technologies = new HashMap<>();
        private final Map<String, Integer> targets = new HashMap<>();

        Answers level(String question, int level) {
            answers.put(question, LevelAnswer.level(level));
            return this;
        }

        Answers noted(String question, int level, String note) {
            answers.put(question, LevelAnswer.level(level).withNote(note));
            return this;
        }

        Answers na(String question) {
            answers.put(question, LevelAnswer.notApplicable());
            return this;
        }

        Answers dontKnow(String question) {
            answers.put(question, LevelAnswer.dontKnow());
            return this;
        }

        Answers priority(String id, int weight) {
            priorities.put(id, weight);
            return this;
        }

        Answers adoption(String technology, int level) {
            technologies.put(technology, AdoptionAnswer.level(level));
            return this;
        }

        Answers irrelevant(String technology) {
            technologies.put(technology, AdoptionAnswer.irrelevant());
            return this;
        }

        Answers target(String dimension, int level) {
            targets.put(dimension, level);
            return this;
        }

        Assessment build() {
            return new Assessment("test", "T0", null, null, priorities, answers, technologies, targets);
        }
    }
}
