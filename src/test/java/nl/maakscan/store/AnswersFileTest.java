package nl.maakscan.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.maakscan.content.QuestionnaireLibrary;
import nl.maakscan.model.Questionnaire;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading filled answers files: the cases the import's property tests found, kept as examples. */
class AnswersFileTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static QuestionnaireLibrary library;
    private static Questionnaire mini;

    @BeforeAll
    static void load() {
        library = QuestionnaireLibrary.load(Locale.ENGLISH, List.of(Fixtures.miniFolder()));
        mini = Fixtures.mini().questionnaire();
    }

    private static ObjectNode template() throws Exception {
        ObjectNode t = (ObjectNode) JSON.readTree(AnswersFile.template(mini, "en"));
        ((ObjectNode) t.path("company")).put("name", "VOORBEELD Test BV (sample)");
        return t;
    }

    private static AnswersFile.Filled read(String json) throws AnswersFile.InvalidAnswersException {
        return AnswersFile.read("a.json", json.getBytes(StandardCharsets.UTF_8), "en", library::find);
    }

    @Test
    void aFilledTemplateIsRead() throws Exception {
        ObjectNode t = template();
        ((ObjectNode) t.path("answers").path("a1")).put("value", 3);
        assertThat(read(t.toString()).assessment().answers()).containsKey("a1");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "/assessment | \"T0\" | assessment: a group of fields",
        "/assessment/label | 4 | assessment.label: a text is expected here",
        "/answers/a1/text | 5 | answers.a1.text: a text is expected here",
        "/answers/a1/allowed | \"all\" | answers.a1.allowed: a list [ ... ] is expected here",
        "/company/sector | 7 | company.sector: a text is expected here",
        "/company/sector/zz | 1 | company.sector.zz: unknown field",
        "/questionnaire/zz | 1 | questionnaire.zz: unknown field"})
    void aValueOfTheWrongTypeOrAnUnknownFieldIsRefusedWithItsPlace(String pointer, String value, String message)
            throws Exception {
        ObjectNode t = template();
        int cut = pointer.lastIndexOf('/');
        ((ObjectNode) t.at(pointer.substring(0, cut))).set(pointer.substring(cut + 1), JSON.readTree(value));

        assertThatThrownBy(() -> read(t.toString())).isInstanceOf(AnswersFile.InvalidAnswersException.class)
                .hasMessageContaining(message);
    }

    @Test
    void aFieldWrittenTwiceIsRefused() throws Exception {
        String twice = template().toString().replaceFirst("\"answers\":\\{", "\"answers\":{\"a1\":{\"value\":1},");

        assertThatThrownBy(() -> read(twice)).isInstanceOf(AnswersFile.InvalidAnswersException.class)
                .hasMessageContaining("Duplicate field 'a1'");
    }

    @Test
    void aHugeValueIsShownShortened() throws Exception {
        ObjectNode t = template();
        ((ObjectNode) t.path("answers").path("a1")).put("value", "x".repeat(50_000));

        assertThatThrownBy(() -> read(t.toString())).isInstanceOf(AnswersFile.InvalidAnswersException.class)
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(1_000).contains("50,002 characters"));
    }
}
