package nl.maakscan.advice;

import nl.maakscan.model.Assessment;
import nl.maakscan.model.Company;
import nl.maakscan.model.Priority;
import nl.maakscan.model.Question;
import nl.maakscan.model.Questionnaire;
import nl.maakscan.model.Technology;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The first places of the ranking on their own are the same as the first places of the whole ranking. */
class RankTopTest {

    @Test
    void theTopIsTheStartOfTheWholeRanking() {
        Random random = new Random(12);
        for (Questionnaire q : List.of(Fixtures.mini(), Fixtures.mini2())) {
            for (int i = 0; i < 40; i++) {
                Assessment a = answers(q, random);
                Company company = i % 3 == 0 ? null : Fixtures.company(5 + random.nextInt(60));
                Scores scores = Scoring.score(q, a, company);
                List<Recommendation> all = Recommender.rankAll(q, a, scores, company).ranked();
                for (int places = 0; places <= all.size() + 1; places++) {
                    assertThat(Recommender.rankTop(q, a, scores, company, places))
                            .isEqualTo(all.subList(0, Math.min(places, all.size())));
                }
            }
        }
    }

    private static Assessment answers(Questionnaire q, Random random) {
        Fixtures.Answers answers = new Fixtures.Answers();
        for (Question question : q.questions()) {
            int pick = random.nextInt(9);
            if (pick < 6) {
                answers.level(question.id(), pick);
            } else if (pick == 6) {
                answers.na(question.id());
            } else if (pick == 7) {
                answers.dontKnow(question.id());
            }
        }
        for (Priority p : q.priorities()) {
            answers.priority(p.id(), 1 + random.nextInt(5));
        }
        for (Technology t : q.technologies()) {
            int pick = random.nextInt(7);
            if (pick < 5) {
                answers.adoption(t.id(), pick);
            } else if (pick == 5) {
                answers.irrelevant(t.id());
            }
        }
        return answers.build();
    }
}
