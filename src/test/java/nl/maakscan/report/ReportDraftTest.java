package nl.maakscan.report;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The report of a draft assessment: a DRAFT mark on every page, as an artifact, and no signature block. */
class ReportDraftTest {

    @TempDir
    static Path dir;

    private static Path pdf;
    private static PdfText text;

    @BeforeAll
    static void writeADraftReport() throws Exception {
        ReportInput s = Samples.input("02-sheet-metal-fabricator.json", "en");
        ReportInput draft = new ReportInput(s.questionnaire(), s.assessment(), s.company(), s.advice(), null,
                s.assessor(), "en", null, s.date(), ReportInput.Status.DRAFT);
        pdf = dir.resolve("draft.pdf");
        ReportGenerator.write(draft, pdf, Progress.NONE);
        text = PdfText.read(pdf);
    }

    @Test
    void theCoverSaysDraftAndHasNoSignatureBlock() {
        assertThat(text.page(1)).contains("Status Draft: the assessment is not finished yet",
                "Do not use it for a subsidy application").doesNotContain("Signatures");
    }

    @Test
    void everyPageCarriesTheMarkAsAnArtifact() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            int pages = 0;
            for (PDPage page : doc.getPages()) {
                PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
                // a letter of the mark that happens to lie on the same letter of the page text must not be
                // dropped as a duplicate: the mark is drawn over the page
                extractor.setSuppressDuplicateOverlappingText(false);
                extractor.processPage(page);
                StringBuilder artifacts = new StringBuilder();
                for (PDMarkedContent m : extractor.getMarkedContents()) {
                    if ("Artifact".equals(m.getTag())) {
                        m.getContents().stream().filter(TextPosition.class::isInstance)
                                .forEach(t -> artifacts.append(((TextPosition) t).getUnicode()));
                    }
                }
                assertThat(artifacts.toString()).as("page " + (pages + 1)).contains("DRAFT");
                pages++;
            }
            assertThat(pages).isEqualTo(text.pageCount()).isGreaterThan(10);
        }
    }

    @Test
    void theMarkedReportStaysPdfA3aAndPdfUa() throws Exception {
        assertThat(PdfA.failures(pdf, PDFAFlavour.PDFA_3_A)).isEmpty();
        assertThat(PdfA.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
    }

    @Test
    void aReportWhoseStatusIsNotKnownIsADraft() throws Exception {
        ReportInput s = Samples.input("06-small-workshop.json", "en");
        ReportInput unknown = new ReportInput(s.questionnaire(), s.assessment(), s.company(), s.advice(), null,
                s.assessor(), "en", null, s.date());
        assertThat(unknown.draft()).isTrue();
        assertThat(s.draft()).isFalse();
    }
}
