package nl.maakscan.content;

import nl.maakscan.model.Questionnaire;
import nl.maakscan.model.Technology;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The released questionnaire 1.0.0 is read as written; only the loaded catalogue takes the newest applicability. */
class LegacyApplicabilityTest {

    private static Questionnaire version(List<LoadResult> results, String version) {
        return results.stream().map(LoadResult::questionnaire)
                .filter(q -> q != null && q.version().equals(version)).findFirst().orElseThrow();
    }

    @Test
    void releasedFilesHaveNoApplicabilityAndKeepTheirContentHash() {
        Questionnaire raw = version(QuestionnaireLibrary.loadBuiltIn(Locale.ENGLISH, false), "1.0.0");
        Questionnaire upgraded = version(QuestionnaireLibrary.loadBuiltIn(Locale.ENGLISH), "1.0.0");
        assertThat(raw.technologies()).allSatisfy(t -> assertThat(t.appliesWhen().levels()).isEmpty());
        assertThat(upgraded.contentHash()).isEqualTo(raw.contentHash());
        assertThat(upgraded.technologies()).extracting(Technology::id)
                .containsExactlyElementsOf(raw.technologies().stream().map(Technology::id).toList());
        assertThat(upgraded.technology("offline-robot-programming").orElseThrow().appliesWhen().levels())
                .containsEntry("auto-programming", 1);
    }

    @Test
    void conditionsTheOldQuestionnaireCannotAnswerAreDropped() {
        Questionnaire raw = version(QuestionnaireLibrary.loadBuiltIn(Locale.ENGLISH, false), "1.0.0");
        Questionnaire newest = version(QuestionnaireLibrary.loadBuiltIn(Locale.ENGLISH, false), "2.0.0");
        Questionnaire upgraded = LegacyApplicability.upgrade(raw, () -> Map.of(newest.id(), newest));
        for (Technology t : upgraded.technologies()) {
            t.appliesWhen().levels().keySet().forEach(q -> assertThat(raw.question(q)).as(t.id() + " " + q).isPresent());
            t.appliesWhen().anyLevels().keySet().forEach(q -> assertThat(raw.question(q)).as(t.id() + " " + q).isPresent());
            t.appliesWhen().technologies().forEach(o -> assertThat(raw.technology(o)).as(t.id() + " " + o).isPresent());
        }
        // a questionnaire that declares its own ranking policy, or has no newer built-in version, is left alone
        assertThat(LegacyApplicability.upgrade(newest, () -> Map.of(newest.id(), newest))).isSameAs(newest);
        assertThat(LegacyApplicability.upgrade(raw, Map::of)).isSameAs(raw);
    }
}
