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

    @Test
    void labelsAreSplitAndMissingOnesAreEmpty() {
        assertThat(RadarChart.labels("Onderhoud|Energie en duurzaamheid", 3))
                .containsExactly("Onderhoud", "Energie en duurzaamheid", "");
        assertThat(RadarChart.labels(null, 2)).containsExactly("", "");
    }

    @Test
    void aLongLabelWrapsAndIsCutAfterTwoLines() {
        java.awt.FontMetrics fm = new java.awt.image.BufferedImage(1, 1, java.awt.image.BufferedImage.TYPE_INT_RGB)
                .createGraphics().getFontMetrics(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 8));
        assertThat(RadarChart.wrap("Onderhoud", fm)).containsExactly("Onderhoud");
        java.util.List<String> lines = RadarChart.wrap("woord ".repeat(60), fm);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).endsWith("\u2026");
        assertThat(lines).allSatisfy(l -> assertThat(fm.stringWidth(l.replace("\u2026", ""))).isLessThanOrEqualTo(125));
    }
}
