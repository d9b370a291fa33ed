package nl.maakscan.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.maakscan.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** What the commands write: unique report names, honest counts, owner-only files and folders. */
class OutputFilesTest {

    @TempDir
    Path dir;

    @Test
    void reportAllGivesEveryReportItsOwnFileAndCountsWhatItWrote() throws Exception {
        Path samples = Path.of(getClass().getResource("/samples").toURI());
        Path a = dir.resolve("a.db");
        CliTest.Run in = CliTest.run("--db", a.toString(), "import", samples.resolve("06-small-workshop.json").toString());
        assertThat(in.exit()).as(in.err()).isZero();
        Path bundle = dir.resolve("bundle.json");
        assertThat(CliTest.run("--db", a.toString(), "export", "--all", "--out", bundle.toString()).exit()).isZero();
        ObjectMapper json = new ObjectMapper();
        ObjectNode b = (ObjectNode) json.readTree(bundle.toFile());
        ArrayNode companies = (ArrayNode) b.path("companies");
        ObjectNode twin = companies.get(0).deepCopy();
        twin.put("id", twin.path("id").asText().substring(0, 9) + "aaaa-4aaa-aaaa-aaaaaaaaaaaa");
        ObjectNode assessment = (ObjectNode) twin.path("assessments").get(0);
        assessment.put("id", assessment.path("id").asText().substring(0, 9) + "bbbb-4bbb-bbbb-bbbbbbbbbbbb");
        companies.add(twin);
        Files.write(bundle, json.writeValueAsBytes(b));
        Path db = dir.resolve("b.db");
        CliTest.Run imported = CliTest.run("--db", db.toString(), "import", bundle.toString());
        assertThat(imported.exit()).as(imported.err()).isZero();

        Path out = dir.resolve("reports");
        CliTest.Run r = CliTest.run("--db", db.toString(), "report", "--all", "--out-dir", out.toString(), "--lang", "en");

        assertThat(r.exit()).as(r.err()).isZero();
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.filter(f -> f.toString().endsWith(".pdf")).count()).isEqualTo(2);
        }
        assertThat(r.out()).contains("2 of 2 reports written");
        CliTest.Run again = CliTest.run("--db", db.toString(), "report", "--all", "--out-dir", out.toString(),
                "--lang", "en");
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.out()).contains("0 of 2 reports written");
        assertThat(again.err()).contains("already exists");
    }

    @Test
    void aNameTakenInThisRunGetsANumber() {
        Set<String> used = new HashSet<>();
        assertThat(ReportCommand.unique("oost-t0-1234abcd.pdf", used)).isEqualTo("oost-t0-1234abcd.pdf");
        assertThat(ReportCommand.unique("oost-t0-1234abcd.pdf", used)).isEqualTo("oost-t0-1234abcd-2.pdf");
        assertThat(ReportCommand.unique("OOST-T0-1234abcd.pdf", used)).isEqualTo("OOST-T0-1234abcd-3.pdf");
    }

    @Test
    void theDataFolderIsForItsOwnerOnly() throws Exception {
        Path data = dir.resolve("home/.local/share/maakscan");
        Files.createDirectories(data);
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));

        Path db = new DataLocations(data).database(null);

        assertThat(db.getParent()).isEqualTo(data);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
    }

    @Test
    void aReadingCommandOpensAReadOnlyDatabaseReadOnlyAndAWritingOneDoesNot() {
        assertThat(StoreCommand.options(false, false).readOnly()).isTrue();
        assertThat(StoreCommand.options(false, true).readOnly()).isFalse();
        assertThat(StoreCommand.options(false, true).backupsKept()).isZero();
        assertThat(StoreCommand.options(true, false).readOnly()).isFalse();
        assertThat(StoreCommand.options(true, true).backupsKept()).isEqualTo(Store.Options.defaults().backupsKept());
    }
}
