package nl.maakscan.programme;

import nl.maakscan.model.Company;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SampleDataTest {

    @ParameterizedTest
    @CsvSource({"VOORBEELD Draaierij De Vonk (sample), true", "VOORBEELD Bedrijf 0001 (sample), true",
            "voorbeeld plaatwerk, true", "Test BV (Sample), true", "Voorbeeldig Metaal BV, false",
            "Draaierij Oost BV, false"})
    void samplesAreKnownByTheirName(String name, boolean sample) {
        assertThat(SampleData.isSample(new Company("x", name, null, null, null, List.of(), null, null)))
                .isEqualTo(sample);
    }
}
