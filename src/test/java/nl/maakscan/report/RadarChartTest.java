package nl.maakscan.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RadarChartTest {

    @Test
    void valuesAreReadFromTheAttributeAndUnknownCountsAsZero() {
        assertThat(RadarChart.values("1.50 - 3")).containsExactly(1.5, 0.0, 3.0);
        assertThat(RadarChart.values("")).isEmpty();
        assertThat(RadarChart.values(null)).isEmpty();
    }
}
