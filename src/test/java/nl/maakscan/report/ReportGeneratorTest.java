package nl.maakscan.report;

import nl.maakscan.advice.Plan;
import nl.maakscan.advice.Recommendation;
import nl.maakscan.model.Dimension;
import nl.maakscan.store.AnswersFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The report of the sample companies, read back: text on the expected pages, page box, PDF/A, metadata. */
class ReportGeneratorTest {

    @TempDir
    static Path dir;

    private static ReportInput dutch;
    private static Path dutchPdf;
    private static PdfText dutchText;

    @BeforeAll
    static void writeTheDutchReport() throws Exception {
        dutch = Samples.input("01-high-mix-job-shop.json", "nl");
        Path logo = dir.resolve("logo.png");
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(120, 40,
                java.awt.image.BufferedImage.TYPE_INT_ARGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(new java.awt.Color(0x1f, 0x4e, 0x79));
        g.fillRoundRect(0, 0, 120, 40, 12, 12);
        g.dispose();
        javax.imageio.ImageIO.write(image, "png", logo.toFile());
        dutch = new ReportInput(dutch.questionnaire(), dutch.assessment(), dutch.company(), dutch.advice(), null,
                new ReportInput.Assessor("Anna de Vries", "Voorbeeld Advies BV", logo), "nl",
                "{\"format\": \"maakscan-bundle/1\"}".getBytes(StandardCharsets.UTF_8), dutch.date(),
                ReportInput.Status.FINAL);
        dutchPdf = dir.resolve("rapport.pdf");
        ReportGenerator.write(dutch, dutchPdf, Progress.NONE);
        dutchText = PdfText.read(dutchPdf);
    }

    @Test
    void theCoverIdentifiesCompanySectorProcessesAdviserAndQuestionnaireWithDatesWrittenOut() {
        String cover = dutchText.page(1);
        assertThat(cover).contains("VOORBEELD Draaierij De Vonk (sample)", "Anna de Vries, Voorbeeld Advies BV",
                "Sector Toelevering verspanen (draaien/frezen)", "Hoofdprocessen Draaien, Frezen",
                "Medewerkers 12", "Vestiging Voorbeeld", "Vragenlijst Productie-innovatiescan, versie 1.0.0",
                "Scan T0", "Datum van de scan 1 november 2026", "Datum van dit rapport 28 november 2026",
                "Status Definitief");
    }

    @Test
    void aFinalReportHasASignatureBlockAndNoConceptMark() {
        assertThat(dutchText.page(1)).contains("Ondertekening", "Adviseur", "Voor het bedrijf", "Naam",
                "Datum", "Plaats", "Handtekening");
        assertThat(dutchText.all()).doesNotContain("CONCEPT");
    }

    @Test
    void noDateIsPrintedInIsoForm() {
        assertThat(dutchText.all()).doesNotContainPattern("\\b\\d{4}-\\d{2}-\\d{2}\\b");
    }

    @Test
    void theSuggestedFileNameIsPlainAscii() {
        assertThat(dutch.suggestedFileName()).matches("voorbeeld-draaierij-de-vonk-sample-t0(-[0-9a-f-]{1,8})?\\.pdf");
    }

    @Test
    void theLogoIsOnTheCover() throws Exception {
        try (PDDocument doc = Loader.loadPDF(dutchPdf.toFile())) {
            var resources = doc.getPage(0).getResources();
            assertThat(resources.getXObjectNames()).isNotEmpty();
        }
    }

    @Test
    void theTableOfContentsListsEverySectionWithItsPage() {
        String toc = dutchText.page(2);
        assertThat(toc).contains("Inhoud", "Stappenplan", "Bijlage: financiering")
                .containsPattern("Samenvatting voor de directie \\.+ 3 ");
        for (Dimension d : dutch.questionnaire().dimensions()) {
            String name = d.name().get("nl");
            int page = dutchText.pageOf(name, 4);
            assertThat(page).as(name).isGreaterThan(3);
            assertThat(toc).containsPattern(java.util.regex.Pattern.quote(name) + " \\.+ " + page + " ");
        }
    }

    @Test
    void theSummaryFitsOnePageWithStrengthsImprovementsAndFirstSteps() {
        String summary = dutchText.page(3);
        assertThat(summary).contains("Samenvatting voor de directie", "Totaalniveau 1,1 van 5",
                "Beantwoord met een niveau: 100% van de vragen die van toepassing zijn (63 van 63;",
                "Relatief het sterkst", "Geen onderwerp haalt al niveau 3",
                "De vijf kansrijkste verbeteringen", "Eerste drie stappen");
        for (Recommendation r : dutch.advice().recommendations().subList(0, 5)) {
            assertThat(summary).contains(r.technology().name().get("nl"));
        }
        assertThat(dutchText.page(4)).contains("Over deze scan", "Wat deze scan niet zegt", "zelfbeoordeling");
        assertThat(dutchText.page(5)).contains("Resultaten per onderwerp");
    }

    @Test
    void technologiesAndPlanStepsAppearInTheirSections() {
        int technologies = dutchText.pageOf("Aanbevolen technologieën De ");
        int plan = dutchText.pageOf("Stappenplan Het plan telt");
        assertThat(technologies).isGreaterThan(4);
        assertThat(plan).isGreaterThan(technologies);
        Recommendation first = dutch.advice().recommendations().get(0);
        assertThat(dutchText.page(technologies)).contains("1. " + first.technology().name().get("nl"), "Waarom",
                "Eerste stap", "Mogelijke financiering");
        String planPages = String.join(" ", dutchText.pages().subList(plan - 1, Math.min(plan + 4,
                dutchText.pages().size())));
        for (Plan.Step s : dutch.advice().plan().steps()) {
            String tech = dutch.questionnaire().technology(s.technologyId()).orElseThrow().name().get("nl");
            assertThat(planPages).contains(tech);
        }
        assertThat(planPages).contains("Eigenaar", "Startdatum", "Begroting per fase", "Mijlpaal",
                "Totaal plan " + new Texts("nl").num(dutch.advice().plan().totalAdviserDays(), 1))
                .doesNotContain("Eerst regelen: -");
    }

    @Test
    void theAppendicesGiveTheFinancingDateTheMethodAndEveryAnswer() {
        int financing = dutchText.pageOf("Bijlage: financiering Stand van 1 januari 2025.");
        assertThat(financing).isPositive();
        assertThat(dutchText.page(financing)).contains("Controleer de actuele voorwaarden bij RVO");
        int method = dutchText.pageOf("Bijlage: werkwijze Vragenlijst");
        assertThat(dutchText.page(method)).contains(dutch.questionnaire().contentHash(), "versie 1.0.0",
                "Niet van toepassing telt niet mee", "Weet ik niet telt niet mee in de score");
        int answers = dutchText.pageOf("Bijlage: alle antwoorden Prioriteiten");
        assertThat(answers).isGreaterThan(method);
        assertThat(dutchText.pages().subList(answers - 1, dutchText.pageCount()).toString())
                .contains("Gebruik van technologieën");
    }

    @Test
    void everyPageHasARunningHeaderAndPageXOfY() {
        for (int p = 2; p <= dutchText.pageCount(); p++) {
            assertThat(dutchText.page(p)).contains("VOORBEELD Draaierij De Vonk (sample)")
                    .contains("Pagina " + p + " van " + dutchText.pageCount());
        }
    }

    @Test
    void everyCharacterLiesInsideThePageBoxAndNoPageIsNearlyEmpty() {
        assertThat(dutchText.outside()).isEmpty();
        assertThat(dutchText.nearlyEmptyPages(40)).isEmpty();
    }

    @Test
    void theReportIsPdfA3aAndPdfUa() throws Exception {
        assertThat(PdfA.failures(dutchPdf, PDFAFlavour.PDFA_3_A)).isEmpty();
        assertThat(PdfA.failures(dutchPdf, PDFAFlavour.PDFUA_1)).isEmpty();
    }

    @Test
    void metadataNamesTitleAuthorSubjectAndLanguage() throws Exception {
        try (PDDocument doc = Loader.loadPDF(dutchPdf.toFile())) {
            var info = doc.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("Adviesrapport productie-innovatie: VOORBEELD Draaierij De Vonk (sample)");
            assertThat(info.getAuthor()).isEqualTo("Anna de Vries, Voorbeeld Advies BV");
            assertThat(info.getSubject()).contains("Productie-innovatiescan 1.0.0");
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("nl");
            assertThat(doc.getDocumentCatalog().getDocumentOutline().children()).isNotEmpty();
        }
    }

    @Test
    void theBundleIsEmbeddedAndReadBack() throws Exception {
        assertThat(ReportAttachment.read(dutchPdf)).hasValueSatisfying(b ->
                assertThat(new String(b, StandardCharsets.UTF_8)).contains("maakscan-bundle/1"));
        assertThat(ReportAttachment.isPdf(Files.readAllBytes(dutchPdf))).isTrue();
    }

    @Test
    void progressCountsUpAndNoTemporaryFileIsLeft(@TempDir Path out) throws Exception {
        List<Integer> steps = new ArrayList<>();
        Path pdf = out.resolve("a/b/report.pdf");
        ReportGenerator.write(Samples.input("06-small-workshop.json", "en"), pdf, (done, total) -> {
            assertThat(total).isEqualTo(ReportGenerator.STEPS);
            steps.add(done);
        });
        assertThat(steps).containsExactly(1, 2, 3, 4, 5);
        try (var files = Files.list(pdf.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("report.pdf");
        }
    }

    @Test
    void anAssessmentWithoutAnswersStillGivesACompleteReport(@TempDir Path out) throws Exception {
        AnswersFile.Filled f = Samples.filled("01-high-mix-job-shop.json");
        var q = Samples.questionnaire(f);
        var empty = nl.maakscan.model.Assessment.empty("e");
        var company = new nl.maakscan.model.Company(null, null, null, null, null, null, null, null);
        Path pdf = out.resolve("empty.pdf");
        ReportGenerator.write(Samples.input(q, empty, company, null, "en", null), pdf, Progress.NONE);
        PdfText text = PdfText.read(pdf);
        assertThat(text.page(3)).contains("Management summary", "Overall level - of 5");
        assertThat(text.outside()).isEmpty();
        assertThat(ReportAttachment.read(pdf)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"02-sheet-metal-fabricator.json", "03-assembly-no-sheet-no-welding.json",
            "04-coating-energy.json", "05-mature-manufacturer.json", "06-small-workshop.json"})
    void everySampleCompanyGetsACompleteEnglishReport(String sample) throws Exception {
        AnswersFile.Filled f = Samples.filled(sample);
        ReportInput in = Samples.input(sample, "en");
        Path pdf = dir.resolve(sample + ".pdf");
        ReportGenerator.write(in, pdf, Progress.NONE);
        PdfText text = PdfText.read(pdf);
        assertThat(text.page(1)).contains(f.company().name(), "Production innovation advice report");
        assertThat(text.page(3)).contains("Management summary", "First three steps")
                .containsAnyOf("Strengths", "Relatively strongest");
        assertThat(text.all()).contains("Results per topic", "Next-step plan", "Appendix: financing",
                "Check the current conditions at RVO", "Appendix: method", "Appendix: all answers");
        for (Recommendation r : in.advice().recommendations().subList(0,
                Math.min(5, in.advice().recommendations().size()))) {
            assertThat(text.page(3)).contains(r.technology().name().get("en"));
        }
        assertThat(text.outside()).isEmpty();
        assertThat(text.nearlyEmptyPages(40)).isEmpty();
        assertThat(text.underfilledPages(0.4, new Cover(new ReportContext(in)).sections().stream()
                .map(Cover.Section::title).toList())).isEmpty();
        assertThat(String.join(" ", text.pages())).doesNotContainPattern("[\\uFB00-\\uFB06\\u00ad]")
                .doesNotContainPattern("\\b\\d{4}-\\d{2}-\\d{2}\\b");
    }
}
