package nl.maakscan.report;

import nl.maakscan.advice.Plan;
import nl.maakscan.advice.PlanTotals;
import nl.maakscan.store.AnswersFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plan pages of sample 02 answered on questionnaire 2.0.0 (with costs and financing rules), read
 * back from the PDF in both languages: the budget totals, the programme budget and three distinct first
 * steps in the summary.
 */
class PlanReportTest {

    @TempDir
    static Path dir;

    private static ReportInput dutch;
    private static ReportInput english;
    private static String dutchText;
    private static String englishText;

    @BeforeAll
    static void writeBothReports() throws Exception {
        String name = "02-sheet-metal-fabricator.json";
        byte[] bytes = new String(Samples.bytes(name), StandardCharsets.UTF_8)
                .replace("\"version\": \"1.0.0\"", "\"version\": \"2.0.0\"").getBytes(StandardCharsets.UTF_8);
        AnswersFile.Filled f = AnswersFile.read(name, bytes, "en", Samples.library()::find);
        assertThat(f.questionnaireVersion()).isEqualTo("2.0.0");
        dutch = Samples.input(Samples.questionnaire(f), f.assessment(), f.company(), null, "nl", null);
        english = Samples.input(Samples.questionnaire(f), f.assessment(), f.company(), null, "en", null);
        dutchText = read(dutch, "nl.pdf");
        englishText = read(english, "en.pdf");
    }

    private static String read(ReportInput in, String file) throws Exception {
        Path pdf = dir.resolve(file);
        ReportGenerator.write(in, pdf, Progress.NONE);
        return String.join(" ", PdfText.read(pdf).pages()).replace('\u00a0', ' ').replaceAll("\\s+", " ");
    }

    @Test
    void theBudgetTableEndsWithThePlanTotalsInBothLanguages() {
        Plan plan = dutch.advice().plan();
        PlanTotals t = plan.totals();
        assertThat(t.investmentMax()).isPositive();
        assertThat(dutchText).contains("Begroting per fase", "Totaal plan " + new Texts("nl").num(t.adviserDays(), 1)
                + " € " + String.format(java.util.Locale.GERMANY, "%,d", Math.round(t.adviserCost())));
        assertThat(dutchText).contains("Investeringen: € " + String.format(java.util.Locale.GERMANY, "%,d",
                Math.round(t.investmentMin())), "Verwachte financiering: € " + String.format(java.util.Locale.GERMANY,
                "%,d", Math.round(t.financing())), "ongeveer " + String.format(java.util.Locale.GERMANY, "%,d",
                t.internalHours()) + " uur over het hele plan");
        assertThat(englishText).contains("Budget per phase", "Plan total " + new Texts("en").num(t.adviserDays(), 1)
                + " €" + String.format(java.util.Locale.ENGLISH, "%,d", Math.round(t.adviserCost())));
        for (var p : plan.phases()) {
            assertThat(dutchText).contains("Subtotaal " + new Texts("nl").t("phase." + p.name()));
        }
    }

    @Test
    void thePlanSaysWhereItStandsAgainstTheProgrammeBudget() {
        Plan plan = dutch.advice().plan();
        String expected = plan.overBudget() ? "gaan € " + String.format(java.util.Locale.GERMANY, "%,d",
                Math.round(plan.totals().adviserCost() - 15000)) + " boven het programmabudget"
                : "Programmabudget voor advies per bedrijf: € 15.000";
        assertThat(dutchText).contains(expected);
    }

    @Test
    void theSummaryGivesThreeDistinctFirstStepsInPlainWords() {
        List<Plan.Step> first = Summary.firstSteps(dutch.advice().plan());
        assertThat(first).hasSize(3).extracting(Plan.Step::technologyId).doesNotHaveDuplicates();
        String summary = dutchText.substring(dutchText.indexOf("Eerste drie stappen"),
                dutchText.indexOf("De vijf kansrijkste verbeteringen"));
        Matcher done = Pattern.compile("Klaar: eind maand \\d+").matcher(summary);
        int count = 0;
        while (done.find()) {
            count++;
        }
        assertThat(count).isEqualTo(3);
        assertThat(summary).doesNotContain("inzicht (", "haalbaarheidsonderzoek (");
        for (Plan.Step s : first) {
            String what = s.what().get("nl");
            assertThat(summary).contains(what.substring(0, what.indexOf(' ', 12)));
        }
    }

    @Test
    void theStepsInWordsLeaveOutEmptyFixFirstRowsAndGiveMilestones() {
        assertThat(dutchText).doesNotContain("Eerst regelen: -").contains("Mijlpaal (eind maand",
                "Meetbaar resultaat:");
        assertThat(englishText).contains("Milestone (end of month", "Measurable result:");
    }
}
