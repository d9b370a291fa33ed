package nl.maakscan.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.maakscan.app.CliTest;
import nl.maakscan.app.CliTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The database commands of the command line, end to end: import, list, export, backup, restore. */
class CommandLineTest {

    private static Run run(String... args) {
        return CliTest.run(args);
    }

    @TempDir
    Path dir;

    @Test
    void anAnswersFileGoesInAndComesOutAsABundleOnAnotherLaptop() throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode t = (ObjectNode) json.readTree(run("template", "--lang", "en").out());
        ((ObjectNode) t.path("company")).put("name", "Draaierij Oost BV");
        ((ObjectNode) t.path("assessment")).put("label", "T0");
        ((ObjectNode) t.path("answers").path("prep-cam")).put("value", 3);
        Path answers = dir.resolve("answers.json");
        json.writeValue(answers.toFile(), t);
        String a = dir.resolve("a/maakscan.db").toString();
        String b = dir.resolve("b/maakscan.db").toString();

        Run imported = run("--db", a, "import", "--lang", "en", answers.toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("created company Draaierij Oost BV", "created assessment T0");

        Run list = run("--db", a, "list", "--json");
        assertThat(list.exit()).as(list.err()).isZero();
        JsonNode rows = json.readTree(list.out());
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).path("company").asText()).isEqualTo("Draaierij Oost BV");
        assertThat(rows.get(0).path("overallLevel").asDouble()).isEqualTo(3.0);
        for (String field : new String[] {"id", "companyId", "label", "status", "updated"}) {
            assertThat(rows.get(0).path(field).isTextual()).as(field).isTrue();
        }
        assertThat(run("--db", a, "list", "--lang", "nl").out()).contains("Draaierij Oost BV", "concept");

        Path bundle = dir.resolve("bundle.json");
        assertThat(run("--db", a, "export", "--all", "--out", bundle.toString()).exit()).isZero();
        assertThat(run("--db", b, "import", "--lang", "en", bundle.toString()).out()).contains("created");
        assertThat(run("--db", b, "import", "--lang", "en", bundle.toString()).out()).contains("unchanged")
                .doesNotContain("created");

        Path copy = dir.resolve("copy.db");
        assertThat(run("--db", b, "backup", "--out", copy.toString()).exit()).isZero();
        assertThat(run("--db", dir.resolve("c.db").toString(), "restore", copy.toString()).exit()).isEqualTo(1);
        Run restored = run("--db", dir.resolve("c.db").toString(), "restore", copy.toString(), "--yes");
        assertThat(restored.exit()).as(restored.err()).isZero();
        assertThat(run("--db", dir.resolve("c.db").toString(), "list", "--json").out()).contains("Draaierij Oost BV");
    }

    @Test
    void aBadFileIsReportedAndImportsNothing() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"format\": \"maakscan-bundle/1\", \"companies\": "
                + "[{\"id\": \"not-a-uuid\", \"name\": \"X\"}]}");
        String db = dir.resolve("m.db").toString();

        Run r = run("--db", db, "import", "--lang", "en", bad.toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains(bad + ": companies[0].id: \"not-a-uuid\" is not a valid id");
        assertThat(run("--db", db, "list", "--json").out().strip()).isEqualTo("[ ]");
    }

    @Test
    void aFileThatIsNotADatabaseGivesAClearMessage() throws Exception {
        Path letter = Files.writeString(dir.resolve("letter.db"), "hello");
        Run r = run("--db", letter.toString(), "list", "--lang", "nl");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("geen Maakscan-database");
    }
}
