package nl.maakscan.report;

import nl.maakscan.advice.PlanRates;
import nl.maakscan.model.Company;
import nl.maakscan.programme.Book;
import nl.maakscan.programme.Programme;
import nl.maakscan.programme.ProgrammeOverview;
import nl.maakscan.programme.Selection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The one-page programme overview for the funder: its text, one page also when the lists are long, PDF/A. */
class ProgrammeReportTest {

    @TempDir
    Path dir;

    /** Many coaches, sectors and quarters: more than the page lists, so that the cutting is tested too. */
    private static ProgrammeOverview large() {
        Book book = new Book();
        String[] sectors = {"metal", "sheet", "machines", "products", "coating", "repair", "plastics", "other",
                "extra"};
        for (int i = 0; i < 40; i++) {
            Company c = book.company("Bedrijf " + i, sectors[i % sectors.length], 5 + i);
            int month = 1 + i % 12;
            String date = (2024 + i % 3) + "-" + (month < 10 ? "0" + month : month) + "-1" + (i % 9);
            book.scan(c, date, "Coach " + (i % 12), true, i % 6, (i + 2) % 6);
            book.scan(c, "2027-01-1" + (i % 9), "Coach " + (i % 12), i % 2 == 0, Math.min(5, i % 6 + 1), (i + 3) % 6);
        }
        return Programme.of(book, Selection.ALL, PlanRates.POLICY);
    }

    private Path write(ProgrammeOverview o, String language, String name) throws Exception {
        Path pdf = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(pdf)) {
            ProgrammeReport.write(o, language, LocalDate.parse("2026-12-02"), out);
        }
        Path keep = Path.of("target", "programme-" + name);
        Files.createDirectories(keep.getParent());
        Files.copy(pdf, keep, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return pdf;
    }

    @Test
    void theOverviewFitsOnePageWithItsFigures() throws Exception {
        PdfText text = PdfText.read(write(large(), "nl", "nl.pdf"));

        assertThat(text.pageCount()).isEqualTo(1);
        assertThat(text.outside()).isEmpty();
        assertThat(text.pages().get(0)).contains("Programma-overzicht", "Bedrijven", "40", "Per kwartaal",
                "Per coach", "Coach 0", "Vaakst aanbevolen", "Alfa", "Bèta", "eerder,", "andere");
    }

    @Test
    void englishToo() throws Exception {
        PdfText text = PdfText.read(write(large(), "en", "en.pdf"));

        assertThat(text.pageCount()).isEqualTo(1);
        assertThat(text.pages().get(0)).contains("Programme overview", "Per quarter", "Alpha", "Change since first");
    }

    @Test
    void anEmptyProgrammeStillGivesAPage() throws Exception {
        PdfText text = PdfText.read(write(Programme.of(new Book(), Selection.ALL, PlanRates.POLICY), "en",
                "empty.pdf"));

        assertThat(text.pageCount()).isEqualTo(1);
        assertThat(text.pages().get(0)).contains("Programme overview", "none");
    }

    @Test
    void theFileIsPdfA() throws Exception {
        assertThat(PdfA.failures(write(large(), "nl", "pdfa.pdf"), PDFAFlavour.PDFA_3_A)).isEmpty();
    }
}
