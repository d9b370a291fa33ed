package nl.maakscan.app;

import nl.maakscan.model.LevelAnswer;
import nl.maakscan.model.Question;
import nl.maakscan.report.ReportAttachment;
import nl.maakscan.store.AssessmentInfo;
import nl.maakscan.ui.UiFixture;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The window's report: the assessor from the settings on the cover, progress to the end, the data inside. */
class WindowReportsTest {

    @TempDir
    Path dir;

    @Test
    void theReportCarriesTheAssessorFromTheSettingsAndTheAssessmentItself() throws Exception {
        try (UiFixture fx = new UiFixture(dir)) {
            AssessmentInfo info = fx.sampleAssessment();
            for (Question q : UiFixture.questionnaire().valid().orElseThrow().questions()) {
                fx.store.saveAnswer(info.id(), q.id(), LevelAnswer.level(2));
            }
            fx.settings.save(fx.settings.load().withAssessor("Anna de Vries (voorbeeld)", "Regio Oost (voorbeeld)",
                    dir.resolve("no-such-logo.png").toString()));
            List<Double> progress = new ArrayList<>();
            Path pdf = dir.resolve("rapport.pdf");

            new WindowReports(fx.store, fx.settings).write(info.id(), "nl", pdf, progress::add);

            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                String cover = new PDFTextStripper() {
                    {
                        setStartPage(1);
                        setEndPage(1);
                    }
                }.getText(doc).replaceAll("\\s+", " ");
                assertThat(cover).contains("VOORBEELD Metaalbewerking Jansen").contains("Anna de Vries (voorbeeld)")
                        .contains("Regio Oost (voorbeeld)");
            }
            assertThat(progress).isNotEmpty().last().isEqualTo(1.0);
            assertThat(new String(ReportAttachment.read(pdf).orElseThrow(), StandardCharsets.UTF_8))
                    .contains(info.id());
        }
    }

    @Test
    void anExistingFileIsOnlyReplacedWhenTheUserSaidSo() throws Exception {
        try (UiFixture fx = new UiFixture(dir)) {
            AssessmentInfo info = fx.sampleAssessment();
            Path pdf = java.nio.file.Files.writeString(dir.resolve("rapport.pdf"), "mine");
            WindowReports reports = new WindowReports(fx.store, fx.settings);

            org.assertj.core.api.Assertions.assertThatThrownBy(() -> reports.write(info.id(), "nl", pdf, p -> { }))
                    .isInstanceOf(nl.maakscan.store.StoreException.TargetExists.class);
            assertThat(java.nio.file.Files.readString(pdf)).isEqualTo("mine");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> reports.write(info.id(), "nl",
                    fx.store.file(), p -> { }, true))
                    .isInstanceOf(nl.maakscan.store.StoreException.TargetRefused.class);

            reports.write(info.id(), "nl", pdf, p -> { }, true);

            assertThat(ReportAttachment.read(pdf)).isPresent();
        }
    }
}
