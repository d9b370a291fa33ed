package nl.maakscan.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

public class CliTest {

    /** The exit code and output of one command-line run. */
    public record Run(int exit, String out, String err) {
    }

    /** Runs the command line in this JVM and captures what it prints. */
    public static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Cli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void versionAndHelpAnswer() {
        assertThat(run("--version").out()).startsWith("Maakscan ");
        Run help = run("--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("validate", "template", "advise", "--db");
    }

    @Test
    void validateAcceptsTheBuiltInQuestionnaire() {
        Run r = run("validate");

        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).containsPattern(
                "productie-innovatiescan \\d+\\.\\d+\\.\\d+: \\d+ dimensions, \\d+ questions, \\d+ technologies, \\d+ financing instruments");
    }

    @Test
    void validateReportsEveryProblemAndExitsOne(@TempDir Path dir) throws Exception {
        Path mini = Path.of(getClass().getResource("/mini/questionnaire.yaml").toURI()).getParent();
        for (Path f : Files.list(mini).toList()) {
            Files.copy(f, dir.resolve(f.getFileName()));
        }
        Path catalogue = dir.resolve("catalogue.yaml");
        Files.writeString(catalogue, Files.readString(catalogue).replace("investment: low", "investment: cheapish"));

        Run r = run("validate", "--lang", "en", dir.toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains(dir.resolve("catalogue.yaml").toString().replace('\\', '/')
                + ":11:5: there is no investment band with the id \"cheapish\"");
    }

    @Test
    void validateOfAMissingPathFails() {
        assertThat(run("validate", "/no/such/folder").exit()).isEqualTo(1);
    }

    @Test
    void templateListsEveryQuestionWithItsAllowedValues() throws Exception {
        Run r = run("template", "--lang", "en");

        assertThat(r.exit()).isZero();
        JsonNode t = new ObjectMapper().readTree(r.out());
        assertThat(t.path("format").asText()).isEqualTo("maakscan-answers/1");
        assertThat(t.path("questionnaire").path("id").asText()).isEqualTo("productie-innovatiescan");
        assertThat(t.path("answers").size()).isGreaterThanOrEqualTo(50);
        JsonNode entry = t.path("answers").path("prep-cam");
        assertThat(entry.path("value").isNull()).isTrue();
        assertThat(entry.path("allowed").toString()).isEqualTo("[0,1,2,3,4,5,\"n/a\",\"?\"]");
        assertThat(t.path("technologies").size()).isGreaterThanOrEqualTo(30);
        assertThat(t.path("priorities").path("productivity").path("allowed").toString())
                .isEqualTo("[0,1,2,3,4,5]");
    }

    @Test
    void adviseReadsAFilledTemplate(@TempDir Path dir) throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode t = (ObjectNode) json.readTree(run("template", "--lang", "en").out());
        t.path("answers").properties().forEach(e -> ((ObjectNode) e.getValue()).put("value", 1));
        ((ObjectNode) t.path("answers").path("prep-cam")).put("value", "?").put("note", "ask the planner");
        ((ObjectNode) t.path("priorities").path("productivity")).put("value", 5);
        ((ObjectNode) t.path("company")).put("name", "Sample BV").put("employees", 15);
        Path file = dir.resolve("answers.json");
        json.writeValue(file.toFile(), t);

        Run text = run("advise", "--lang", "en", file.toString());
        Run js = run("advise", "--json", "--lang", "en", file.toString());

        assertThat(text.exit()).as(text.err()).isZero();
        assertThat(text.out()).contains("Sample BV", "Overall level 1.0", "Recommended technologies:",
                "Next-step plan", "adviser days", "Plan total: ", "Milestone (end of month");
        JsonNode advice = json.readTree(js.out());
        assertThat(advice.path("overall").path("level").asDouble()).isEqualTo(1.0);
        assertThat(advice.path("overall").path("dontKnow").asInt()).isEqualTo(1);
        assertThat(advice.path("recommendations").size()).isPositive();
        assertThat(advice.path("plan").path("totalAdviserDays").asDouble()).isPositive();
        JsonNode plan = advice.path("plan");
        double days = 0;
        for (JsonNode step : plan.path("steps")) {
            days += step.path("adviserDays").asDouble();
            assertThat(step.path("adviserCost").asDouble()).isEqualTo(step.path("adviserDays").asDouble() * 1000);
            assertThat(step.path("endMonth").asInt()).isGreaterThanOrEqualTo(step.path("startMonth").asInt());
            assertThat(step.path("milestone").asText()).isNotBlank();
        }
        assertThat(plan.path("totals").path("adviserDays").asDouble()).isEqualTo(days);
        assertThat(plan.path("totals").path("adviserCost").asDouble()).isEqualTo(days * 1000);
        assertThat(plan.path("programmeBudget").asDouble()).isEqualTo(15000.0);
        assertThat(text.out()).contains("Terms: impact", "your note: ask the planner");
        assertThat(advice.path("recommendations").get(0).has("bottleneck")).isTrue();
        assertThat(advice.path("recommendations").findValuesAsText("note")).contains("ask the planner");
        assertThat(advice.path("leftOut").isArray()).isTrue();
    }

    @Test
    void adviseNamesTheIdOfAValueOutsideAllowed(@TempDir Path dir) throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode t = (ObjectNode) json.readTree(run("template", "--lang", "en").out());
        ((ObjectNode) t.path("answers").path("prep-cam")).put("value", 7);
        ((ObjectNode) t.path("answers")).putObject("no-such-question").put("value", 1);
        Path file = dir.resolve("answers.json");
        json.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), t);

        Run r = run("advise", "--lang", "en", file.toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("answers.prep-cam.value: 7 is not allowed")
                .contains("unknown id \"no-such-question\"");
        assertThat(r.err()).containsPattern(":\\d+:\\d+: answers.prep-cam.value");
    }
}
