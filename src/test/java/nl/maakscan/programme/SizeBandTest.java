package nl.maakscan.programme;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SizeBandTest {

    @ParameterizedTest
    @CsvSource({"1, 1-9", "5, 1-9", "9, 1-9", "10, 10-19", "19, 10-19", "20, 20-49", "49, 20-49", "50, 50+",
            "400, 50+"})
    void peopleFallInTheirBand(int employees, String band) {
        assertThat(SizeBand.of(employees).orElseThrow().id()).isEqualTo(band);
    }

    @ParameterizedTest
    @CsvSource(value = {"null", "0", "-3"}, nullValues = "null")
    void anUnknownOrImpossibleNumberHasNoBand(Integer employees) {
        assertThat(SizeBand.of(employees)).isEmpty();
    }
}
