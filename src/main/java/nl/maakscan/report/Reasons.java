package nl.maakscan.report;

import nl.maakscan.advice.Recommendation;
import nl.maakscan.advice.Recommendation.MissingPrerequisite;
import nl.maakscan.model.Questionnaire;

import java.util.ArrayList;
import java.util.List;

/**
 * The reasons behind a recommendation as sentences, shared by the report and the command line: the answers
 * that make the need, the owner priorities it serves and the prerequisites that are missing.
 */
public final class Reasons {

    private final Questionnaire q;
    private final Texts texts;

    public Reasons(Questionnaire q, Texts texts) {
        this.q = q;
        this.texts = texts;
    }

    /** One sentence per answer below its target: {@code "question" at level 1, target 3}. */
    public List<String> needs(Recommendation r) {
        List<String> parts = new ArrayList<>();
        for (Recommendation.NeedReason n : r.needs()) {
            if (n.gap() <= 0) {
                continue;
            }
            String what = n.questionId() != null ? question(n.questionId()) : dimension(n.dimensionId());
            parts.add(texts.t("reason.need", what, texts.num(n.level(), n.questionId() != null ? 0 : 1), n.target()));
        }
        return parts;
    }

    /** The first {@code max} owner priorities the technology serves, with both weights. */
    public List<String> priorities(Recommendation r, int max) {
        List<String> parts = new ArrayList<>();
        for (Recommendation.PriorityReason p : r.priorities().subList(0, Math.min(max, r.priorities().size()))) {
            parts.add(texts.t("reason.priority", priority(p.priorityId()), p.ownerWeight(), p.technologyWeight()));
        }
        return parts;
    }

    /** What has to be in place first. */
    public List<String> missing(List<MissingPrerequisite> missing) {
        List<String> parts = new ArrayList<>();
        for (MissingPrerequisite m : missing) {
            if (m.isTechnology()) {
                parts.add(texts.t("reason.missingTechnology", technology(m.technologyId())));
            } else {
                parts.add(texts.t("reason.missingLevel", question(m.questionId()), m.required(),
                        m.current() == null ? "-" : m.current()));
            }
        }
        return parts;
    }

    public String question(String id) {
        return q.question(id).map(x -> x.text().get(texts.language())).orElse(id);
    }

    public String dimension(String id) {
        return q.dimension(id).map(x -> x.name().get(texts.language())).orElse(id);
    }

    public String technology(String id) {
        return q.technology(id).map(x -> x.name().get(texts.language())).orElse(id);
    }

    public String priority(String id) {
        return q.priority(id).map(x -> x.name().get(texts.language())).orElse(id);
    }

    public String instrument(String id) {
        return q.instrument(id).map(x -> x.name().get(texts.language())).orElse(id);
    }
}
