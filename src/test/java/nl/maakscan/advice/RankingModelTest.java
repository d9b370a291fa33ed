package nl.maakscan.advice;

import nl.maakscan.model.Assessment;
import nl.maakscan.model.Company;
import nl.maakscan.model.Questionnaire;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Ranking model 2 on small hand-made companies (src/test/resources/mini2), with golden values
 * computed by hand from the formula in questionnaires/README.md.
 */
class RankingModelTest {

    private final Questionnaire q = Fixtures.mini2();

    /** A 20-person shop that mills and bends; set-up is its biggest loss. */
    private Fixtures.Answers shop() {
        return new Fixtures.Answers().priority("productivity", 5).priority("quality", 2).priority("energy", 0)
                .noted("s-setup", 1, "45 minuten per omstelling").level("s-bending", 2).dontKnow("s-quality")
                .level("s-robots", 0).noted("bn-setup", 5, "kantbank staat halve dagen stil").level("bn-rework", 1);
    }

    private Recommender.Ranking rank(Assessment a, Company c) {
        return Recommender.rankAll(q, a, Scoring.score(q, a, c), c);
    }

    private static Recommendation find(Recommender.Ranking r, String id) {
        return r.ranked().stream().filter(x -> x.technology().id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void everyTermIsVisibleAndTheScoreIsTheirFormula() {
        Recommender.Ranking r = rank(shop().build(), Fixtures.company(20, "milling", "bending"));

        assertThat(r.ranked()).extracting(x -> x.technology().id())
                .containsExactly("quick-clamp", "bend-cell", "inspection", "heat-recovery");
        Recommendation clamp = r.ranked().get(0);
        // impact 3*5 + 1*2 = 17; gap: s-setup 1 against good practice 3 -> 2; bottleneck bn-setup 5 * 3 = 15
        // effort 1 + 6000/50000 + 40/400 + 3/12 + 12/48 = 1.72; score (17 * 1.5 + 2 * 15) / sqrt(1.72)
        assertThat(clamp.impact()).isEqualTo(17);
        assertThat(clamp.gap()).isEqualTo(2);
        assertThat(clamp.bottleneck()).isEqualTo(15);
        assertThat(clamp.effort()).isCloseTo(1.72, within(1e-9));
        assertThat(clamp.score()).isCloseTo(42.318353267297795, within(1e-9));
        Recommendation cell = r.ranked().get(1);
        // impact 3*5 + 2*2 = 19; gap: s-bending 2 against the question's good practice 4 -> 2; bottleneck 5*2
        // readiness: quick-clamp not in use -> 0.7; effort 1 + 2.5 + 0.5 + 0.5 + 0.75 = 5.25
        assertThat(cell.readiness()).isEqualTo(0.7);
        assertThat(cell.effort()).isCloseTo(5.25, within(1e-9));
        assertThat(cell.score()).isCloseTo((19 * 1.5 + 2 * 10) * 0.7 / Math.sqrt(5.25), within(1e-9));
        Recommendation inspection = r.ranked().get(2);
        // s-quality unknown -> gap 1.5; impact 3*2; bottleneck bn-rework 1*3; s-setup 1 < 2 -> 1/1.3; effort 2.8
        assertThat(inspection.gap()).isEqualTo(1.5);
        assertThat(inspection.score()).isCloseTo(6.2059947023131965, within(1e-9));
        assertThat(find(r, "heat-recovery").score()).isZero();
    }

    @Test
    void aTechnologyThatDoesNotApplyIsLeftOutWithTheConditionThatFailed() {
        Recommender.Ranking r = rank(shop().build(), Fixtures.company(20, "milling", "bending"));

        assertThat(r.leftOut()).singleElement().satisfies(o -> {
            assertThat(o.technology().id()).isEqualTo("robot-offline");
            assertThat(o.why()).isEqualTo(LeftOut.Why.LEVEL);
            assertThat(o.subject()).isEqualTo("s-robots");
            assertThat(o.required()).isEqualTo(2);
            assertThat(o.current()).isZero();
        });
        Recommender.Ranking small = rank(shop().build(), Fixtures.company(6, "milling", "bending"));
        assertThat(small.leftOut()).extracting(o -> o.technology().id(), LeftOut::why).contains(
                org.assertj.core.groups.Tuple.tuple("bend-cell", LeftOut.Why.SIZE));
        Recommender.Ranking milling = rank(shop().build(), Fixtures.company(20, "milling"));
        assertThat(milling.leftOut()).extracting(o -> o.technology().id(), LeftOut::why).contains(
                org.assertj.core.groups.Tuple.tuple("bend-cell", LeftOut.Why.PROCESS));
        Recommender.Ranking robots = rank(shop().level("s-robots", 3).build(), Fixtures.company(20, "milling"));
        assertThat(robots.ranked()).extracting(x -> x.technology().id()).contains("robot-offline");
    }

    @Test
    void theOwnersBiggestLossPullsItsRemedyToTheTop() {
        Company c = Fixtures.company(20, "milling", "bending");
        Assessment quiet = shop().level("bn-setup", 0).level("bn-rework", 5).build();

        Recommender.Ranking r = rank(quiet, c);

        // rework rated 5 lifts inspection from 6.2 to (6 * 1.25 + 2 * 15) / 1.3 / sqrt(2.8) = 17.2, past the
        // bending cell (28.5 * 0.7 / sqrt(5.25) = 8.7); quick-clamp keeps its gap: 25.5 / sqrt(1.72) = 19.4
        assertThat(find(r, "inspection").score()).isCloseTo((6 * 1.25 + 2 * 15) / 1.3 / Math.sqrt(2.8), within(1e-9));
        assertThat(find(r, "inspection").rank()).isEqualTo(2);
        assertThat(find(r, "bend-cell").bottleneck()).isZero();
    }

    @Test
    void bigImpactOnWhatTheOwnerWeightsMostBeatsACheapSmallStep() {
        // the bending cell costs twenty times the clamps; with set-up a small loss and the bending gap large
        // its impact must still win once clamping is in use (no readiness penalty)
        Assessment a = new Fixtures.Answers().priority("productivity", 5).priority("quality", 5)
                .level("s-setup", 2).level("s-bending", 0).level("s-quality", 3).level("s-robots", 0)
                .level("bn-setup", 4).level("bn-rework", 0).adoption("quick-clamp", 3).build();

        Recommender.Ranking r = rank(a, Fixtures.company(30, "milling", "bending"));

        // cell: impact 3*5 + 2*5 = 25, gap 4, bottleneck 4*2 -> (25 * 2.5 + 16) * 0.7 / sqrt(5.25) = 23.98
        // clamp: impact 3*5 + 1*5 = 20, gap 1, bottleneck 4*3 -> (20 * 1 + 24) / sqrt(1.72) = 33.55
        assertThat(find(r, "bend-cell").score()).isCloseTo((25 * 2.5 + 16) * 0.7 / Math.sqrt(5.25), within(1e-9));
        Assessment inUse = new Fixtures.Answers().priority("productivity", 5).priority("quality", 5)
                .level("s-setup", 2).level("s-bending", 0).level("s-quality", 3).level("s-robots", 0)
                .level("bn-setup", 4).level("bn-rework", 0).adoption("quick-clamp", 4).build();
        Recommender.Ranking later = rank(inUse, Fixtures.company(30, "milling", "bending"));
        assertThat(later.ranked().get(0).technology().id()).isEqualTo("bend-cell");
        assertThat(later.ranked().get(0).score()).isCloseTo((25 * 2.5 + 16) / Math.sqrt(5.25), within(1e-9));
    }

    @Test
    void goodPracticeFollowsSizeAndTheOwnersTargetOverridesIt() {
        Recommendation small = find(rank(shop().build(), Fixtures.company(6, "milling")), "quick-clamp");
        // 6 employees: good practice 3 - 1 = 2 -> gap 1
        assertThat(small.needs().get(0).target()).isEqualTo(2);
        assertThat(small.gap()).isEqualTo(1);
        Recommendation target = find(rank(shop().target("shop", 5).build(), Fixtures.company(6, "milling")),
                "quick-clamp");
        assertThat(target.needs().get(0).targetSetByUser()).isTrue();
        assertThat(target.gap()).isEqualTo(4);
    }

    @Test
    void reasonsCarryTheNotesOfTheAnswers() {
        Recommendation clamp = rank(shop().build(), Fixtures.company(20, "milling")).ranked().get(0);

        assertThat(clamp.needs()).singleElement().satisfies(n -> {
            assertThat(n.questionId()).isEqualTo("s-setup");
            assertThat(n.note()).isEqualTo("45 minuten per omstelling");
        });
        assertThat(clamp.bottlenecks()).singleElement().satisfies(b -> {
            assertThat(b.questionId()).isEqualTo("bn-setup");
            assertThat(b.level()).isEqualTo(5);
            assertThat(b.relieves()).isEqualTo(3);
            assertThat(b.note()).isEqualTo("kantbank staat halve dagen stil");
        });
    }

    @Test
    void questionsForAbsentProcessesCountAsNotApplicableInTheScores() {
        Assessment a = shop().build();

        Scores bending = Scoring.score(q, a, Fixtures.company(20, "milling", "bending"));
        Scores milling = Scoring.score(q, a, Fixtures.company(20, "milling"));

        // bottleneck dimensions are not scored
        assertThat(bending.dimensions()).extracting(DimensionScore::dimensionId).containsExactly("shop");
        // s-setup 1, s-bending 2, s-robots 0 -> 1.0; without bending: (1 + 0) / 2
        assertThat(bending.overallLevel()).isEqualTo(1.0);
        assertThat(milling.overallLevel()).isEqualTo(0.5);
        assertThat(milling.notApplicable()).isEqualTo(1);
        assertThat(milling.questions()).isEqualTo(4);
        assertThat(milling.confidence()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(List.of(bending.confidence())).containsExactly(0.75);
    }
}
