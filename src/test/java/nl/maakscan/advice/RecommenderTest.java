package nl.maakscan.advice;

import nl.maakscan.advice.Recommendation.MissingPrerequisite;
import nl.maakscan.model.Assessment;
import nl.maakscan.model.Questionnaire;
import nl.maakscan.model.RankingPolicy;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Ranking of a questionnaire without a {@code ranking:} section and without the model 2 fields
 * (questionnaire 1.0.0 style, src/test/resources/mini): the default policy, effort from the band.
 */
class RecommenderTest {

    private final Questionnaire mini = Fixtures.mini();

    private List<Recommendation> rank(Assessment a, Integer employees) {
        return Recommender.rank(mini, a, Scoring.score(mini, a), Fixtures.company(employees));
    }

    private Fixtures.Answers base() {
        return new Fixtures.Answers().level("a1", 1).dontKnow("a2").level("b1", 3).priority("productivity", 5);
    }

    @Test
    void oldQuestionnaireIsRankedWithTheDefaultPolicy() {
        List<Recommendation> ranked = rank(base().build(), 20);

        assertThat(ranked).extracting(r -> r.technology().id()).containsExactly("cheap", "dear");
        Recommendation cheap = ranked.get(0);
        // impact 2*5 = 10; gap: a1 at 1, good practice 3 -> 2; no cost: effort = band 1 + 3/12 = 1.25
        // score = 10 * (0.5 + 1 * 2) / sqrt(1.25)
        assertThat(cheap.impact()).isEqualTo(10);
        assertThat(cheap.gap()).isEqualTo(2);
        assertThat(cheap.effort()).isCloseTo(1.25, within(1e-9));
        assertThat(cheap.score()).isCloseTo(25 / Math.sqrt(1.25), within(1e-9));
        Recommendation dear = ranked.get(1);
        // impact 3*5 + 1*1.8 (quality not weighted: 3 -> 5 * (3/5)^2) = 16.8; gap: a2 unknown 1.5, b1 at 3 -> 0
        // readiness: a1 needs 3, is 1 -> 1/(1 + 0.15*2); cheap not in use -> * 0.85; both are addressed by
        // cheap, ranked above (planned first): square roots; effort 3 + 6/12
        assertThat(dear.impact()).isCloseTo(16.8, within(1e-9));
        assertThat(dear.gap()).isCloseTo(0.75, within(1e-9));
        assertThat(dear.readiness()).isCloseTo(Math.sqrt(0.85 / 1.3), within(1e-9));
        assertThat(dear.score()).isCloseTo(9.076597125829448, within(1e-9));
        assertThat(dear.rank()).isEqualTo(2);
    }

    @Test
    void reasonsNameTheAnswersPrioritiesAndMissingPrerequisites() {
        Recommendation dear = rank(base().build(), 20).get(1);

        assertThat(dear.needs()).extracting(Recommendation.NeedReason::questionId).containsExactly("a2", "b1");
        assertThat(dear.needs().get(0).level()).isNull();
        assertThat(dear.needs().get(0).gap()).isEqualTo(1.5);
        assertThat(dear.needs().get(1).target()).isEqualTo(3);
        assertThat(dear.priorities().get(0).priorityId()).isEqualTo("productivity");
        assertThat(dear.priorities().get(0).ownerWeightGiven()).isTrue();
        assertThat(dear.priorities().get(1).ownerWeightGiven()).isFalse();
        assertThat(dear.missing()).containsExactly(MissingPrerequisite.level("a1", 3, 1),
                MissingPrerequisite.technology("cheap", null));
        assertThat(dear.ready()).isFalse();
    }

    @Test
    void technologyInUseOrNotRelevantIsLeftOutWithItsReason() {
        Assessment inUse = base().adoption("cheap", 4).build();
        Recommender.Ranking r = Recommender.rankAll(mini, inUse, Scoring.score(mini, inUse), Fixtures.company(20));

        assertThat(r.ranked()).extracting(x -> x.technology().id()).containsExactly("dear");
        assertThat(r.leftOut()).singleElement().satisfies(o -> {
            assertThat(o.technology().id()).isEqualTo("cheap");
            assertThat(o.why()).isEqualTo(LeftOut.Why.IN_USE);
        });
        assertThat(rank(base().irrelevant("dear").build(), 20)).extracting(x -> x.technology().id())
                .containsExactly("cheap");
    }

