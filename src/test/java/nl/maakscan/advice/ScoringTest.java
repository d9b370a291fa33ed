package nl.maakscan.advice;

import nl.maakscan.model.Assessment;
import nl.maakscan.model.Questionnaire;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ScoringTest {

    private final Questionnaire mini = Fixtures.mini();

    @Test
    void dimensionLevelIsTheWeightedMeanOfTheGivenLevels() {
        // alpha: a1 (weight 1) = 2, a2 (weight 3) = 4 -> (2 + 12) / 4 = 3.5
        Assessment a = new Fixtures.Answers().level("a1", 2).level("a2", 4).na("b1").build();

        Scores s = Scoring.score(mini, a);

        DimensionScore alpha = s.dimension("alpha").orElseThrow();
        assertThat(alpha.level()).isCloseTo(3.5, within(1e-9));
        assertThat(alpha.score()).isCloseTo(70, within(1e-9));
        assertThat(alpha.target()).isEqualTo(4);
    }

    @Test
    void scoreIgnoresNotApplicableAnswers() {
        Assessment a = new Fixtures.Answers().level("a1", 2).level("a2", 4).na("b1").build();

        Scores s = Scoring.score(mini, a);

        assertThat(s.dimension("beta").orElseThrow().level()).isNull();
        assertThat(s.dimension("beta").orElseThrow().confidence()).isNull();
        // only alpha has a level, so the overall level is alpha's
        assertThat(s.overallLevel()).isCloseTo(3.5, within(1e-9));
        // 2 known of 3 - 1 not applicable
        assertThat(s.confidence()).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void overallLevelIsTheWeightedMeanOfDimensions() {
        // alpha (weight 2): a1 = 1, a2 = don't know -> 1; beta (weight 1): b1 = 3 -> (2*1 + 1*3) / 3
        Assessment a = new Fixtures.Answers().level("a1", 1).dontKnow("a2").level("b1", 3).build();

        Scores s = Scoring.score(mini, a);

        assertThat(s.dimension("alpha").orElseThrow().level()).isCloseTo(1.0, within(1e-9));
        assertThat(s.overallLevel()).isCloseTo(5.0 / 3, within(1e-9));
        assertThat(s.overallScore()).isCloseTo(100.0 / 3, within(1e-9));
    }

    @Test
    void dontKnowLowersConfidenceButNotTheScore() {
        Assessment withDontKnow = new Fixtures.Answers().level("a1", 1).dontKnow("a2").level("b1", 3).build();
        Assessment without = new Fixtures.Answers().level("a1", 1).level("b1", 3).build();

        Scores s = Scoring.score(mini, withDontKnow);

        assertThat(s.confidence()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(s.dimension("alpha").orElseThrow().confidence()).isCloseTo(0.5, within(1e-9));
        assertThat(s.overallLevel()).isEqualTo(Scoring.score(mini, without).overallLevel());
        assertThat(s.dontKnow()).isEqualTo(1);
    }

    @Test
    void anEmptyAssessmentHasNoLevelAndTargetOne() {
        Scores s = Scoring.score(mini, Assessment.empty("x"));

        assertThat(s.overallLevel()).isNull();
        assertThat(s.confidence()).isCloseTo(0.0, within(1e-9));
        assertThat(s.unanswered()).isEqualTo(3);
        assertThat(s.dimensions()).allSatisfy(d -> assertThat(d.target()).isEqualTo(1));
    }

    @Test
    void anExplicitTargetOverridesTheDefault() {
        Assessment a = new Fixtures.Answers().level("a1", 1).level("a2", 1).target("alpha", 4).build();

        DimensionScore alpha = Scoring.score(mini, a).dimension("alpha").orElseThrow();

        assertThat(alpha.target()).isEqualTo(4);
        assertThat(alpha.targetSetByUser()).isTrue();
        assertThat(alpha.gap()).isCloseTo(3, within(1e-9));
    }

    @ParameterizedTest(name = "level {0} in a company at {1} gives default target {2}")
    @CsvSource({"0.0, 0.0, 1", "1.0, 1.0, 2", "2.4, 2.0, 3", "2.99, 1.0, 3", "4.5, 4.5, 5", "5.0, 5.0, 5",
            "2.6, 3.91, 4", "1.2, 3.4, 3", "0.5, 4.6, 5"})
    void defaultTargetIsOneLevelUpAndAtLeastTheCompanyAverage(double level, double overall, int target) {
        assertThat(Scoring.defaultTarget(level, overall)).isEqualTo(target);
    }

    @Test
    void aLaggingDimensionIsPulledUpToTheCompanyAverage() {
        // alpha 5 (weight 2), beta 1 -> overall (10 + 1) / 3 = 3.67 -> beta's target is 4, not 2
        Assessment a = new Fixtures.Answers().level("a1", 5).level("a2", 5).level("b1", 1).build();

        assertThat(Scoring.score(mini, a).dimension("beta").orElseThrow().target()).isEqualTo(4);
    }
}
