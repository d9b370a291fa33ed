package nl.maakscan.ui.results;

import nl.maakscan.advice.Advice;
import nl.maakscan.advice.ReasonWords;
import nl.maakscan.advice.Recommendation;
import nl.maakscan.model.Questionnaire;
import nl.maakscan.report.Samples;
import nl.maakscan.store.AnswersFile;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The screen gives the report's reasons in the report's words, only fewer of them. */
class ReasonsTest {

    @Test
    void theScreenUsesTheReportsSentencesForNeedsPrioritiesAndPrerequisites() throws Exception {
        String name = "02-sheet-metal-fabricator.json";
        byte[] bytes = new String(Samples.bytes(name), StandardCharsets.UTF_8)
                .replace("\"version\": \"1.0.0\"", "\"version\": \"2.0.0\"").getBytes(StandardCharsets.UTF_8);
        AnswersFile.Filled f = AnswersFile.read(name, bytes, "en", Samples.library()::find);
        Questionnaire q = Samples.questionnaire(f);
        List<Recommendation> top = Advice.of(q, f.assessment(), f.company()).recommendations().stream().limit(5)
                .toList();
        assertThat(top).isNotEmpty();

        for (String language : List.of("nl", "en")) {
            Reasons screen = new Reasons(q, language);
            ReasonWords report = new ReasonWords(q, language);
            for (Recommendation r : top) {
                String needs = screen.needs(r);
                report.bottlenecks(r).stream().limit(Reasons.BOTTLENECKS)
                        .forEach(sentence -> assertThat(needs).contains(sentence));
                report.needs(r).stream().limit(Reasons.NEEDS).forEach(sentence -> assertThat(needs).contains(sentence));
                report.priorities(r, Reasons.PRIORITIES)
                        .forEach(sentence -> assertThat(screen.priorities(r)).contains(sentence));
                report.missing(r.missing()).forEach(sentence -> assertThat(screen.missing(r)).contains(sentence));
            }
        }
        assertThat(new Reasons(q, "nl").needs(top.get(0))).containsAnyOf("goede praktijk is", "als verliespost");
        assertThat(new Reasons(q, "en").needs(top.get(0))).containsAnyOf("good practice is", "as a loss");
    }
}
