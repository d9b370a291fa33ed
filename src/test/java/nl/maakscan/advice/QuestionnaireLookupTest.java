package nl.maakscan.advice;

import nl.maakscan.model.Dimension;
import nl.maakscan.model.Question;
import nl.maakscan.model.Questionnaire;
import nl.maakscan.model.Technology;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The questionnaire's look-ups by id (kept in an index per questionnaire content, as the advice makes thousands
 * per assessment) answer as a scan of the questionnaire would, with the asked questionnaire's own objects, and
 * never with what another questionnaire holds under the same id.
 */
class QuestionnaireLookupTest {

    @Test
    void lookUpsAnswerAsAScanOfTheQuestionnaire() {
        for (Questionnaire q : List.of(Fixtures.mini(), Fixtures.mini2())) {
            assertLikeAScan(q);
        }
    }

    @Test
    void aQuestionnaireWithTheSameContentAnswersWithItsOwnObjects() {
        Questionnaire first = Fixtures.mini2();
        Questionnaire second = Fixtures.mini2();
        assertThat(second).isEqualTo(first).isNotSameAs(first);
        first.question(first.questions().get(0).id());
        for (Questionnaire q : List.of(second, first, second)) {
            for (Dimension d : q.dimensions()) {
                for (Question question : d.questions()) {
                    assertThat(q.question(question.id()).orElseThrow()).isSameAs(question);
                    assertThat(q.dimensionOf(question.id()).orElseThrow()).isSameAs(d);
                }
            }
            for (Technology t : q.technologies()) {
                assertThat(q.technology(t.id()).orElseThrow()).isSameAs(t);
            }
            for (int i = 0; i < q.maturityDimensions().size(); i++) {
                assertThat(q.maturityDimensions().get(i)).isSameAs(q.dimensions().stream()
                        .filter(Dimension::isScored).toList().get(i));
            }
        }
    }

    @Test
    void questionnairesWithTheSameIdButOtherContentKeepTheirOwnLookUps() {
        Questionnaire q = Fixtures.mini2();
        List<Technology> fewer = q.technologies().subList(1, q.technologies().size());
        List<Dimension> reversed = new ArrayList<>(q.dimensions());
        Collections.reverse(reversed);
        Questionnaire lessTechnology = copy(q, q.dimensions(), fewer);
        Questionnaire otherOrder = copy(q, reversed, q.technologies());
        Questionnaire noDimensions = copy(q, List.of(), q.technologies());
        String dropped = q.technologies().get(0).id();
        String question = q.dimensions().get(0).questions().get(0).id();
        // more questionnaires than the index keeps, asked in turns
        List<Questionnaire> all = new ArrayList<>(List.of(q, lessTechnology, otherOrder, noDimensions));
        for (int i = 0; i < 10; i++) {
            all.add(copy(q, q.dimensions().subList(0, 1 + i % q.dimensions().size()), fewer));
        }
        for (int round = 0; round < 3; round++) {
            for (Questionnaire x : all) {
                assertLikeAScan(x);
            }
            assertThat(q.technology(dropped)).isPresent();
            assertThat(lessTechnology.technology(dropped)).isEmpty();
            assertThat(noDimensions.question(question)).isEmpty();
            assertThat(noDimensions.maturityDimensions()).isEmpty();
            assertThat(otherOrder.maturityDimensions()).containsExactlyElementsOf(
                    reversed.stream().filter(Dimension::isScored).toList());
        }
    }

    private static void assertLikeAScan(Questionnaire q) {
        List<Question> questions = q.dimensions().stream().flatMap(d -> d.questions().stream()).toList();
        assertThat(q.questions()).isEqualTo(questions);
        assertThat(q.maturityDimensions()).isEqualTo(q.dimensions().stream().filter(Dimension::isScored).toList());
        for (Question question : questions) {
            assertThat(q.question(question.id()))
                    .isEqualTo(questions.stream().filter(x -> x.id().equals(question.id())).findFirst());
            assertThat(q.dimensionOf(question.id())).isEqualTo(q.dimensions().stream()
                    .filter(d -> d.questions().stream().anyMatch(x -> x.id().equals(question.id()))).findFirst());
        }
        for (Technology t : q.technologies()) {
            assertThat(q.technology(t.id())).isEqualTo(
                    q.technologies().stream().filter(x -> x.id().equals(t.id())).findFirst());
        }
        assertThat(q.question("no-such-question")).isEqualTo(Optional.empty());
        assertThat(q.question(null)).isEmpty();
        assertThat(q.dimensionOf("no-such-question")).isEmpty();
        assertThat(q.technology("no-such-technology")).isEmpty();
    }

    private static Questionnaire copy(Questionnaire q, List<Dimension> dimensions, List<Technology> technologies) {
        return new Questionnaire(q.id(), q.version(), q.languages(), q.title(), q.description(), q.sources(),
                q.profile(), q.priorities(), q.blocks(), q.investmentBands(), q.paybackBands(), q.adoptionScale(),
                dimensions, technologies, q.financing(), q.contentHash(), q.ranking());
    }
}
