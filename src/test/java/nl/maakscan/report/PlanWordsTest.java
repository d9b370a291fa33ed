package nl.maakscan.report;

import nl.maakscan.advice.PlanTotals;
import nl.maakscan.model.Questionnaire;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Net cost is written at the precision of the estimates it rests on, in both languages. */
class PlanWordsTest {

    private static PlanWords words(String language) throws Exception {
        Questionnaire q = Samples.questionnaire(Samples.filled("02-sheet-metal-fabricator.json"));
        return new PlanWords(q, new Texts(language));
    }

    @ParameterizedTest
    @CsvSource({"2275, 2300", "6775, 6800", "9949, 9900", "9951, 10000", "26500, 27000", "66105, 66000",
            "389605, 390000", "-1250, -1300", "-30, 0", "0, 0"})
    void anEstimatedAmountIsRoundedToAHundredAndFromTenThousandToAThousand(double euros, double rounded) {
        assertThat(PlanWords.rounded(euros)).isEqualTo(rounded);
    }

    @Test
    void netCostWithAnInvestmentIsRoundedAndPlainAdviserCostIsNot() throws Exception {
        PlanTotals withInvestment = new PlanTotals(3, 11, 11000, 75500, 399000, 20395, 40, 66105, 389605);
        PlanTotals adviceOnly = new PlanTotals(2, 1.5, 1875, 0, 0, 0, 10, 1875, 1875);

        assertThat(words("nl").net(withInvestment)).isEqualTo("\u20ac\u00a066.000 \u2013 390.000");
        assertThat(words("en").net(withInvestment)).isEqualTo("\u20ac66,000 \u2013 390,000");
        assertThat(words("nl").net(adviceOnly)).isEqualTo("\u20ac\u00a01.875");
        assertThat(words("en").totals("Plan total", withInvestment)).endsWith("Net cost \u20ac66,000 \u2013 390,000");
    }
}
