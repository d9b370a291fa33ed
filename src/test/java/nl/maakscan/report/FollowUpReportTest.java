package nl.maakscan.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.maakscan.advice.Advice;
import nl.maakscan.advice.Plan;
import nl.maakscan.app.CliTest;
import nl.maakscan.app.CliTest.Run;
import nl.maakscan.model.Conclusions;
import nl.maakscan.model.PlanStepStatus;
import nl.maakscan.store.ConclusionsRepository;
import nl.maakscan.store.PlanTracking;
import nl.maakscan.store.Store;
import nl.maakscan.store.StoredAssessment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A follow-up report: the adviser's conclusions (summary and topic), the method on the cover, the answers
 * that changed and the status of the previous plan's steps; importing the PDF restores conclusions and status.
 */
class FollowUpReportTest {

    @TempDir
    Path dir;

    @Test
    void aFollowUpReportPrintsConclusionsMethodChangedAnswersAndThePreviousPlanAndItsImportRestoresThem()
            throws Exception {
        String a = dir.resolve("a/maakscan.db").toString();
        String b = dir.resolve("b/maakscan.db").toString();
        Path t0 = Files.write(dir.resolve("t0.json"), Samples.bytes("01-high-mix-job-shop.json"));
        ObjectMapper json = new ObjectMapper();
        ObjectNode later = (ObjectNode) json.readTree(Samples.bytes("01-high-mix-job-shop.json"));
        ((ObjectNode) later.path("assessment")).put("label", "T1").put("date", "2027-05-01");
        int before = later.path("answers").path("prep-cam").path("value").asInt();
        ((ObjectNode) later.path("answers").path("prep-cam")).put("value", before + 1);
        Path t1 = dir.resolve("t1.json");
        json.writeValue(t1.toFile(), later);
        assertThat(CliTest.run("--db", a, "import", t0.toString(), t1.toString()).exit()).isZero();
        JsonNode rows = json.readTree(CliTest.run("--db", a, "list", "--json").out());
        String t0Id = rows.get(0).path("id").asText();
        String id = rows.get(1).path("id").asText();

        Plan.Step done;
        Plan.Step dropped;
        String topic;
        String topicName;
        try (Store store = Store.open(Path.of(a))) {
            StoredAssessment previous = store.loadAssessment(t0Id).orElseThrow();
            Plan plan = Advice.of(previous.questionnaire(), previous.assessment(), previous.company()).plan();
            assertThat(plan.steps()).hasSizeGreaterThan(2);
            done = plan.steps().get(0);
            dropped = plan.steps().get(1);
            var dimension = previous.questionnaire().dimensionOf("prep-cam").orElseThrow();
            topic = dimension.id();
            topicName = dimension.name().get("nl");
            ConclusionsRepository conclusions = new ConclusionsRepository(store);
            conclusions.saveOverall(id, "Het bedrijf heeft de werkvoorbereiding op orde gebracht.");
            conclusions.saveDimension(id, topic, "CAM wordt nu bij elke order gebruikt.");
            conclusions.saveMethod(id, Conclusions.Method.INTERVIEW, "Jan (eigenaar) en Els (werkvoorbereiding)");
            PlanTracking tracking = new PlanTracking(store);
            tracking.save(id, new PlanStepStatus(done.technologyId(), done.supportType(),
                    PlanStepStatus.Status.DONE, "Opgeleverd in maart"));
            tracking.save(id, new PlanStepStatus(dropped.technologyId(), dropped.supportType(),
                    PlanStepStatus.Status.DROPPED, "Past niet meer bij de orders"));
        }

        Path pdf = dir.resolve("rapport.pdf");
        Run report = CliTest.run("--db", a, "report", "--assessment", id, "--out", pdf.toString(), "--lang", "nl");
        assertThat(report.exit()).as(report.err()).isZero();
        PdfText text = PdfText.read(pdf);
        String cover = PdfText.flat(text.page(1));
        assertThat(cover).contains("Werkwijze", "Interview met de adviseur, met Jan (eigenaar) en Els (werkvoorbereiding)");
        String all = PdfText.flat(text.all());
        assertThat(all).contains("Conclusie van de adviseur", "Het bedrijf heeft de werkvoorbereiding op orde gebracht.",
                "Conclusie van de adviseur over dit onderwerp", "CAM wordt nu bij elke order gebruikt.",
                "Veranderde antwoorden", "1 antwoorden zijn hoger en 0 lager",
                "Wat er van het vorige plan is gekomen", "Afgerond", "Opgeleverd in maart", "Vervallen",
                "Past niet meer bij de orders", "Niet vastgelegd");
        int summary = second(all, "Samenvatting voor de directie");
        int about = second(all, "Over deze scan");
        int results = second(all, "Resultaten per onderwerp");
        int overall = all.indexOf("Het bedrijf heeft de werkvoorbereiding op orde gebracht.");
        int section = all.indexOf("CAM wordt nu bij elke order gebruikt.");
        assertThat(overall).as("the overall conclusion is in the summary").isGreaterThan(summary).isLessThan(about);
        assertThat(section).as("the topic's conclusion is in the results per topic").isGreaterThan(results);
        assertThat(all.lastIndexOf(topicName, section)).as("under its own topic").isGreaterThan(results);
        assertThat(PdfA.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();

        Run imported = CliTest.run("--db", b, "import", "--lang", "en", pdf.toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
        try (Store sb = Store.open(Path.of(b))) {
            Conclusions restored = new ConclusionsRepository(sb).load(id);
            assertThat(restored.overall()).isEqualTo("Het bedrijf heeft de werkvoorbereiding op orde gebracht.");
            assertThat(restored.dimension(topic)).isEqualTo("CAM wordt nu bij elke order gebruikt.");
            assertThat(restored.method()).isEqualTo(Conclusions.Method.INTERVIEW);
            assertThat(restored.participants()).isEqualTo("Jan (eigenaar) en Els (werkvoorbereiding)");
            List<PlanStepStatus> steps = List.copyOf(new PlanTracking(sb).load(id).values());
            assertThat(steps).extracting(PlanStepStatus::status)
                    .containsExactlyInAnyOrder(PlanStepStatus.Status.DONE, PlanStepStatus.Status.DROPPED);
            assertThat(new PlanTracking(sb).load(id).get(PlanStepStatus.key(done.technologyId(), done.supportType()))
                    .note()).isEqualTo("Opgeleverd in maart");
        }
    }

    /** Where a chapter title occurs the second time: the first is in the contents. */
    private static int second(String text, String title) {
        return text.indexOf(title, text.indexOf(title) + 1);
    }

    @Test
    void theEnglishCoverNamesASelfAssessment() throws Exception {
        String a = dir.resolve("maakscan.db").toString();
        Path t0 = Files.write(dir.resolve("t0.json"), Samples.bytes("06-small-workshop.json"));
        assertThat(CliTest.run("--db", a, "import", t0.toString()).exit()).isZero();
        String id = new ObjectMapper().readTree(CliTest.run("--db", a, "list", "--json").out()).get(0)
                .path("id").asText();
        try (Store store = Store.open(Path.of(a))) {
            new ConclusionsRepository(store).saveMethod(id, Conclusions.Method.SELF_ASSESSMENT, null);
        }
        Path pdf = dir.resolve("report.pdf");
        assertThat(CliTest.run("--db", a, "report", "--assessment", id, "--out", pdf.toString(), "--lang", "en")
                .exit()).isZero();
        PdfText text = PdfText.read(pdf);
        assertThat(PdfText.flat(text.page(1))).contains("Method", "Self-assessment by the company");
        assertThat(PdfText.flat(text.all())).doesNotContain("Answers that changed", "What became of the previous plan", "conclusion on this topic");
    }
}
