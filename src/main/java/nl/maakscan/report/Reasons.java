package nl.maakscan.report;

import nl.maakscan.advice.FinancingMatch;
import nl.maakscan.advice.LeftOut;
import nl.maakscan.advice.Recommendation;
import nl.maakscan.advice.Recommendation.MissingPrerequisite;
import nl.maakscan.model.Questionnaire;

import java.util.ArrayList;
import java.util.List;

/**
 * The reasons behind a recommendation as sentences, shared by the report and the command line: the
 * answers that make the gap (with the owner's notes), the bottlenecks it relieves, the owner priorities
 * it serves, the prerequisites that are missing, the kind of work it suits less, why a technology was
 * left out and what financing may be worth.
 */
public final class Reasons {

    private final Questionnaire q;
    private final Texts texts;

    public Reasons(Questionnaire q, Texts texts) {
        this.q = q;
        this.texts = texts;
    }

    /** One sentence per driver answer below good practice (or unknown), with the answer's note. */
    public List<String> needs(Recommendation r) {
        List<String> parts = new ArrayList<>();
        for (Recommendation.NeedReason n : r.needs()) {
            if (n.gap() <= 0) {
                continue;
            }
            String sentence = n.level() == null
                    ? texts.t("reason.needUnknown", question(n.questionId()), texts.num(n.gap(), 1))
                    : texts.t(n.targetSetByUser() ? "reason.needOwnTarget" : "reason.need", question(n.questionId()),
                            texts.num(n.level(), 0), n.target());
            parts.add(noted(sentence, n.note()));
        }
        return parts;
    }

    /** One sentence per bottleneck the technology relieves, biggest first, with the answer's note. */
    public List<String> bottlenecks(Recommendation r) {
        List<String> parts = new ArrayList<>();
        for (Recommendation.BottleneckReason b : r.bottlenecks()) {
            parts.add(noted(texts.t("reason.bottleneck", question(b.questionId()), b.level(), b.relieves()),
                    b.note()));
        }
        return parts;
    }

    private String noted(String sentence, String note) {
        return note == null || note.isBlank() ? sentence : texts.t("reason.note", sentence, note.strip());
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

    /**
     * One sentence per profile answer outside what the technology suits (series sizes, what is welded):
     * the question, the company's answer and the levels the technology suits.
     */
    public List<String> misfits(Recommendation r) {
        List<String> parts = new ArrayList<>();
        for (Recommendation.Misfit m : r.misfits()) {
            String range = m.min() == null ? texts.t("reason.rangeUpTo", m.max())
                    : m.max() == null ? texts.t("reason.rangeFrom", m.min())
                    : texts.t("reason.range", m.min(), m.max());
            String answer = q.question(m.questionId()).map(x -> x.level(m.level())).map(x -> x.get(texts.language()))
                    .orElse(Integer.toString(m.level()));
            parts.add(texts.t("reason.misfit", question(m.questionId()), m.level(), answer, range));
        }
        return parts;
    }

    /** Why a technology is not advised. */
    public String leftOut(LeftOut out) {
        String current = out.current() == null ? "-" : out.current().toString();
        return switch (out.why()) {
            case PROCESS -> texts.t("leftOut.PROCESS", String.join(", ", List.of(out.subject().split(", ")).stream()
                    .map(this::process).toList()));
            case SIZE -> texts.t("leftOut.SIZE", out.required(), current);
            case LEVEL -> texts.t("leftOut.LEVEL", question(out.subject()), out.required(), current);
            case TECHNOLOGY -> texts.t("leftOut.TECHNOLOGY", technology(out.subject()), current);
            default -> texts.t("leftOut." + out.why().name());
        };
    }

    /** An instrument with its estimated amount, when there is one. */
    public String funding(FinancingMatch m) {
        return m.amount() == null ? instrument(m.instrumentId())
                : texts.t("technology.amount", instrument(m.instrumentId()), Math.round(m.amount()));
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

    public String process(String id) {
        return q.profile().processes().stream().filter(c -> c.id().equals(id)).findFirst()
                .map(c -> c.name().get(texts.language())).orElse(id);
    }

    public String instrument(String id) {
        return q.instrument(id).map(x -> x.name().get(texts.language())).orElse(id);
    }
}
