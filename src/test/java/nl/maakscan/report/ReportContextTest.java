package nl.maakscan.report;

import nl.maakscan.model.Financing;
import nl.maakscan.model.Questionnaire;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class ReportContextTest {

    private static ReportContext withFinancingFrom(String validFrom, LocalDate reportDate) throws Exception {
        ReportInput s = Samples.input("06-small-workshop.json", "nl");
        Questionnaire q = s.questionnaire();
        Financing f = q.financing();
        Questionnaire dated = new Questionnaire(q.id(), q.version(), q.languages(), q.title(), q.description(),
                q.sources(), q.profile(), q.priorities(), q.blocks(), q.investmentBands(), q.paybackBands(),
                q.adoptionScale(), q.dimensions(), q.technologies(),
                new Financing(f.id(), validFrom, f.caveat(), f.instruments()), q.contentHash(), q.policy());
        return new ReportContext(new ReportInput(dated, s.assessment(), s.company(), s.advice(), null, s.assessor(),
                "nl", null, reportDate, s.status()));
    }

    @Test
    void aFinancingListOfAYearOrLessIsNotWarnedAbout() throws Exception {
        assertThat(withFinancingFrom("2025-12-02", LocalDate.of(2026, 12, 2)).financingAge()).isNull();
        assertThat(withFinancingFrom("2026-10-01", LocalDate.of(2026, 12, 2)).financingAge()).isNull();
    }

    @Test
    void anOlderListIsNamedWithItsDateAndAge() throws Exception {
        assertThat(withFinancingFrom("2025-12-01", LocalDate.of(2026, 12, 2)).financingAge())
                .startsWith("Let op: deze lijst met regelingen is van 1 december 2025, 12 maanden voor");
        assertThat(withFinancingFrom("2025-01-01", LocalDate.of(2026, 11, 28)).financingAge())
                .contains("1 januari 2025, 22 maanden");
    }

    @Test
    void aListWithoutAReadableDateIsWarnedAbout() throws Exception {
        assertThat(withFinancingFrom("begin 2025", LocalDate.of(2026, 12, 2)).financingAge())
                .contains("geen leesbare datum");
    }

    @Test
    void datesAreWrittenOutInTheReportsLanguage() {
        assertThat(new Texts("nl").date("2026-12-02")).isEqualTo("2 december 2026");
        assertThat(new Texts("en").date(LocalDate.of(2026, 12, 2))).isEqualTo("2 December 2026");
        assertThat(new Texts("nl").date("voorjaar 2026")).isEqualTo("voorjaar 2026");
        assertThat(new Texts("en").date((String) null)).isEqualTo("-");
    }
}
