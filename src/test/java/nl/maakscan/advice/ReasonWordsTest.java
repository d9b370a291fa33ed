package nl.maakscan.advice;

import nl.maakscan.content.ContentSource;
import nl.maakscan.content.QuestionnaireLoader;
import nl.maakscan.model.Assessment;
import nl.maakscan.model.Company;
import nl.maakscan.model.LevelAnswer;
import nl.maakscan.model.Questionnaire;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The sentences behind a recommendation: notes beside the answers, bottlenecks, left-out reasons, amounts. */
class ReasonWordsTest {

    private static Advice advice(Questionnaire q, Company c) {
        Assessment a = new Assessment("a", null, null, null, Map.of("productivity", 5),
                Map.of("s-setup", LevelAnswer.level(1).withNote("45 minuten per omstelling"),
                        "s-robots", LevelAnswer.level(0),
                        "bn-setup", LevelAnswer.level(5).withNote("de kantbank staat stil")), Map.of(), Map.of());
        return Advice.of(q, a, c);
    }

    @Test
    void reasonsCarryTheOwnersNotesAndTheConditionThatLeftATechnologyOut() throws Exception {
        Path main = Path.of(getClass().getResource("/mini2/questionnaire.yaml").toURI());
        Questionnaire q = new QuestionnaireLoader(Locale.ENGLISH).load(ContentSource.of(main, "mini2")).valid()
                .orElseThrow();
        Company c = new Company("c", "C", null, null, 6, List.of("milling"), null, null);
        Advice advice = advice(q, c);
        ReasonWords en = new ReasonWords(q, "en");
        ReasonWords nl = new ReasonWords(q, "nl");

        Recommendation clamp = advice.recommendations().get(0);
        assertThat(en.needs(clamp)).containsExactly(
                "because you answered \"Set-up\" at level 1; good practice is 2 \u2013 your note: 45 minuten per omstelling");
        assertThat(nl.bottlenecks(clamp)).containsExactly(
                "u gaf \"Omstellen\" een 5 van 5 als verliespost (deze technologie verlicht dat 3/3) \u2013 uw toelichting: "
                        + "de kantbank staat stil");
        assertThat(en.priorities(clamp, 3)).isNotEmpty()
                .allSatisfy(p -> assertThat(p).doesNotContain("(0/5").doesNotContain(", 0/3)"));
        assertThat(advice.leftOut()).extracting(o -> o.technology().id() + ": " + en.leftOut(o)).contains(
                "bend-cell: only for companies with one of these main processes: Bending",
                "robot-offline: needs \"Robots\" at least at level 2 (now 0)");
        assertThat(advice.leftOut()).extracting(LeftOut::why).doesNotContain(LeftOut.Why.IN_USE);
        assertThat(advice.plan().steps()).flatExtracting(s -> s.funding()).extracting(en::funding)
                .contains("Voucher (about \u20ac250)");
    }

    @Test
    void aProfileAnswerOutsideTheFitIsSaidWithTheAnswerAndTheLevelsTheTechnologySuits() throws Exception {
        Path main = Path.of(getClass().getResource("/mini2/questionnaire.yaml").toURI());
        Questionnaire q = new QuestionnaireLoader(Locale.ENGLISH).load(ContentSource.of(main, "mini2")).valid()
                .orElseThrow();
        Company c = new Company("c", "C", null, null, 20, List.of("milling", "bending"), null, null);
        Assessment a = new Assessment("a", null, null, null, Map.of("productivity", 5),
                Map.of("p-series", LevelAnswer.level(0), "bn-setup", LevelAnswer.level(4)), Map.of(), Map.of());
        Recommendation cell = Advice.of(q, a, c).recommendations().stream()
                .filter(r -> r.technology().id().equals("bend-cell")).findFirst().orElseThrow();

        assertThat(new ReasonWords(q, "en").misfits(cell))
                .containsExactly("\"Batch size\": you answered 0 (one-offs); it suits level 2 or higher");
        assertThat(new ReasonWords(q, "nl").misfits(cell))
                .containsExactly("\"Seriegrootte\": u antwoordde 0 (enkelstuks); deze technologie past bij niveau 2 of hoger");
    }
}
