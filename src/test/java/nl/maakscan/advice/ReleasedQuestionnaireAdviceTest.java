package nl.maakscan.advice;

import nl.maakscan.content.QuestionnaireLibrary;
import nl.maakscan.model.LevelAnswer;
import nl.maakscan.model.Questionnaire;
import nl.maakscan.model.Technology;
import nl.maakscan.store.AnswersFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Assessments answered with the released questionnaire 1.0.0 (whose technologies have no
 * {@code appliesWhen}) are ranked with the applicability of the newest built-in version
 * (questionnaires/README.md, "Questionnaires before model 2"): the six samples are 1.0.0 answers files.
 */
class ReleasedQuestionnaireAdviceTest {

    private static final List<String> SAMPLES = List.of("01-high-mix-job-shop.json",
            "02-sheet-metal-fabricator.json", "03-assembly-no-sheet-no-welding.json", "04-coating-energy.json",
            "05-mature-manufacturer.json", "06-small-workshop.json");

    private static QuestionnaireLibrary library;

    @BeforeAll
    static void load() {
        library = QuestionnaireLibrary.load(Locale.ENGLISH, List.of());
    }

    private static AnswersFile.Filled sample(String name) throws Exception {
        try (InputStream in = ReleasedQuestionnaireAdviceTest.class.getResourceAsStream("/samples/" + name)) {
            if (in == null) {
                throw new java.io.IOException("missing sample " + name);
            }
            return AnswersFile.read(name, in.readAllBytes(), "en", library::find);
        }
    }

    @Test
    void technologiesOfTheReleasedQuestionnaireTakeTheNewestApplicability() {
        Questionnaire old = library.find("productie-innovatiescan", "1.0.0").orElseThrow();
        Questionnaire newest = library.latest("productie-innovatiescan").orElseThrow();
        Technology robots = old.technology("offline-robot-programming").orElseThrow();
        assertThat(robots.appliesWhen().levels())
                .isEqualTo(newest.technology("offline-robot-programming").orElseThrow().appliesWhen().levels())
                .containsEntry("auto-programming", 1);
        assertThat(old.technology("zero-point-clamping").orElseThrow().requiredProcesses())
                .containsExactlyInAnyOrder("milling", "grinding");
    }

    @Test
    void noSampleOfTheReleasedQuestionnaireGetsOfflineRobotProgrammingWithoutRobots() throws Exception {
        int withoutRobots = 0;
        for (String name : SAMPLES) {
            AnswersFile.Filled filled = sample(name);
            assertThat(filled.questionnaireVersion()).as(name).isEqualTo("1.0.0");
            Questionnaire q = library.find(filled.questionnaireId(), filled.questionnaireVersion()).orElseThrow();
            Advice advice = Advice.of(q, filled.assessment(), filled.company());
            LevelAnswer robots = filled.assessment().answers().get("auto-programming");
            List<String> ranked = advice.recommendations().stream().map(r -> r.technology().id()).toList();
            if (robots == null || !robots.hasLevel() || robots.level() < 1) {
                withoutRobots++;
                assertThat(ranked).as(name).doesNotContain("offline-robot-programming");
                assertThat(advice.leftOut()).as(name)
                        .filteredOn(o -> o.technology().id().equals("offline-robot-programming")).singleElement()
                        .satisfies(o -> {
                            assertThat(o.why()).isEqualTo(LeftOut.Why.LEVEL);
                            assertThat(o.subject()).isEqualTo("auto-programming");
                        });
            }
            if (!filled.company().processes().isEmpty()
                    && filled.company().processes().stream().noneMatch(p -> p.equals("milling") || p.equals("grinding"))) {
                assertThat(ranked).as(name).doesNotContain("zero-point-clamping");
            }
            assertThat(advice.recommendations()).as(name).isNotEmpty();
        }
        assertThat(withoutRobots).as("samples without robots").isPositive();
    }
}
