package nl.maakscan.ui.compare;

import nl.maakscan.model.LevelAnswer;
import nl.maakscan.model.Question;
import nl.maakscan.model.Questionnaire;
import nl.maakscan.store.AssessmentInfo;
import nl.maakscan.ui.Texts;
import nl.maakscan.ui.UiFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class CompareViewModelTest {

    @TempDir
    Path dir;

    @Test
    void theChangePerDimensionIsTheLaterLevelMinusTheEarlier() {
        try (UiFixture fx = new UiFixture(dir)) {
            AssessmentInfo t0 = fx.sampleAssessment();
            Questionnaire q = UiFixture.questionnaire().valid().orElseThrow();
            for (Question question : q.maturityDimensions().get(0).questions()) {
                fx.store.saveAnswer(t0.id(), question.id(), LevelAnswer.level(1));
            }
            AssessmentInfo t1 = fx.store.createAssessment(t0.companyId(), UiFixture.questionnaire(), "T1", null);
            for (Question question : q.maturityDimensions().get(0).questions()) {
                fx.store.saveAnswer(t1.id(), question.id(), LevelAnswer.level(3));
            }

            CompareViewModel c = new CompareViewModel(fx.workspace, new Texts("en"), fx.navigator, t0.id(), t1.id());

            assertThat(c.rows()).hasSize(q.maturityDimensions().size());
            assertThat(c.rows().get(0).change()).isEqualTo(2.0);
            assertThat(c.rows().get(1).change()).as("unanswered in both").isNull();
            assertThat(c.changedAnswers()).extracting(CompareViewModel.ChangedAnswer::questionId)
                    .containsExactlyElementsOf(q.maturityDimensions().get(0).questions().stream().map(Question::id).toList());
            assertThat(c.changedAnswers().get(0).first()).isEqualTo("1");
            assertThat(c.changedAnswers().get(0).second()).isEqualTo("3");
            assertThat(c.changedAnswers().get(0).number()).isEqualTo("1.1");
            assertThat(c.overall().dimension()).isEqualTo("Average level");
            assertThat(c.choices()).extracting(AssessmentInfo::label).containsExactly("T0", "T1");
            c.compare(t0.id(), t1.id());
            assertThat(fx.navigator.visits).as("the same pair again changes nothing").isEmpty();
            c.compare(t1.id(), t0.id());
            assertThat(fx.navigator.last()).isEqualTo("compare:" + t1.id() + ":" + t0.id());
            c.back();
            assertThat(fx.navigator.last()).isEqualTo("start");
        }
    }

    @Test
    void theChangeIsTakenFromTheLevelsAsShown() {
        assertThat(new CompareViewModel.Row("x", 1.94, 2.06).change()).as("1,9 -> 2,1").isEqualTo(0.2);
        assertThat(new CompareViewModel.Row("x", 2.04, 2.01).change()).as("2,0 -> 2,0").isEqualTo(0.0);
        assertThat(new CompareViewModel.Row("x", 3.0, 2.5).change()).isEqualTo(-0.5);
    }
}
