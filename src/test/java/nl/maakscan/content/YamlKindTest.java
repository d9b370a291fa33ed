package nl.maakscan.content;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Which files a folder's questionnaires start from: the top-level kind, read without building the file. */
class YamlKindTest {

    private final QuestionnaireLoader loader = new QuestionnaireLoader(Locale.ENGLISH);

    private Optional<String> kind(String yaml) {
        return loader.kindOf(yaml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theTopLevelKindWhereverItStands() {
        assertThat(kind("format: maakscan-questionnaire/1\nkind: questionnaire\nid: x\n")).contains("questionnaire");
        assertThat(kind("dimensions:\n  - id: a\n    kind: questionnaire\n    questions: [1, 2]\nkind: dimensions\n"))
                .as("a nested kind is not the file's").contains("dimensions");
    }

    @Test
    void noKindWhenItIsMissingNotTextGivenTwiceOrTheFileIsNotAMap() {
        assertThat(kind("format: maakscan-questionnaire/1\nid: x\n")).isEmpty();
        assertThat(kind("kind: [questionnaire]\n")).isEmpty();
        assertThat(kind("kind: dimensions\nid: x\nkind: questionnaire\n"))
                .as("loaded, so that the duplicate key is reported").isEmpty();
        assertThat(kind("- kind: questionnaire\n")).isEmpty();
        assertThat(kind("kind: questionnaire\nid: [unclosed\n")).isEmpty();
        assertThat(kind("")).isEmpty();
    }
}
