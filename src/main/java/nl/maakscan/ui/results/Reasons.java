package nl.maakscan.ui.results;

import nl.maakscan.advice.Recommendation;
import nl.maakscan.model.Questionnaire;
import nl.maakscan.ui.Texts;

import java.util.List;

/** The reasons behind a recommendation as short sentences for the screen. */
final class Reasons {

    private final Questionnaire q;
    private final Texts t;

    Reasons(Questionnaire q, Texts t) {
        this.q = q;
        this.t = t;
    }

    String needs(Recommendation r) {
        return join(r.needs().stream().limit(3).map(n -> t.format("reason.need", n.questionId() != null
                ? q.question(n.questionId()).orElseThrow().text().get(t.language())
                : q.dimension(n.dimensionId()).orElseThrow().name().get(t.language()), t.level(n.level()),
                n.target())).toList());
    }

    String priorities(Recommendation r) {
        return join(r.priorities().stream().filter(p -> p.technologyWeight() > 0 && p.ownerWeight() > 0)
                .map(p -> t.format("reason.priority", q.priority(p.priorityId()).orElseThrow().name()
                        .get(t.language()), p.ownerWeight())).toList());
    }

    String missing(Recommendation r) {
        return join(r.missing().stream().map(m -> m.isTechnology()
                ? t.format("reason.missingTechnology", q.technology(m.technologyId()).orElseThrow().name()
                        .get(t.language()))
                : t.format("reason.missingLevel", q.question(m.questionId()).orElseThrow().text().get(t.language()),
                        m.required())).toList());
    }

    private static String join(List<String> parts) {
        return String.join("; ", parts);
    }
}
