package nl.maakscan.ui.results;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import nl.maakscan.model.Company;
import nl.maakscan.model.LevelAnswer;
import nl.maakscan.model.Question;
import nl.maakscan.model.Questionnaire;
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

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The peer benchmark on the results screen: its table when there are five other companies, nothing with four. */
@ExtendWith(ApplicationExtension.class)
class ResultsPeersViewTest {

    @TempDir
    static Path dir;
    UiFixture fx;
    Stage stage;

    @Start
    void start(Stage s) {
        stage = s;
        fx = new UiFixture(dir.resolve(Long.toString(System.nanoTime())));
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    private String fill(int others) {
        Questionnaire q = UiFixture.questionnaire().valid().orElseThrow();
        String sector = q.profile().sectors().get(0).id();
        String own = null;
        for (int i = 0; i <= others; i++) {
            Company c = fx.store.createCompany(new Company(null, "Metaal " + i, null, sector, 12 + i, List.of(), null,
                    null));
            AssessmentInfo a = fx.store.createAssessment(c.id(), UiFixture.questionnaire(), "T0", "Coach");
            for (Question question : q.questions()) {
                fx.store.saveAnswer(a.id(), question.id(), LevelAnswer.level(Math.min(5, i)));
            }
            fx.store.finish(a.id());
            own = own == null ? a.id() : own;
        }
        return own;
    }

    private void show(FxRobot robot, String assessmentId) {
        robot.interact(() -> {
            stage.setScene(UiFixture.scene(new ResultsView(new ResultsViewModel(fx.workspace, new Texts("nl"),
                    fx.navigator, assessmentId)), 1200, 800));
            stage.show();
        });
    }

    @Test
    void fiveOtherCompaniesShowTheTableWithoutANameOfAnyOfThem(FxRobot robot) throws Exception {
        String own = fill(5);
        show(robot, own);

        Node peers = robot.lookup("#results-peers").query();
        List<String> texts = robot.lookup("#results-peers .label").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertThat(texts).anyMatch(t -> t.contains("5 andere bedrijven"));
        assertThat(texts).noneMatch(t -> t.contains("Metaal 1") || t.contains("Metaal 2"));
        robot.interact(() -> {
            try {
                Path png = Path.of("target", "results-peers.png");
                Files.createDirectories(png.getParent());
                javafx.scene.image.WritableImage image = peers.snapshot(null, null);
                int w = (int) image.getWidth();
                int h = (int) image.getHeight();
                java.awt.image.BufferedImage out = new java.awt.image.BufferedImage(w, h,
                        java.awt.image.BufferedImage.TYPE_INT_ARGB);
                for (int y = 0; y < h; y++) {
                    for (int x = 0; x < w; x++) {
                        out.setRGB(x, y, image.getPixelReader().getArgb(x, y));
                    }
                }
                ImageIO.write(out, "png", png.toFile());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @Test
    void fourOtherCompaniesShowNoComparison(FxRobot robot) {
        String own = fill(4);
        show(robot, own);

        assertThat(robot.lookup("#results-dimensions").tryQuery()).isPresent();
        assertThat(robot.lookup("#results-peers").tryQuery()).isEmpty();
    }
}