    @Test
    void technologyInUseMeetsThePrerequisiteOfAnother() {
        Recommendation dear = rank(base().adoption("cheap", 5).build(), 20).get(0);

        assertThat(dear.missing()).containsExactly(MissingPrerequisite.level("a1", 3, 1));
        assertThat(dear.readiness()).isCloseTo(1 / 1.3, within(1e-9));
    }

    @Test
    void missingPrerequisitesLowerTheScoreButNeverBelowTheFloor() {
        RankingPolicy p = RankingPolicy.DEFAULTS;

        assertThat(Recommender.readiness(p, List.of(MissingPrerequisite.level("a1", 3, 1))))
                .isCloseTo(1 / 1.3, within(1e-9));
        assertThat(Recommender.readiness(p, List.of(MissingPrerequisite.level("a1", 3, null),
                MissingPrerequisite.technology("cheap", 2)))).isCloseTo(0.85 / 1.45, within(1e-9));
        // 1/1.75 * 1/1.75 = 0.33 is below the policy's minimum readiness 0.5
        assertThat(Recommender.readiness(p, List.of(MissingPrerequisite.level("a1", 5, 0),
                MissingPrerequisite.level("a2", 5, 0)))).isEqualTo(0.5);
    }

    @Test
    void notApplicableQuestionsNeverShowUpAsGaps() {
        Assessment a = new Fixtures.Answers().na("a1").level("a2", 0).level("b1", 0).build();

        Recommender.Ranking r = Recommender.rankAll(mini, a, Scoring.score(mini, a), Fixtures.company(20));

        assertThat(r.ranked()).extracting(x -> x.technology().id()).containsExactly("dear");
        assertThat(r.leftOut()).extracting(LeftOut::why).containsExactly(LeftOut.Why.NOT_APPLICABLE);
    }

    @Test
    void atGoodPracticeTheImpactStillCountsSoTheScoreIsNotZero() {
        Assessment a = new Fixtures.Answers().level("a1", 5).level("a2", 5).level("b1", 5).build();

        Recommendation cheap = rank(a, 20).stream().filter(r -> r.technology().id().equals("cheap")).findFirst()
                .orElseThrow();

        assertThat(cheap.gap()).isZero();
        // impact 2 * 1.8 (default weight 3 -> 5 * (3/5)^2) * gapBase 0.5 / sqrt(1.25)
        assertThat(cheap.score()).isCloseTo(1.8 / Math.sqrt(1.25), within(1e-9));
    }

    @Test
    void companyOutsideTheSizeRangeHalvesTheScore() {
        Recommendation fits = rank(base().adoption("cheap", 5).build(), 20).get(0);
        Recommendation tooSmall = rank(base().adoption("cheap", 5).build(), 5).get(0);

        assertThat(tooSmall.sizeWarning()).isTrue();
        assertThat(tooSmall.score()).isCloseTo(fits.score() / 2, within(1e-9));
    }

    @Test
    void technologyForAProcessTheCompanyDoesNotHaveIsLeftOut() {
        Assessment a = base().build();

        Recommender.Ranking turning = Recommender.rankAll(mini, a, Scoring.score(mini, a),
                Fixtures.company(20, "turning"));
        assertThat(turning.ranked()).extracting(r -> r.technology().id()).containsExactly("cheap");
        assertThat(turning.leftOut()).singleElement().satisfies(o -> {
            assertThat(o.why()).isEqualTo(LeftOut.Why.PROCESS);
            assertThat(o.subject()).isEqualTo("milling");
        });
        assertThat(Recommender.rank(mini, a, Scoring.score(mini, a), Fixtures.company(20, "milling")))
                .extracting(r -> r.technology().id()).containsExactly("cheap", "dear");
        assertThat(Recommender.rank(mini, a, Scoring.score(mini, a), Fixtures.company(20)))
                .extracting(r -> r.technology().id()).containsExactly("cheap", "dear");
    }
}
