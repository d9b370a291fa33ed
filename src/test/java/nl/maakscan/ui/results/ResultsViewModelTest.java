package nl.maakscan.ui.results;

import nl.maakscan.model.LevelAnswer;
import nl.maakscan.model.Question;
import nl.maakscan.store.AssessmentInfo;
import nl.maakscan.ui.QueuedTasks;
import nl.maakscan.ui.Texts;
import nl.maakscan.ui.UiFixture;
import nl.maakscan.ui.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The results: scores with the previous assessment, what the next level takes, report and export. */
class ResultsViewModelTest {

    @TempDir
    Path dir;
    UiFixture fx;
    AssessmentInfo t0;
    final List<String> reportsWritten = new ArrayList<>();

    @BeforeEach
    void setUp() {
        fx = new UiFixture(dir, (id, language, out, progress) -> {
            progress.accept(0.5);
            reportsWritten.add(id + " " + language);
            try {
                Files.writeString(out, "%PDF-1.7 test stand-in");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        t0 = fx.sampleAssessment();
        for (Question q : UiFixture.questionnaire().valid().orElseThrow().questions()) {
            fx.store.saveAnswer(t0.id(), q.id(), LevelAnswer.level(1));
        }
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    private ResultsViewModel results(String id) {
        return new ResultsViewModel(fx.workspace, new Texts("nl"), fx.navigator, id);
    }

    @Test
    void everyDimensionShowsItsLevelTargetAndWhatTheNextLevelTakes() {
        ResultsViewModel r = results(t0.id());

        assertThat(r.rows()).hasSize(r.questionnaire().maturityDimensions().size());
        assertThat(r.advice().scores().overallLevel()).isEqualTo(1.0);
        ResultsViewModel.Row first = r.rows().get(0);
        assertThat(first.score().level()).isEqualTo(1.0);
        assertThat(first.score().target()).isEqualTo(2);
        assertThat(first.nextSteps()).hasSize(first.dimension().questions().size());
        ResultsViewModel.NextLevel n = first.nextSteps().get(0);
        assertThat(n.currentText()).isEqualTo(n.question().level(1).get("nl"));
        assertThat(n.nextText()).isEqualTo(n.question().level(2).get("nl"));
        assertThat(r.previous()).isEmpty();
    }

    @Test
    void aFollowUpShowsThePreviousAssessmentsLevels() {
        AssessmentInfo t1 = fx.store.createAssessment(t0.companyId(), UiFixture.questionnaire(), "T1", null);
        fx.store.copyAnswers(t0.id(), t1.id());
        Question q = UiFixture.questionnaire().valid().orElseThrow().maturityDimensions().get(0).questions().get(0);
        fx.store.saveAnswer(t1.id(), q.id(), LevelAnswer.level(4));

        ResultsViewModel r = results(t1.id());

        assertThat(r.previous()).isPresent();
        assertThat(r.rows().get(0).previous()).isEqualTo(1.0);
        assertThat(r.rows().get(0).score().level()).isGreaterThan(1.0);
    }

    @Test
    void theReportIsWrittenToTheChosenFileAndOfferedForOpening() {
        Path out = dir.resolve("rapport.pdf");
        fx.dialogs.fileToChoose = out;
        ResultsViewModel r = results(t0.id());

        r.createReport();

        assertThat(reportsWritten).containsExactly(t0.id() + " nl");
        assertThat(out).exists();
        assertThat(fx.dialogs.shown).containsExactly(out);
        assertThat(r.busy().get()).isFalse();
    }

    @Test
    void aReportThatCannotBeWrittenSaysWhichFileAndWhatToDo() {
        fx.close();
        fx = new UiFixture(dir.resolve("other"), (id, language, out, progress) -> {
            throw new java.io.UncheckedIOException(new java.io.IOException("Access is denied"));
        });
        t0 = fx.sampleAssessment();
        Path out = dir.resolve("open-in-viewer.pdf");
        fx.dialogs.fileToChoose = out;

        results(t0.id()).createReport();

        assertThat(fx.dialogs.errors).singleElement().asString()
                .startsWith("Het rapport kon niet worden gemaakt: Het rapport kon niet worden bewaard als " + out)
                .contains("Access is denied");
        assertThat(fx.dialogs.shown).isEmpty();
    }

    @Test
    void exportWritesABundleThatNamesTheAssessment() throws Exception {
        Path out = dir.resolve("export.maakscan.json");
        fx.dialogs.fileToChoose = out;

        results(t0.id()).exportBundle();

        String json = Files.readString(out);
        assertThat(json).contains("maakscan-bundle/1").contains(t0.id()).contains("VOORBEELD Metaalbewerking Jansen");
        assertThat(fx.dialogs.notifications).containsExactly("export.maakscan.json is bewaard.");
    }

    @Test
    void resultsLoadInTheBackgroundAndAreDroppedWhenTheUserLeftBeforeThey() {
        QueuedTasks tasks = new QueuedTasks();
        Workspace w = new Workspace(fx.store, fx.workspace.library(), tasks, fx.dialogs, fx.settings, null);
        ResultsViewModel shown = new ResultsViewModel(w, new Texts("nl"), fx.navigator, t0.id());
        ResultsViewModel left = new ResultsViewModel(w, new Texts("nl"), fx.navigator, t0.id());
        assertThat(shown.ready().get()).isFalse();

        left.leave();
        tasks.runAll();

        assertThat(shown.ready().get()).isTrue();
        assertThat(shown.advice().scores().overallLevel()).isEqualTo(1.0);
        assertThat(left.ready().get()).isFalse();
    }

    @Test
    void resultsThatCannotBeLoadedAreToldAndLeadBackToTheStart() {
        ResultsViewModel r = results("no-such-assessment");

        assertThat(r.ready().get()).isFalse();
        assertThat(fx.dialogs.errors).hasSize(1);
        assertThat(fx.navigator.last()).isEqualTo("start");
    }
}
