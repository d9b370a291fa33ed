package nl.maakscan.advice;

import nl.maakscan.advice.Recommendation.MissingPrerequisite;
import nl.maakscan.model.Questionnaire;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The reasons behind a recommendation in words, written once for the report, the results screen and the command
 * line ({@code nl/maakscan/advice/reasons_{nl,en}.properties}): the answers that make the gap (with the owner's
 * notes), the bottlenecks it relieves, the owner priorities it serves, the prerequisites that are missing, the kind
 * of work it suits less, why a technology was left out and what financing may be worth. Each caller picks how many to show and how to join
 * them; the sentences are the same everywhere.
 */
public final class ReasonWords {

    private final Questionnaire q;
    private final String language;
    private final Locale locale;
    private final ResourceBundle bundle;

    public ReasonWords(Questionnaire q, String language) {
        this.q = q;
        this.language = "en".equals(language) ? "en" : "nl";
        this.locale = Locale.forLanguageTag(this.language);
        this.bundle = ResourceBundle.getBundle("nl.maakscan.advice.reasons", locale);
    }

    public String language() {
        return language;
    }

    private String t(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    /** One sentence per driver answer below good practice (or unknown), with the answer's note. */
    public List<String> needs(Recommendation r) {
        List<String> parts = new ArrayList<>();
        for (Recommendation.NeedReason n : r.needs()) {
            if (n.gap() <= 0) {
                continue;
            }
            String sentence = n.level() == null
                    ? t("reason.needUnknown", question(n.questionId()), String.format(locale, "%.1f", n.gap()))
                    : t(n.targetSetByUser() ? "reason.needOwnTarget" : "reason.need", question(n.questionId()),
                            String.format(locale, "%.0f", n.level()), n.target());
            parts.add(noted(sentence, n.note()));
        }
        return parts;
    }

    /** One sentence per technology ranked above that needs this one first (it is their missing foundation). */
    public List<String> unlocks(Recommendation r) {
        return r.unlocks().stream().map(u -> t("reason.unlocks", technology(u.technologyId()))).toList();
    }

    /** One sentence per bottleneck the technology relieves, biggest first, with the answer's note. */
    public List<String> bottlenecks(Recommendation r) {
        List<String> parts = new ArrayList<>();
        for (Recommendation.BottleneckReason b : r.bottlenecks()) {
            parts.add(noted(t("reason.bottleneck", question(b.questionId()), b.level(), b.relieves()), b.note()));
        }
        return parts;
    }

    private String noted(String sentence, String note) {
        return note == null || note.isBlank() ? sentence : t("reason.note", sentence, note.strip());
    }

    /** The first {@code max} owner priorities the technology serves (both weights above 0), with both weights. */
    public List<String> priorities(Recommendation r, int max) {
        return r.priorities().stream().filter(p -> p.ownerWeight() > 0 && p.technologyWeight() > 0).limit(max)
                .map(p -> t("reason.priority", priority(p.priorityId()), p.ownerWeight(), p.technologyWeight()))
                .toList();
    }

    /** What has to be in place first. */
    public List<String> missing(List<MissingPrerequisite> missing) {
        List<String> parts = new ArrayList<>();
        for (MissingPrerequisite m : missing) {
            if (m.isTechnology()) {
                parts.add(t("reason.missingTechnology", technology(m.technologyId())));
            } else {
                parts.add(t("reason.missingLevel", question(m.questionId()), m.required(),
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
            String range = m.min() == null ? t("reason.rangeUpTo", m.max())
                    : m.max() == null ? t("reason.rangeFrom", m.min())
                    : t("reason.range", m.min(), m.max());
            String answer = q.question(m.questionId()).map(x -> x.level(m.level())).map(x -> x.get(language))
                    .orElse(Integer.toString(m.level()));
            parts.add(t("reason.misfit", question(m.questionId()), m.level(), answer, range));
        }
        return parts;
    }

    /** Why a technology is not advised. */
    public String leftOut(LeftOut out) {
        String current = out.current() == null ? "-" : out.current().toString();
        return switch (out.why()) {
            case PROCESS -> t("leftOut.PROCESS", String.join(", ", List.of(out.subject().split(", ")).stream()
                    .map(this::process).toList()));
            case SIZE -> t("leftOut.SIZE", out.required(), current);
            case LEVEL -> t("leftOut.LEVEL", question(out.subject()), out.required(), current);
            case TECHNOLOGY -> t("leftOut.TECHNOLOGY", technology(out.subject()), current);
            default -> t("leftOut." + out.why().name());
        };
    }

    /** An instrument with its estimated amount, when there is one. */
    public String funding(FinancingMatch m) {
        return m.amount() == null ? instrument(m.instrumentId())
                : t("reason.amount", instrument(m.instrumentId()), Math.round(m.amount()));
    }

    public String question(String id) {
        return q.question(id).map(x -> x.text().get(language)).orElse(id);
    }

    public String dimension(String id) {
        return q.dimension(id).map(x -> x.name().get(language)).orElse(id);
    }

    public String technology(String id) {
        return q.technology(id).map(x -> x.name().get(language)).orElse(id);
    }

    public String priority(String id) {
        return q.priority(id).map(x -> x.name().get(language)).orElse(id);
    }

    public String process(String id) {
        return q.profile().processes().stream().filter(c -> c.id().equals(id)).findFirst()
                .map(c -> c.name().get(language)).orElse(id);
    }

    public String instrument(String id) {
        return q.instrument(id).map(x -> x.name().get(language)).orElse(id);
    }
}
