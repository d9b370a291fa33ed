package nl.maakscan.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.maakscan.content.LoadResult;
import nl.maakscan.content.QuestionnaireLibrary;
import nl.maakscan.model.Company;
import nl.maakscan.model.LevelAnswer;
import nl.maakscan.model.Question;
import nl.maakscan.model.Questionnaire;
import nl.maakscan.store.AssessmentInfo;
import nl.maakscan.store.Store;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code maakscan programme} on a small database made through the store: two companies (one with a
 * follow-up) and a sample company. Every answer of an assessment gets the same level, so every topic's level is
 * that level.
 */
class ProgrammeCommandTest {

    @TempDir
    static Path dir;

    private static Path db;
    private static String firstTopic;

    @BeforeAll
    static void fill() {
        db = dir.resolve("programme.db");
        LoadResult builtIn = QuestionnaireLibrary.loadBuiltIn(Locale.ENGLISH).get(0);
        Questionnaire q = builtIn.valid().orElseThrow();
        firstTopic = q.maturityDimensions().get(0).id();
        String sector = q.profile().sectors().get(0).id();
        try (Store store = Store.open(db, Store.Options.defaults().withBackupsKept(0))) {
            Company a = store.createCompany(new Company(null, "Draaierij Oost BV", null, sector, 12, List.of(), null,
                    null));
            Company b = store.createCompany(new Company(null, "Plaatwerk West BV", null, sector, 30, List.of(), null,
                    null));
            Company s = store.createCompany(new Company(null, "VOORBEELD Draaierij (sample)", null, sector, 12,
                    List.of(), null, null));
            scan(store, builtIn, q, a, "T0", "Anna de Vries", "2026-01-15", 1, true);
            scan(store, builtIn, q, a, "T1", "Anna de Vries", "2026-05-20", 3, false);
            scan(store, builtIn, q, b, "T0", "=Bert, planner", "2026-02-10", 2, true);
            scan(store, builtIn, q, s, "T0", "Voorbeeldgegevens (sample data)", "2026-02-11", 5, true);
        }
    }

    private static void scan(Store store, LoadResult builtIn, Questionnaire q, Company c, String label, String coach,
            String date, int level, boolean finish) {
        AssessmentInfo info = store.createAssessment(c.id(), builtIn, label, coach);
        store.saveDetails(info.id(), label, coach, date);
        for (Question question : q.questions()) {
            if (!q.isBottleneckQuestion(question.id())) {
                store.saveAnswer(info.id(), question.id(), LevelAnswer.level(level));
            }
        }
        if (finish) {
            store.finish(info.id());
        }
    }

    private static CliTest.Run programme(String... args) {
        List<String> all = new ArrayList<>(List.of("--db", db.toString(), "programme", "--lang", "en",
                "--day-rate", "1000", "--budget", "15000"));
        all.addAll(Arrays.asList(args));
        return CliTest.run(all.toArray(String[]::new));
    }

    @Test
    void jsonCarriesTheFiguresAndLeavesTheSampleOut() throws Exception {
        CliTest.Run r = programme("--json");

        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode n = new ObjectMapper().readTree(r.out());
        assertThat(n.path("format").asText()).isEqualTo("maakscan-programme/1");
        assertThat(n.path("totals").path("companies").asInt()).isEqualTo(2);
        assertThat(n.path("totals").path("assessments").asInt()).isEqualTo(3);
        assertThat(n.path("totals").path("finished").asInt()).isEqualTo(2);
        assertThat(n.path("totals").path("followUps").asInt()).isEqualTo(1);
        assertThat(n.path("totals").path("sampleCompaniesLeftOut").asInt()).isEqualTo(1);
        assertThat(n.path("periods").findValuesAsText("period")).containsExactly("2026-Q1", "2026-Q2");
        assertThat(n.path("coaches").get(0).path("coach").asText()).isEqualTo("Anna de Vries");
        assertThat(n.path("coaches").get(0).path("assessments").asInt()).isEqualTo(2);
        JsonNode all = n.path("levels").get(n.path("levels").size() - 1);
        assertThat(all.path("sector").isNull()).isTrue();
        assertThat(all.path("sizeBand").isNull()).isTrue();
        assertThat(all.path("average").path(firstTopic).asDouble()).isEqualTo((3 + 2) / 2.0);  // T1 of Oost, T0 of West
        assertThat(n.path("progress").path("companies").asInt()).isEqualTo(1);
        assertThat(n.path("progress").path("averageChange").path(firstTopic).asDouble()).isEqualTo(2.0);
        assertThat(n.path("budget").path("budget").asDouble()).isEqualTo(30000.0);
        assertThat(n.path("technologies").size()).isPositive();
    }

