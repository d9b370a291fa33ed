package nl.maakscan.advice;

import nl.maakscan.advice.Recommendation.MissingPrerequisite;
import nl.maakscan.model.Assessment;
import nl.maakscan.model.Questionnaire;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RecommenderTest {

    private final Questionnaire mini = Fixtures.mini();

    private List<Recommendation> rank(Assessment a, Integer employees) {
        return Recommender.rank(mini, a, Scoring.score(mini, a), Fixtures.company(employees));
    }

    private Fixtures.Answers base() {
        // alpha = 1 (target 2), beta = 3 (target 4)
        return new Fixtures.Answers().level("a1", 1).dontKnow("a2").level("b1", 3).priority("productivity", 5);
    }

    @Test
    void scoreIsNeedTimesFitTimesReadinessOverEffort() {
        List<Recommendation> ranked = rank(base().build(), 20);

        assertThat(ranked).extracting(r -> r.technology().id()).containsExactly("cheap", "dear");
        Recommendation cheap = ranked.get(0);
        // need: a1 at 1, target 2 -> 1; fit: 2*5 / (5*2) = 1; effort: 1 + 3/12
        assertThat(cheap.need()).isCloseTo(1, within(1e-9));
        assertThat(cheap.fit()).isCloseTo(1, within(1e-9));
        assertThat(cheap.effort()).isCloseTo(1.25, within(1e-9));
        assertThat(cheap.score()).isCloseTo(1 / 1.25, within(1e-9));
        Recommendation dear = ranked.get(1);
        // need: b1 at 3, target 4 -> 1 (a2 is don't know); fit: (3*5 + 1*3) / (5*4) = 0.9
        // readiness: a1 needs 3, is 1 -> 1/3; technology cheap not in use -> * 0.5; effort 3 + 6/12
        assertThat(dear.fit()).isCloseTo(0.9, within(1e-9));
        assertThat(dear.readiness()).isCloseTo(1.0 / 6, within(1e-9));
        assertThat(dear.score()).isCloseTo(0.9 / 6 / 3.5, within(1e-9));
        assertThat(dear.rank()).isEqualTo(2);
    }

    @Test
    void reasonsNameTheAnswersPrioritiesAndMissingPrerequisites() {
        Recommendation dear = rank(base().build(), 20).get(1);

        assertThat(dear.needs()).singleElement().satisfies(n -> {
            assertThat(n.questionId()).isEqualTo("b1");
            assertThat(n.level()).isEqualTo(3.0);
            assertThat(n.target()).isEqualTo(4);
        });
        assertThat(dear.priorities().get(0).priorityId()).isEqualTo("productivity");
        assertThat(dear.priorities().get(0).ownerWeightGiven()).isTrue();
        assertThat(dear.priorities().get(1).ownerWeightGiven()).isFalse();
        assertThat(dear.missing()).containsExactly(MissingPrerequisite.level("a1", 3, 1),
                MissingPrerequisite.technology("cheap", null));
        assertThat(dear.ready()).isFalse();
    }

    @Test
    void technologyInUseOrNotRelevantIsSkipped() {
        assertThat(rank(base().adoption("cheap", 4).build(), 20)).extracting(r -> r.technology().id())
                .containsExactly("dear");
        assertThat(rank(base().irrelevant("dear").build(), 20)).extracting(r -> r.technology().id())
                .containsExactly("cheap");
    }

    @Test
    void technologyInUseMeetsThePrerequisiteOfAnother() {
        Recommendation dear = rank(base().adoption("cheap", 5).build(), 20).get(0);

        assertThat(dear.missing()).containsExactly(MissingPrerequisite.level("a1", 3, 1));
        assertThat(dear.readiness()).isCloseTo(1.0 / 3, within(1e-9));
    }

    @Test
    void notApplicableQuestionsNeverShowUpAsGaps() {
        Assessment a = new Fixtures.Answers().na("a1").level("a2", 0).level("b1", 0).build();

        assertThat(rank(a, 20)).extracting(r -> r.technology().id()).doesNotContain("cheap");
    }

    @Test
    void noGapMeansNoRecommendation() {
        Assessment a = new Fixtures.Answers().level("a1", 5).level("a2", 5).level("b1", 5).build();

        assertThat(rank(a, 20)).isEmpty();
    }

    @Test
    void companyOutsideTheSizeRangeHalvesTheScore() {
        Recommendation fits = rank(base().adoption("cheap", 5).build(), 20).get(0);
        Recommendation tooSmall = rank(base().adoption("cheap", 5).build(), 5).get(0);

        assertThat(tooSmall.sizeWarning()).isTrue();
        assertThat(tooSmall.score()).isCloseTo(fits.score() / 2, within(1e-9));
    }

    @Test
    void withoutAnsweredQuestionsTheDimensionGapIsUsed() {
        Assessment a = new Fixtures.Answers().build();

        Recommendation cheap = rank(a, null).stream().filter(r -> r.technology().id().equals("cheap")).findFirst()
                .orElseThrow();

        assertThat(cheap.needs()).singleElement().satisfies(n -> {
            assertThat(n.questionId()).isNull();
            assertThat(n.dimensionId()).isEqualTo("alpha");
            assertThat(n.gap()).isCloseTo(1, within(1e-9));
        });
        // no owner priorities: every weight counts as 3 -> fit 3/5
        assertThat(cheap.fit()).isCloseTo(0.6, within(1e-9));
    }

    @Test
    void technologyForAProcessTheCompanyDoesNotHaveIsLeftOut() {
        Assessment a = base().build();

        assertThat(Recommender.rank(mini, a, Scoring.score(mini, a), Fixtures.company(20, "turning")))
                .extracting(r -> r.technology().id()).containsExactly("cheap");
        assertThat(Recommender.rank(mini, a, Scoring.score(mini, a), Fixtures.company(20, "milling")))
                .extracting(r -> r.technology().id()).containsExactly("cheap", "dear");
        assertThat(Recommender.rank(mini, a, Scoring.score(mini, a), Fixtures.company(20)))
                .extracting(r -> r.technology().id()).containsExactly("cheap", "dear");
    }
}
