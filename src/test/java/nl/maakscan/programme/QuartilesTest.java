package nl.maakscan.programme;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class QuartilesTest {

    @Test
    void fiveValuesGiveTheSecondThirdAndFourthInOrder() {
        assertThat(Quartiles.of(List.of(5.0, 1.0, 4.0, 2.0, 3.0))).isEqualTo(new Quartiles(5, 2.0, 3.0, 4.0));
    }

    @Test
    void betweenTwoValuesTheQuartileIsInterpolated() {
        // positions 1.25, 2.5 and 3.75 in 0, 1, 2, 3, 4, 10
        assertThat(Quartiles.of(List.of(0.0, 1.0, 2.0, 3.0, 4.0, 10.0))).isEqualTo(new Quartiles(6, 1.25, 2.5, 3.75));
    }
}
