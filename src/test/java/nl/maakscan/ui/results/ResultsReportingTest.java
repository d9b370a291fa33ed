package nl.maakscan.ui.results;

import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import nl.maakscan.model.LevelAnswer;
import nl.maakscan.model.Question;
import nl.maakscan.store.AssessmentInfo;
import nl.maakscan.ui.Texts;
import nl.maakscan.ui.UiFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Making the report from the results screen: it says what it is doing, and the page stays where it was. */
@ExtendWith(ApplicationExtension.class)
class ResultsReportingTest {

    @TempDir
    static Path dir;
    UiFixture fx;
    AssessmentInfo info;
    final List<String> saidWhileWriting = new ArrayList<>();
    Label doing;
    Runnable pending;
    boolean holdWork;

    /** Loads the questionnaires before the window is set up, which has a time limit. */
    @org.junit.jupiter.api.BeforeAll
    static void loadTheQuestionnaires() {
        UiFixture.library();
        UiFixture.questionnaire();
    }

    @Start
    void start(Stage stage) {
        Path folder = dir.resolve(Long.toString(System.nanoTime()));
        fx = new UiFixture(folder, (id, language, out, progress) -> {
            saidWhileWriting.add(doing.isVisible() + " " + doing.getText());
            for (double p : new double[] {0.25, 0.5, 0.75}) {
                progress.accept(p);
                saidWhileWriting.add(doing.isVisible() + " " + doing.getText());
            }
            try {
                Files.writeString(out, "%PDF-1.7 test stand-in");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        info = fx.sampleAssessment();
        for (Question q : UiFixture.questionnaire().valid().orElseThrow().questions()) {
            fx.store.saveAnswer(info.id(), q.id(), LevelAnswer.level(1));
        }
        fx.dialogs.fileToChoose = folder.resolve("rapport.pdf");
        fx.dialogs.confirmAnswer = false;
        // the report is made "in the background": the work waits until the test lets it run, as on a busy machine
        nl.maakscan.ui.Tasks later = new nl.maakscan.ui.Tasks() {
            @Override
            public <T> void run(java.util.function.Supplier<T> work, java.util.function.Consumer<T> onDone,
                    java.util.function.Consumer<Throwable> onFailed) {
                if (holdWork) {
                    pending = () -> onDone.accept(work.get());
                } else {
                    onDone.accept(work.get()); // the results load at once; a report waits for the test
                }
            }

            @Override
            public void later(Runnable update) {
                update.run();
            }
        };
        nl.maakscan.ui.Workspace workspace = new nl.maakscan.ui.Workspace(fx.store, UiFixture.library(), later,
                fx.dialogs, fx.settings, fx.workspace.reports());
        ResultsView view = new ResultsView(new ResultsViewModel(workspace, new Texts("nl"), fx.navigator,
                info.id()));
        stage.setScene(UiFixture.scene(view, 1024, 700));
        stage.show();
    }

    /** The results have loaded and their parts are on the screen; from now on background work waits. */
    @org.junit.jupiter.api.BeforeEach
    void loaded(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup("#results-report-doing").tryQuery().isPresent()
                        && robot.lookup("#results-radar").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        doing = robot.lookup("#results-report-doing").queryAs(Label.class);
        holdWork = true;
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void makingTheReportSaysWhatItDoesAndKeepsThePageWhereItWas(FxRobot robot) {
        ScrollPane scroll = robot.lookup("#results-scroll").queryAs(ScrollPane.class);
        robot.interact(() -> scroll.setVvalue(0.6));
        assertThat(doing.isVisible()).as("nothing to say before the report is asked for").isFalse();

        robot.clickOn("#results-report");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(doing.isVisible()).isTrue();
        assertThat(doing.getText()).isEqualTo("Gegevens van de scan verzamelen…");
        assertThat(robot.lookup("#results-report").queryButton().isDisabled()).as("one report at a time").isTrue();
        assertThat(scroll.getVvalue()).as("the page stays where it was while the report is made")
                .isCloseTo(0.6, within(0.01));

        robot.interact(pending);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(saidWhileWriting).containsExactly("true Gegevens van de scan verzamelen…",
                "true Pagina's opmaken…", "true PDF schrijven…", "true Scangegevens insluiten en bewaren…");
        assertThat(fx.dialogs.fileToChoose).exists();
        assertThat(doing.isVisible()).as("the words go when the report is done").isFalse();
        assertThat(scroll.getVvalue()).as("the page stays where it was").isCloseTo(0.6, within(0.01));
        assertThat(robot.lookup("#results-report").queryButton().isDisabled()).isFalse();
    }

    /** The radar's topic names are as large as the program's smallest text (13 px), whole, and never touch. */
    @Test
    void theRadarLabelsAreReadableAndApart(FxRobot robot) {
        var labels = robot.lookup("#results-radar").lookup(".radar-label").queryAllAs(javafx.scene.text.Text.class)
                .stream().toList();
        assertThat(labels).hasSize(UiFixture.questionnaire().valid().orElseThrow().maturityDimensions().size());
        var radar = robot.lookup("#results-radar").query();
        for (int i = 0; i < labels.size(); i++) {
            javafx.scene.text.Text a = labels.get(i);
            assertThat(a.getFont().getSize()).as(a.getText()).isGreaterThanOrEqualTo(13);
            var ab = a.getBoundsInParent();
            assertThat(ab.getMinY()).as(a.getText() + " inside the chart").isGreaterThanOrEqualTo(-1);
            assertThat(ab.getMaxY()).as(a.getText() + " inside the chart")
                    .isLessThanOrEqualTo(radar.getLayoutBounds().getHeight() + 1);
            for (int j = i + 1; j < labels.size(); j++) {
                var bb = labels.get(j).getBoundsInParent();
                boolean apart = ab.getMaxX() <= bb.getMinX() || bb.getMaxX() <= ab.getMinX()
                        || ab.getMaxY() <= bb.getMinY() || bb.getMaxY() <= ab.getMinY();
                assertThat(apart).as(a.getText() + " / " + labels.get(j).getText()).isTrue();
            }
        }
    }

    /** The share of questions answered is called what it is, as in the report: no "reliability". */
    @Test
    void theShareAnsweredIsCalledWhatItIs(FxRobot robot) {
        var texts = robot.lookup(".label").queryAllAs(javafx.scene.control.Labeled.class).stream()
                .map(javafx.scene.control.Labeled::getText).toList();
        assertThat(texts).anyMatch(x -> x.matches("Score \\d+ van 100 · beantwoord met een niveau: \\d+% van de "
                + "vragen die van toepassing zijn"));
        // as words of their own: "leverbetrouwbaarheid" (on-time delivery) is a priority's name
        assertThat(String.join(" ", texts)).doesNotContainPattern("(?i)\\bbetrouwbaarheid\\b")
                .doesNotContainPattern("(?i)\\bzekerheid\\b");
    }
}