    @Test
    void csvHasOneFigureARowWithTheSameNumberOfCellsAndGuardsFormulas() {
        CliTest.Run r = programme("--csv");

        assertThat(r.exit()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("section,period,coach,sector,size_band,topic,technology,measure,value");
        for (String line : lines) {
            assertThat(cells(line)).as(line).hasSize(9);
        }
        assertThat(lines).contains("totals,,,,,,,companies,2", "totals,,,,,,,assessments,3",
                "period,2026-Q1,,,,,,assessments,2", "progress,,,,," + firstTopic + ",,average_change,2");
        assertThat(lines).contains("coach,,\"'=Bert, planner\",,,,,assessments,1");
    }

    /** The cells of a CSV line (quotes as RFC 4180). */
    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    @Test
    void textNamesSectorsTopicsAndTheBudget() {
        CliTest.Run r = programme();

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("Programme: 2 companies, 3 assessments (2 finished, 1 follow-up)",
                "Left out: 1 sample company", "Per coach", "Anna de Vries: 1 company, 2 assessments",
                "of a budget of EUR 30,000", "Progress from the first assessment");
    }

    @Test
    void aDateRangeAndSectorNarrowTheSelection() throws Exception {
        CliTest.Run r = programme("--json", "--from", "2026-02-01", "--to", "2026-03-31");

        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode n = new ObjectMapper().readTree(r.out());
        assertThat(n.path("totals").path("assessments").asInt()).isEqualTo(1);
        assertThat(n.path("selection").path("from").asText()).isEqualTo("2026-02-01");
    }

    @Test
    void aRangeOpenOnOneSideSaysSoInWords() {
        CliTest.Run from = programme("--from", "2026-02-01");
        CliTest.Run to = programme("--to", "2026-03-31");
        CliTest.Run both = programme("--from", "2026-02-01", "--to", "2026-03-31");

        assertThat(from.exit()).as(from.err()).isZero();
        assertThat(from.out()).contains("Assessments from 2026-02-01 on").doesNotContain(" -\n", "including -");
        assertThat(to.out()).contains("Assessments up to and including 2026-03-31").doesNotContain("from -");
        assertThat(both.out()).contains("Assessments from 2026-02-01 up to and including 2026-03-31");
    }

    @Test
    void aWrongDateIsRefusedWithTheOptionAndTheFormat() {
        CliTest.Run r = programme("--from", "2026-13-01");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--from", "\"2026-13-01\" is not a date", "yyyy-mm-dd");
    }

    @Test
    void fromAfterToIsRefused() {
        CliTest.Run r = programme("--from", "2026-06-01", "--to", "2026-01-01");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("lies after");
    }

    @Test
    void anUnknownSectorIsRefusedWithTheKnownOnes() {
        CliTest.Run r = programme("--sector", "bakery");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("no sector \"bakery\"", "metal-jobbing");
    }

    @Test
    void theHelpDescribesTheBudgetOptionNotTheBudgetLine() {
        CliTest.Run r = CliTest.run("programme", "--help");

        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Programme budget for adviser cost per company").doesNotContain("{0,number");
    }

    @Test
    void aNegativeAmountIsRefused() {
        CliTest.Run r = CliTest.run("--db", db.toString(), "programme", "--lang", "en", "--budget", "-5");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--budget", "not an amount");
    }

    @Test
    void amountsFollowTheRulesOfReportAndAdviseWholeEurosOnly() {
        CliTest.Run decimal = CliTest.run("--db", db.toString(), "programme", "--lang", "en", "--day-rate", "1000.5");
        CliTest.Run tooLarge = CliTest.run("--db", db.toString(), "programme", "--lang", "en", "--budget",
                "1000000000");
        CliTest.Run report = CliTest.run("--db", db.toString(), "advise", "--lang", "en", "--day-rate", "1000.5",
                "no-such-assessment");

        assertThat(decimal.exit()).isEqualTo(2);
        assertThat(decimal.err()).contains("--day-rate \"1000.5\" is not an amount", "whole number of euros",
                "999999999");
        assertThat(decimal.err().strip()).isEqualTo(report.err().strip());
        assertThat(tooLarge.exit()).isEqualTo(2);
        assertThat(tooLarge.err()).contains("--budget \"1000000000\" is not an amount");
    }

    @Test
    void wholeEurosPriceThePlansAsGiven() throws Exception {
        CliTest.Run r = CliTest.run("--db", db.toString(), "programme", "--lang", "en", "--json", "--budget", "20000");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(new ObjectMapper().readTree(r.out()).path("budget").path("budget").asDouble()).isEqualTo(40000.0);
    }

    @Test
    void jsonAndCsvTogetherAreAWrongCommandLine() {
        assertThat(programme("--json", "--csv").exit()).isEqualTo(2);
    }

    @Test
    void thePdfIsOnePageAndAnExistingFileIsKeptWithoutForce() throws Exception {
        Path pdf = dir.resolve("programme.pdf");

        CliTest.Run r = programme("--pdf", pdf.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Programme overview", "Anna de Vries", "Per quarter", "2026-Q1");
        }
        byte[] before = Files.readAllBytes(pdf);
        CliTest.Run again = programme("--pdf", pdf.toString());
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.err()).contains("already exists");
        assertThat(Files.readAllBytes(pdf)).isEqualTo(before);
    }
}
