package nl.maakscan.ui.programme;

import nl.maakscan.model.Company;
import nl.maakscan.model.LevelAnswer;
import nl.maakscan.model.Question;
import nl.maakscan.model.Questionnaire;
import nl.maakscan.store.AssessmentInfo;
import nl.maakscan.ui.Texts;
import nl.maakscan.ui.UiFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The programme screen's model: figures for the selection, samples left out, crossed dates refused. */
class ProgrammeViewModelTest {

    @TempDir
    Path dir;
    UiFixture fx;

    @BeforeEach
    void setUp() {
        fx = new UiFixture(dir);
        fx.sampleAssessment();  // sample data: never counted
        Questionnaire q = UiFixture.questionnaire().valid().orElseThrow();
        String sector = q.profile().sectors().get(1).id();
        for (String[] row : new String[][] {{"Oost BV", "2026-02-01"}, {"West BV", "2026-07-01"}}) {
            Company c = fx.store.createCompany(new Company(null, row[0], null, sector, 20, List.of(), null, null));
            AssessmentInfo a = fx.store.createAssessment(c.id(), UiFixture.questionnaire(), "T0", "Anna");
            fx.store.saveDetails(a.id(), "T0", "Anna", row[1]);
            Question first = q.maturityDimensions().get(0).questions().get(0);
            fx.store.saveAnswer(a.id(), first.id(), LevelAnswer.level(3));
        }
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    private ProgrammeViewModel model() {
        return new ProgrammeViewModel(fx.workspace, new Texts("nl"), fx.navigator);
    }

    @Test
    void refreshCountsTheRealCompaniesOnly() {
        ProgrammeViewModel m = model();

        m.refresh();

        assertThat(m.overview().get().totals().companies()).isEqualTo(2);
        assertThat(m.overview().get().totals().samplesLeftOut()).isEqualTo(1);
        assertThat(m.problem().get()).isNull();
        assertThat(m.busy().get()).isFalse();
    }

    @Test
    void theDatesNarrowTheSelection() {
        ProgrammeViewModel m = model();
        m.from().set(LocalDate.of(2026, 6, 1));

        m.refresh();

        assertThat(m.overview().get().totals().assessments()).isEqualTo(1);
    }

    @Test
    void crossedDatesAreRefusedWithAReason() {
        ProgrammeViewModel m = model();
        m.from().set(LocalDate.of(2026, 6, 1));
        m.to().set(LocalDate.of(2026, 1, 1));

        m.refresh();

        assertThat(m.overview().get()).isNull();
        assertThat(m.problem().get()).contains("begindatum");
    }

    @Test
    void backGoesToTheStartScreen() {
        model().back();

        assertThat(fx.navigator.last()).isEqualTo("start");
    }

    @Test
    void theFiguresOnScreenGoToAOnePagePdfForTheFunder() throws Exception {
        ProgrammeViewModel m = model();
        m.refresh();
        Path pdf = dir.resolve("programma.pdf");
        fx.dialogs.fileToChoose = pdf;
        fx.dialogs.confirmAnswer = false;

        m.writePdf();

        assertThat(fx.dialogs.errors).isEmpty();
        assertThat(m.busy().get()).isFalse();
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc)).contains("Programma-overzicht", "Per kwartaal");
        }
    }

    @Test
    void theDatabaseItselfIsNeverOverwrittenByThePdf() throws Exception {
        ProgrammeViewModel m = model();
        m.refresh();
        Path db = fx.store.file();
        byte[] before = java.nio.file.Files.readAllBytes(db);
        fx.dialogs.fileToChoose = db;

        m.writePdf();

        assertThat(fx.dialogs.errors).hasSize(1);
        assertThat(fx.dialogs.errors.get(0)).contains("PDF voor de financier", db.toString());
        assertThat(java.nio.file.Files.readAllBytes(db)).isEqualTo(before);
    }
}
