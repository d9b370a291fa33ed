package nl.maakscan.report;

import nl.maakscan.advice.Plan;
import nl.maakscan.advice.PlanTotals;
import nl.maakscan.model.Conclusions;
import nl.maakscan.model.Dimension;
import nl.maakscan.model.FinancingInstrument;
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
    private static PdfText dutchPdf;
    private static PdfText englishPdf;
    private static Dimension topic;
    private static final String TOPIC_CONCLUSION = "Eerst een gereedschapslijst voor beide programmeurs.";

    @BeforeAll
    static void writeBothReports() throws Exception {
        String name = "02-sheet-metal-fabricator.json";
        byte[] bytes = new String(Samples.bytes(name), StandardCharsets.UTF_8)
                .replace("\"version\": \"1.0.0\"", "\"version\": \"2.0.0\"").getBytes(StandardCharsets.UTF_8);
        AnswersFile.Filled f = AnswersFile.read(name, bytes, "en", Samples.library()::find);
        assertThat(f.questionnaireVersion()).isEqualTo("2.0.0");
        // with an overall conclusion of two lines, as an adviser writes it: the summary then runs over its page
        topic = Samples.questionnaire(f).maturityDimensions().get(2);
        Conclusions conclusions = new Conclusions("Een gezond bedrijf met vakmanschap op de vloer; de planning en "
                + "het lassen kosten de meeste uren. Begin met het ontbramen en de lascobot, en maak daarna een "
                + "investeringsplan.", java.util.Map.of(topic.id(), TOPIC_CONCLUSION), Conclusions.Method.INTERVIEW,
                "eigenaar, werkvoorbereider");
        dutch = withConclusions(Samples.input(Samples.questionnaire(f), f.assessment(), f.company(), null, "nl",
                null), conclusions);
        english = withConclusions(Samples.input(Samples.questionnaire(f), f.assessment(), f.company(), null, "en",
                null), conclusions);
        dutchPdf = read(dutch, "nl.pdf");
        englishPdf = read(english, "en.pdf");
        dutchText = flat(dutchPdf);
        englishText = flat(englishPdf);
    }

    private static ReportInput withConclusions(ReportInput in, Conclusions conclusions) {
        return new ReportInput(in.questionnaire(), in.assessment(), in.company(), in.advice(), in.previous(),
                in.assessor(), in.language(), in.bundle(), in.date(), in.status(), conclusions, in.tracking());
    }

    private static PdfText read(ReportInput in, String file) throws Exception {
        Path pdf = dir.resolve(file);
        ReportGenerator.write(in, pdf, Progress.NONE);
        return PdfText.read(pdf);
    }

    private static String flat(PdfText pdf) {
        return String.join(" ", pdf.pages()).replace('\u00a0', ' ').replaceAll("\\s+", " ");
    }

    /**
     * When the summary runs over its page (the last rows of the five improvements), the chapter "About this
     * assessment" follows on the same page instead of leaving a page with one table row.
     */
    @Test
    void theEndOfTheSummaryNeverHasAPageToItself() {
        for (PdfText pdf : List.of(dutchPdf, englishPdf)) {
            boolean nl = pdf == dutchPdf;
            int summary = pdf.pageOf(nl ? "Samenvatting voor de directie" : "Management summary", 3);
            int context = pdf.pageOf(nl ? "Over deze scan" : "About this assessment", summary);
            assertThat(summary).isPositive();
            assertThat(context).isGreaterThanOrEqualTo(summary);
            for (int p = summary; p < context; p++) {
                assertThat(pdf.fill().get(p - 1)).as("page %d of the %s summary", p, nl ? "Dutch" : "English")
                        .isGreaterThan(0.4);
            }
        }
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

    /** Months are counted from 1: the phases read "months 1-3, 4-6, 7-12, 13-24", never a month 0 or a shared month. */
    @Test
    void thePhasesAreNamedByTheMonthsTheyHold() {
        // a line may break after a hyphen: "13-" at the end of a line, "24" on the next
        assertThat(dutchText.replace("- ", "-")).contains("Maand 1-3", "Subtotaal Maand 1-3",
                "fasen maand 1-3, 4-6, 7-12 en 13-24").doesNotContain("Maand 0-3", "Maand 3-6", "0-3, 3-6");
        assertThat(englishText.replace("- ", "-")).contains("Months 1-3", "phases months 1-3, 4-6, 7-12 and 13-24")
                .doesNotContain("Months 0-3", "Months 3-6");
        for (Plan.Step s : dutch.advice().plan().steps()) {
            String[] months = new Texts("nl").t("phase." + s.phase().name()).replace("Maand ", "").split("-");
            assertThat(s.startMonth()).isBetween(Integer.parseInt(months[0]), Integer.parseInt(months[1]));
        }
    }

    /**
     * Every bar of the timeline carries its adviser days, also a bar of one month, and the sentence that says so
     * stands on its own line after the colours.
     */
    @Test
    void everyTimelineBarShowsItsDaysAndTheLegendSaysSoOnItsOwnLine() {
        for (PdfText pdf : List.of(dutchPdf, englishPdf)) {
            boolean nl = pdf == dutchPdf;
            int page = pdf.pageOf(nl ? "Kleur van de balk" : "Colour of the bar", 3);
            String text = pdf.pages().get(page - 1);
            String timeline = text.substring(0, text.indexOf(nl ? "Kleur van de balk" : "Colour of the bar"));
            Texts t = new Texts(nl ? "nl" : "en");
            java.util.Map<String, Long> expected = new java.util.TreeMap<>();
            for (Plan.Step s : dutch.advice().plan().steps()) {
                expected.merge(t.num(s.adviserDays(), 1), 1L, Long::sum);
            }
            expected.forEach((days, count) -> assertThat(Pattern.compile("(?<![0-9.,])" + Pattern.quote(days)
                    + "(?![0-9])").matcher(timeline).results().count()).as("%s bars of %s days", count, days)
                    .isGreaterThanOrEqualTo(count));
            assertThat(text.lines().map(String::strip)).contains(t.t("plan.legendDays"));
        }
    }

    /** English amounts are written one way, €4,800, also for the financing estimates (not "about € 4,800"). */
    @Test
    void englishAmountsHaveNoSpaceAfterTheEuroSign() {
        // (the financing file's own texts are quoted as they are written)
        assertThat(englishText).containsPattern("\\(about €\\d").doesNotContainPattern("\\(about € \\d");
    }

    /**
     * A topic's conclusion is the adviser's finding: it stands under the topic's heading and figures, on the same
     * page, before the questions and before "what it takes to reach" the target.
     */
    @Test
    void aTopicsConclusionStandsUnderItsHeadingAndFiguresOnTheSamePage() {
        for (PdfText pdf : List.of(dutchPdf, englishPdf)) {
            boolean nl = pdf == dutchPdf;
            String all = pdf.all();
            String name = topic.name().get(nl ? "nl" : "en");
            int conclusion = all.indexOf(TOPIC_CONCLUSION);
            assertThat(conclusion).isPositive();
            int heading = all.lastIndexOf(name, conclusion);
            String between = all.substring(heading, conclusion);
            assertThat(between).contains(nl ? "Verschil met doel" : "Gap to target",
                    nl ? "Conclusie van de adviseur over dit onderwerp" : "The adviser's conclusion on this topic")
                    .doesNotContain(nl ? "Antwoord:" : "Answer:")
                    .doesNotContain(nl ? "Wat nodig is om niveau" : "What it takes to reach level");
            int page = pdf.pageOf(TOPIC_CONCLUSION);
            assertThat(PdfText.flat(pdf.page(page))).as("heading on the conclusion's page").contains(name);
        }
    }

    /**
     * The financing appendix of the 2026 list gives, under each instrument, one line with its source and the day it
     * was consulted, says once that conditions change yearly, and carries no loose "check" caveats.
     */
    @Test
    void theFinancingAppendixNamesEachSourceWithTheDayItWasConsulted() {
        List<FinancingInstrument> instruments = dutch.questionnaire().financing().instruments();
        for (ReportInput in : List.of(dutch, english)) {
            boolean nl = in == dutch;
            String xhtml = ReportGenerator.xhtml(in);
            Matcher line = Pattern.compile("<span class=\"small source\">([^<]*)<a href=\"(https://[^\"]+)\"[^>]*>"
                    + "[^<]*</a>([^<]*)</span>").matcher(xhtml);
            List<String> lines = new java.util.ArrayList<>();
            while (line.find()) {
                lines.add(line.group(1) + line.group(2) + line.group(3));
            }
            assertThat(lines).hasSize(instruments.size()).allSatisfy(l -> assertThat(l)
                    .startsWith(nl ? "Bron: " : "Source: ")
                    .endsWith(nl ? ", geraadpleegd 2 december 2026." : ", consulted 2 December 2026."));
            assertThat(lines).anySatisfy(l -> assertThat(l).contains("Ignite Group", "https://ignite-group.com/"));
            PdfText pdf = nl ? dutchPdf : englishPdf;
            int start = pdf.pageOf(nl ? "Bijlage: financiering" : "Appendix: financing", 5);
            int end = pdf.pageOf(nl ? "Bijlage: werkwijze" : "Appendix: method", start);
            String appendix = PdfText.flat(String.join(" ", pdf.pages().subList(start - 1, end - 1)));
            assertThat(appendix).contains(nl ? "Regelingen, bedragen en voorwaarden veranderen elk jaar"
                    : "Schemes, amounts and conditions change every year")
                    .contains(nl ? "(bedrag 2024)" : "(2024 figure)")
                    .doesNotContain("2025-bedrag", "controleer)", "2025 figure; check");
        }
    }
}
