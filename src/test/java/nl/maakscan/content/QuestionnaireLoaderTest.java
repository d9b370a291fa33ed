package nl.maakscan.content;

import nl.maakscan.model.Questionnaire;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class QuestionnaireLoaderTest {

    private final QuestionnaireLoader loader = new QuestionnaireLoader(Locale.ENGLISH);

    static Path mini() throws URISyntaxException {
        return Path.of(QuestionnaireLoaderTest.class.getResource("/mini/questionnaire.yaml").toURI());
    }

    /** Copies the mini fixture to a temp folder so that a test can break one file. */
    static Path copyOfMini(Path dir) throws IOException, URISyntaxException {
        try (Stream<Path> files = Files.list(mini().getParent())) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        return dir.resolve("questionnaire.yaml");
    }

    private LoadResult load(Path main) {
        return loader.load(ContentSource.of(main, main.getFileName().toString()));
    }

    @Test
    void validQuestionnaireLoadsWithAllItsFiles() throws Exception {
        LoadResult result = load(mini());

        assertThat(result.problems()).isEmpty();
        Questionnaire q = result.valid().orElseThrow();
        assertThat(q.dimensions()).extracting(d -> d.id()).containsExactly("alpha", "beta");
        assertThat(q.questions()).extracting(x -> x.id()).containsExactly("a1", "a2", "b1");
        assertThat(q.technologies()).hasSize(2);
        assertThat(q.financing().instruments()).hasSize(2);
        assertThat(q.contentHash()).hasSize(64);
        assertThat(result.files()).containsOnlyKeys("questionnaire.yaml", "extra.yaml", "catalogue.yaml",
                "financing.yaml");
    }

    @Test
    void versionWhosePartsDoNotFitANumberIsRefusedWithItsLine(@TempDir Path dir) throws Exception {
        Path main = copyOfMini(dir);
        Files.writeString(main, Files.readString(main).replaceFirst("(?m)^version: .*$",
                "version: 99999999999999999999.0.0"));

        LoadResult result = load(main);

        assertThat(result.valid()).isEmpty();
        assertThat(result.problems()).anySatisfy(p -> {
            assertThat(p.toString()).contains("questionnaire.yaml:").contains("99999999999999999999.0.0")
                    .contains("at most 9 digits");
        });
    }

    @Test
    void snapshotLoadsToTheSameQuestionnaireAndHash() throws Exception {
        LoadResult first = load(mini());
        LoadResult again = loader.load(ContentSource.snapshot("questionnaire.yaml", first.files()));

        assertThat(again.problems()).isEmpty();
        assertThat(again.questionnaire().contentHash()).isEqualTo(first.questionnaire().contentHash());
        assertThat(again.questionnaire().questions()).isEqualTo(first.questionnaire().questions());
    }

    @Test
    void unknownFieldIsReportedWithLineAndColumn(@TempDir Path dir) throws Exception {
        Path main = copyOfMini(dir);
        replace(dir.resolve("extra.yaml"), "    weight: 1\n    name:", "    wieght: 1\n    name:");

        LoadResult result = load(main);

        assertThat(result.valid()).isEmpty();
        assertThat(result.problems()).extracting(Problem::toString)
                .anySatisfy(p -> assertThat(p).startsWith("extra.yaml:6:5: unknown field \"wieght\""));
    }

    @Test
    void everyProblemIsReportedNotOnlyTheFirst(@TempDir Path dir) throws Exception {
        Path main = copyOfMini(dir);
        replace(dir.resolve("catalogue.yaml"), "questions: [a1]", "questions: [a9]");
        replace(dir.resolve("catalogue.yaml"), "priorities: {productivity: 2}", "priorities: {productivity: 7}");
        replace(dir.resolve("extra.yaml"), "          5: {nl: l5, en: l5}", "          6: {nl: l5, en: l5}");
        replace(dir.resolve("financing.yaml"), "validFrom: 2025-01-01", "validFrom: 1 januari");

        List<String> problems = load(main).problems().stream().map(Problem::toString).toList();

        assertThat(problems).anyMatch(p -> p.startsWith("catalogue.yaml:8:") && p.contains("no question with the id \"a9\""));
        assertThat(problems).anyMatch(p -> p.startsWith("catalogue.yaml:9:") && p.contains("must be 1, 2 or 3"));
        assertThat(problems).anyMatch(p -> p.startsWith("extra.yaml:") && p.contains("level \"6\" is out of range"));
        assertThat(problems).anyMatch(p -> p.contains("level 5 is missing"));
        assertThat(problems).anyMatch(p -> p.startsWith("financing.yaml:4:") && p.contains("yyyy-mm-dd"));
    }

    @Test
    void yamlSyntaxErrorNamesThePosition(@TempDir Path dir) throws Exception {
        Path main = copyOfMini(dir);
        replace(dir.resolve("extra.yaml"), "    block: process", "    block: [process");

        List<Problem> problems = load(main).problems();

        assertThat(problems).filteredOn(p -> p.file().equals("extra.yaml")).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(6);
            assertThat(p.message()).startsWith("YAML syntax error");
        });
    }

    @Test
    void duplicateIdsMissingTranslationsAndBadWeightsAreReported(@TempDir Path dir) throws Exception {
        Path main = copyOfMini(dir);
        replace(dir.resolve("extra.yaml"), "id: b1", "id: a1");
        replace(dir.resolve("extra.yaml"), "text: {nl: Vraag B1, en: Question B1}", "text: {nl: Vraag B1}");
        replace(dir.resolve("extra.yaml"), "    weight: 1\n", "    weight: -2\n");

        List<String> problems = load(main).problems().stream().map(Problem::toString).toList();

        assertThat(problems).anyMatch(p -> p.contains("\"a1\" is used more than once"));
        assertThat(problems).anyMatch(p -> p.contains("\"en\" text is missing"));
        assertThat(problems).anyMatch(p -> p.contains("weight -2"));
    }

    @Test
    void wrongTypeAndMissingFileAreReported(@TempDir Path dir) throws Exception {
        Path main = copyOfMini(dir);
        replace(dir.resolve("catalogue.yaml"), "implementationMonths: 3", "implementationMonths: soon");
        replace(main, "include: [extra.yaml]", "include: [extra.yaml, missing.yaml]");

        List<String> problems = load(main).problems().stream().map(Problem::toString).toList();

        assertThat(problems).anyMatch(p -> p.startsWith("catalogue.yaml:13:") && p.contains("soon is not valid"));
        assertThat(problems).anyMatch(p -> p.startsWith("questionnaire.yaml:11:") && p.contains("missing.yaml"));
    }

    @Test
    void dutchMessagesAreWrittenInDutch(@TempDir Path dir) throws Exception {
        Path main = copyOfMini(dir);
        replace(dir.resolve("extra.yaml"), "id: b1", "id: a1");

        List<Problem> problems = new QuestionnaireLoader(Locale.forLanguageTag("nl"))
                .load(ContentSource.of(main, "questionnaire.yaml")).problems();

        assertThat(problems).extracting(Problem::message).contains("de id \"a1\" wordt meer dan één keer gebruikt");
    }

    static void replace(Path file, String from, String to) throws IOException {
        String s = Files.readString(file);
        assertThat(s).contains(from);
        Files.writeString(file, s.replace(from, to));
    }
}
