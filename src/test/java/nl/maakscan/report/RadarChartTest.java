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

    /**
     * The summary's chart at its size in the report (176 x 62 mm at 96 dpi) with the topic names of the built-in
     * questionnaires and three-line labels: no two labels touch and every label lies inside the chart (the
     * steep axes at the bottom, "Werkvloerdata en machinemonitoring" and "Automatisering en robotisering",
     * used to overlap).
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"nl", "en"})
    void noTwoAxisLabelsOverlapAndAllStayInsideTheChart(String language) throws Exception {
        java.awt.Font font = java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, Fonts.open(Fonts.REGULAR))
                .deriveFont(8f);
        java.awt.FontMetrics fm = new java.awt.image.BufferedImage(1, 1, java.awt.image.BufferedImage.TYPE_INT_RGB)
                .createGraphics().getFontMetrics(font);
        double w = 176 / 25.4 * 96;
        double h = 62 / 25.4 * 96;
        for (String version : java.util.List.of("1.0.0", "2.0.0")) {
            var dims = Samples.library().find("productie-innovatiescan", version).orElseThrow().maturityDimensions();
            String[] labels = dims.stream().map(d -> d.name().get(language)).toArray(String[]::new);
            String[] figures = dims.stream().map(d -> "nl".equals(language) ? "2,0 (doel 3)" : "2.0 (target 3)")
                    .toArray(String[]::new);
            RadarChart.Layout layout = RadarChart.layout(fm, labels, figures, w, h);
            var boxes = layout.labels().stream().map(RadarChart.Label::box).toList();
            for (int i = 0; i < boxes.size(); i++) {
                assertThat(boxes.get(i).getMinY()).as(labels[i]).isGreaterThanOrEqualTo(0);
                assertThat(boxes.get(i).getMaxY()).as(labels[i]).isLessThanOrEqualTo(h);
                for (int j = i + 1; j < boxes.size(); j++) {
                    assertThat(boxes.get(i).intersects(boxes.get(j))).as(version + ": " + labels[i] + " / " + labels[j])
                            .isFalse();
                }
            }
            assertThat(layout.radius()).as("the chart keeps most of its size").isGreaterThan(60);
        }
    }
}
