package nl.maakscan.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.maakscan.app.CliTest;
import nl.maakscan.app.CliTest.Run;
import nl.maakscan.store.Store;
import nl.maakscan.store.StoredAssessment;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code maakscan report} from the database, and {@code maakscan import report.pdf} restoring the assessment. */
class ReportImportTest {

    @TempDir
    Path dir;

    @Test
    void importingTheReportOnAnotherComputerRestoresTheSameAssessment() throws Exception {
        String a = dir.resolve("a/maakscan.db").toString();
        String b = dir.resolve("b/maakscan.db").toString();
        Path t0 = dir.resolve("t0.json");
        Path t1 = dir.resolve("t1.json");
        Files.write(t0, Samples.bytes("01-high-mix-job-shop.json"));
        ObjectMapper json = new ObjectMapper();
        ObjectNode later = (ObjectNode) json.readTree(Samples.bytes("01-high-mix-job-shop.json"));
        ((ObjectNode) later.path("assessment")).put("label", "T1").put("date", "2027-05-01");
        ((ObjectNode) later.path("answers").path("prep-cam")).put("value", 4).put("note", "Nu met simulatie");
        json.writeValue(t1.toFile(), later);
        assertThat(run("--db", a, "import", t0.toString(), t1.toString()).exit()).isZero();
        JsonNode rows = json.readTree(run("--db", a, "list", "--json").out());
        String id = rows.get(1).path("id").asText();
        assertThat(rows.get(1).path("label").asText()).isEqualTo("T1");

        Path pdf = dir.resolve("rapport.pdf");
        Run report = run("--db", a, "report", "--assessment", id, "--out", pdf.toString(), "--lang", "nl",
                "--organisation", "Voorbeeld Advies BV");
        assertThat(report.exit()).as(report.err()).isZero();
        assertThat(report.out()).contains("Rapport geschreven: " + pdf);
        PdfText text = PdfText.read(pdf);
        assertThat(text.page(1)).contains("VOORBEELD Draaierij De Vonk (sample)", "T1", "Voorbeeld Advies BV");
        assertThat(text.all()).contains("Voortgang sinds de vorige scan", "Nu met simulatie")
                .doesNotContainPattern("\\b\\d{4}-\\d{2}-\\d{2}\\b");
        assertThat(text.page(3)).contains("Bij de vorige scan (T0) was het totaalniveau", "De vijf kansrijkste");
        assertThat(text.page(4)).contains("Over deze scan");
        assertThat(text.page(5)).contains("Resultaten per onderwerp");
        assertThat(PdfA.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();

        Run imported = run("--db", b, "import", "--lang", "en", pdf.toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("created assessment T1");
        try (Store sa = Store.open(Path.of(a)); Store sb = Store.open(Path.of(b))) {
            StoredAssessment original = sa.loadAssessment(id).orElseThrow();
            StoredAssessment restored = sb.loadAssessment(id).orElseThrow();
            assertThat(restored.assessment()).isEqualTo(original.assessment());
            assertThat(restored.company()).isEqualTo(original.company());
            assertThat(restored.questionnaire().contentHash()).isEqualTo(original.questionnaire().contentHash());
        }
        assertThat(run("--db", b, "import", "--lang", "en", pdf.toString()).out()).contains("unchanged");
    }

    @Test
    void allReportsAreWrittenWithProgress() throws Exception {
        String db = dir.resolve("m.db").toString();
        Path t0 = Files.write(dir.resolve("t0.json"), Samples.bytes("06-small-workshop.json"));
        Path other = Files.write(dir.resolve("o.json"), Samples.bytes("04-coating-energy.json"));
        assertThat(run("--db", db, "import", t0.toString(), other.toString()).exit()).isZero();
        Path out = dir.resolve("reports");

        Run r = run("--db", db, "report", "--all", "--out-dir", out.toString(), "--lang", "en");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("[1/2] ", "[2/2] ");
        try (var files = Files.list(out)) {
            List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
            assertThat(names).hasSize(2).allMatch(n -> n.matches("[a-z0-9._-]+\\.pdf"));
        }
    }

    @Test
    void aPdfWithoutMaakscanDataImportsNothing() throws Exception {
        Path plain = dir.resolve("other.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.save(plain.toFile());
        }
        Run r = run("--db", dir.resolve("x.db").toString(), "import", "--lang", "en", plain.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("this PDF holds no Maakscan data");
    }

    @Test
    void aMissingAssessmentOrOutputIsReported() {
        String db = dir.resolve("y.db").toString();
        assertThat(run("--db", db, "report", "--assessment", "nope", "--out", dir.resolve("r.pdf").toString(),
                "--lang", "en").err()).contains("There is no assessment with id nope");
        assertThat(run("--db", db, "report", "--all", "--lang", "en").exit()).isEqualTo(2);
    }

    private static Run run(String... args) {
        return CliTest.run(args);
    }
}
