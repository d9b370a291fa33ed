package nl.maakscan.report;

import nl.maakscan.advice.DimensionScore;
import nl.maakscan.advice.Scores;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SummaryTest {

    private static DimensionScore dim(String id, Double level) {
        return new DimensionScore(id, level, level == null ? null : level * 20, 1.0, 3, false, 4, 0, 0, 0);
    }

    private static Scores scores(double overall, DimensionScore... dims) {
        return new Scores(List.of(dims), overall, overall * 20, 1.0, 12, 12, 0, 0, 0);
    }

    @Test
    void onlyTopicsFromLevelThreeAreStrengthsBestFirst() {
        Scores s = scores(2.6, dim("a", 2.9), dim("b", 3.0), dim("c", 4.2), dim("d", null));
        assertThat(Summary.strengths(s)).extracting(DimensionScore::dimensionId).containsExactly("c", "b");
    }

    @Test
    void withoutStrengthsTheTopicsClearlyAboveTheOverallLevelAreRelativelyStrongest() {
        Scores s = scores(1.1, dim("a", 1.0), dim("b", 1.6), dim("c", 1.2), dim("d", 1.4), dim("e", 1.5));
        assertThat(Summary.strengths(s)).isEmpty();
        assertThat(Summary.relativelyStrongest(s)).extracting(DimensionScore::dimensionId)
                .containsExactly("b", "e", "d");
    }

    @Test
    void whenAllTopicsAreEqualNoneStandsOut() {
        Scores s = scores(1.0, dim("a", 1.0), dim("b", 1.0), dim("c", 1.0));
        assertThat(Summary.relativelyStrongest(s)).isEmpty();
    }
}
