package nl.maakscan.advice;

import nl.maakscan.advice.Recommendation.MissingPrerequisite;
import nl.maakscan.advice.Recommendation.Unlock;
import nl.maakscan.model.Questionnaire;
import nl.maakscan.model.RankingPolicy;
import nl.maakscan.model.Technology;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A missing foundation is surfaced where what needs it ranks high (questionnaires/README.md, "Foundation"):
 * a technology that the technologies ranked above need first adds to its score the part of their scores
 * that their readiness withholds for want of it.
 */
final class Foundations {

    private Foundations() {
    }

    /**
     * What building this technology first unlocks in the technologies ranked above that need it: for
     * each of their missing prerequisites that it addresses (it is the missing technology, or the
     * missing level's question is one of its driver questions) and that no technology ranked above
     * already addresses, the part of that technology's score its readiness withholds for want of it,
     * {@code score × (1/factor − 1)}, at most what its whole readiness withholds. A missing level shows
     * in the answers; a technology not marked as in use counts only when its own driver answers show a
     * gap (a company that answers that it draws in 3D lacks no 3D CAD, whatever its adoption list says).
     */
    static List<Unlock> unlocks(Questionnaire q, Recommendation own, List<Recommendation> above,
            Map<String, Integer> covered) {
        RankingPolicy p = q.policy();
        Technology t = own.technology();
        List<Unlock> unlocks = new ArrayList<>();
        for (Recommendation r : above) {
            double withheld = 0;
            for (MissingPrerequisite m : r.missing()) {
                boolean addresses = m.isTechnology() ? m.technologyId().equals(t.id()) && own.gap() > 0
                        : t.questions().contains(m.questionId());
                String key = m.isTechnology() ? Recommender.TECHNOLOGY + m.technologyId() : m.questionId();
                if (addresses && !covered.containsKey(key)) {
                    withheld += 1 / Recommender.factor(p, m) - 1;
                }
            }
            if (withheld > 0) {
                unlocks.add(new Unlock(r.technology().id(),
                        r.score() * Math.min(withheld, 1 / r.readiness() - 1)));
            }
        }
        return unlocks;
    }

}
