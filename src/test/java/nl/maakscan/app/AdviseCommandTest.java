package nl.maakscan.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.maakscan.model.Conclusions;
import nl.maakscan.model.PlanStepStatus;
import nl.maakscan.store.AssessmentInfo;
import nl.maakscan.store.ConclusionsRepository;
import nl.maakscan.store.PlanTracking;
import nl.maakscan.store.Store;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static nl.maakscan.app.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code advise --assessment ID} gives the plan of a stored assessment as the report has it, with the adviser's
 * conclusions and the status of the previous plan's steps; {@code --day-rate} and {@code --budget} price the plan
 * in {@code advise} and {@code report} alike, and a bad amount is refused by name.
 */
class AdviseCommandTest {

    @TempDir
    static Path dir;

    private static Path db;
    private static String first;
    private static String followUp;
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void storeTwoAssessmentsOfOneCompanyWithConclusionsAndTracking() throws Exception {
        db = dir.resolve("advise.db");
        Path answers = dir.resolve("answers.json");
        try (InputStream in = AdviseCommandTest.class.getResourceAsStream("/samples/02-sheet-metal-fabricator.json")) {
            Files.write(answers, in.readAllBytes());
        }
        Path later = dir.resolve("later.json");
        Files.writeString(later, Files.readString(answers).replace("\"label\": \"T0\"", "\"label\": \"T1\"")
                .replace("\"date\": \"2026-11-01\"", "\"date\": \"2026-11-20\""));
        assertThat(run("--db", db.toString(), "import", answers.toString()).exit()).isZero();
        assertThat(run("--db", db.toString(), "import", later.toString()).exit()).isZero();
        try (Store store = Store.open(db, Store.Options.defaults().withBackupsKept(0))) {
            List<AssessmentInfo> all = store.listAssessments();
            assertThat(all).hasSize(2);
            first = all.stream().filter(a -> store.assessmentBefore(a.id()).isEmpty()).findFirst().orElseThrow().id();
            followUp = all.stream().filter(a -> !a.id().equals(first)).findFirst().orElseThrow().id();
            ConclusionsRepository conclusions = new ConclusionsRepository(store);
            conclusions.saveOverall(followUp, "Planning is the weak spot.");
            conclusions.saveDimension(followUp, "strategy", "Nothing written down yet.");
            conclusions.saveMethod(followUp, Conclusions.Method.INTERVIEW, "owner, planner");
        }
    }

    private static JsonNode adviseJson(String... more) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of("--db", db.toString(), "advise", "--json", "--lang",
                "en"));
        args.addAll(List.of(more));
        CliTest.Run r = run(args.toArray(String[]::new));
        assertThat(r.exit()).as(r.err()).isZero();
        return JSON.readTree(r.out());
    }

    @Test
    void aStoredAssessmentGivesTheConclusionsAndThePreviousPlansStepsWithTheirStatus() throws Exception {
        JsonNode previous = adviseJson("--assessment", first);
        JsonNode firstStep = previous.path("plan").path("steps").get(0);
        try (Store store = Store.open(db, Store.Options.defaults().withBackupsKept(0))) {
            new PlanTracking(store).save(followUp, new PlanStepStatus(firstStep.path("technology").asText(),
                    nl.maakscan.model.SupportType.fromId(firstStep.path("supportType").asText()).orElseThrow(),
                    PlanStepStatus.Status.IN_PROGRESS, "trial at two suppliers"));
        }

        JsonNode advice = adviseJson("--assessment", followUp);

        JsonNode c = advice.path("conclusions");
        assertThat(c.path("overall").asText()).isEqualTo("Planning is the weak spot.");
        assertThat(c.path("method").asText()).isEqualTo("interview");
        assertThat(c.path("participants").asText()).isEqualTo("owner, planner");
        assertThat(c.path("topics").path("strategy").asText()).isEqualTo("Nothing written down yet.");
        JsonNode steps = advice.path("previousPlan").path("steps");
        assertThat(steps.size()).isEqualTo(previous.path("plan").path("steps").size());
        assertThat(steps.get(0).path("technology").asText()).isEqualTo(firstStep.path("technology").asText());
        assertThat(steps.get(0).path("status").asText()).isEqualTo("in-progress");
        assertThat(steps.get(0).path("note").asText()).isEqualTo("trial at two suppliers");
        assertThat(steps.get(1).path("status").isNull()).as("a step nothing was recorded for").isTrue();
        assertThat(previous.path("previousPlan").isNull()).as("the first assessment has no previous plan").isTrue();

        CliTest.Run text = run("--db", db.toString(), "advise", "--lang", "en", "--assessment", followUp);
        assertThat(text.out()).contains("Planning is the weak spot.", "owner, planner", "In progress",
                "(trial at two suppliers)");
    }

    @Test
    void theDayRateAndBudgetPriceThePlanOfAdviseAndReport() throws Exception {
        JsonNode plan = adviseJson("--assessment", followUp, "--day-rate", "1250", "--budget", "20000").path("plan");
        assertThat(plan.path("dayRate").asDouble()).isEqualTo(1250.0);
        assertThat(plan.path("programmeBudget").asDouble()).isEqualTo(20000.0);
        for (JsonNode step : plan.path("steps")) {
            assertThat(step.path("adviserCost").asDouble()).isEqualTo(step.path("adviserDays").asDouble() * 1250);
        }

        Path pdf = dir.resolve("rates.pdf");
        CliTest.Run r = run("--db", db.toString(), "report", "--assessment", followUp, "--out", pdf.toString(),
                "--lang", "nl", "--day-rate", "1250", "--budget", "20000");
        assertThat(r.exit()).as(r.err()).isZero();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc).replace('\u00a0', ' ').replaceAll("\\s+", " ");
            assertThat(text).contains("tegen € 1.250 per dag", "€ 20.000");
        }
    }

    @Test
    void anAmountThatIsNoWholeNumberOfEurosIsRefusedByName() {
        CliTest.Run bad = run("--db", db.toString(), "advise", "--lang", "en", "--assessment", followUp,
                "--day-rate", "1.000,50");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("--day-rate \"1.000,50\" is not an amount", "999999999");
        CliTest.Run zero = run("--db", db.toString(), "report", "--lang", "en", "--assessment", followUp, "--out",
                dir.resolve("none.pdf").toString(), "--budget", "0");
        assertThat(zero.exit()).isEqualTo(2);
        assertThat(zero.err()).contains("--budget \"0\" is not an amount");
        assertThat(dir.resolve("none.pdf")).doesNotExist();
        assertThat(run("--db", db.toString(), "advise", "--lang", "en").err()).contains("either an answers file");
    }
}
