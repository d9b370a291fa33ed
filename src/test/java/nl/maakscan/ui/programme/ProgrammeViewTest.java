package nl.maakscan.ui.programme;

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

/** The programme screen shows its figures and goes back. */
@ExtendWith(ApplicationExtension.class)
class ProgrammeViewTest {

    @TempDir
    static Path dir;
    UiFixture fx;
    Stage stage;

    @Start
    void start(Stage s) {
        stage = s;
        fx = new UiFixture(dir.resolve(Long.toString(System.nanoTime())));
    }

    private void fill() {
        Questionnaire q = UiFixture.questionnaire().valid().orElseThrow();
        for (int i = 0; i < 3; i++) {
            Company c = fx.store.createCompany(new Company(null, "Bedrijf " + i, null,
                    q.profile().sectors().get(i).id(), 8 + 10 * i, List.of(), null, null));
            AssessmentInfo a = fx.store.createAssessment(c.id(), UiFixture.questionnaire(), "T0", "Coach " + i % 2);
            fx.store.saveDetails(a.id(), "T0", "Coach " + i % 2, "2026-0" + (i + 1) + "-15");
            for (Question question : q.maturityDimensions().get(i).questions()) {
                fx.store.saveAnswer(a.id(), question.id(), LevelAnswer.level(i + 2));
            }
        }
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void theFiguresAreShownAndBackGoesToTheStart(FxRobot robot) throws Exception {
        fill();
        robot.interact(() -> {
            stage.setScene(UiFixture.scene(new ProgrammeView(new ProgrammeViewModel(fx.workspace, new Texts("nl"),
                    fx.navigator)), 1200, 800));
            stage.show();
        });

        assertThat(robot.lookup("#programme-totals").queryAs(Label.class).getText())
                .startsWith("3 bedrijven, 3 scans");
        assertThat(robot.lookup("#programme-topics").tryQuery()).isPresent();
        assertThat(robot.lookup("#programme-coaches .label").queryAllAs(Label.class).stream().map(Label::getText))
                .contains("Coach 0", "Coach 1");
        robot.interact(() -> {
            try {
                var image = stage.getScene().getRoot().snapshot(null, null);
                int w = (int) image.getWidth();
                int h = (int) image.getHeight();
                var out = new java.awt.image.BufferedImage(w, h, java.awt.image.BufferedImage.TYPE_INT_ARGB);
                for (int y = 0; y < h; y++) {
                    for (int x = 0; x < w; x++) {
                        out.setRGB(x, y, image.getPixelReader().getArgb(x, y));
                    }
                }
                Files.createDirectories(Path.of("target"));
                ImageIO.write(out, "png", Path.of("target", "programme-view.png").toFile());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });

        robot.clickOn("#programme-back");

        assertThat(fx.navigator.last()).isEqualTo("start");
    }
}
