package nl.maakscan.content;

import nl.maakscan.model.Dimension;
import nl.maakscan.model.Question;
import nl.maakscan.model.Technology;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checks on profile questions (role {@code profile}: the kind of work, not scored) and on the
 * technologies' {@code fits}: a fit names a profile question with a range of levels 0..5, a profile
 * question is no driver question, applicability condition or prerequisite, and (model 2) every profile
 * question is used by some fit.
 */
final class ProfileChecks {

    private final Validator v;
    private final Set<String> profileQuestions = new HashSet<>();
    private final Map<String, Question> questions;

    ProfileChecks(Validator v, List<Dimension> dimensions, Map<String, Question> questions) {
        this.v = v;
        this.questions = questions;
        for (Dimension d : dimensions) {
            if (d != null && d.isProfile()) {
                d.questions().stream().filter(q -> q != null && q.id() != null).forEach(q -> profileQuestions.add(q.id()));
            }
        }
    }

    void checkTechnology(Technology t) {
        t.fits().forEach((q, fit) -> {
            if (!questions.containsKey(q)) {
                v.problem(t, "ref.unknown", "fits/" + q, "question", q);
            } else if (!profileQuestions.contains(q)) {
                v.problem(t, "fits.notProfile", "fits/" + q, q);
            }
            if (fit == null || fit.min() == null && fit.max() == null || outside(fit.min()) || outside(fit.max())
                    || fit.min() != null && fit.max() != null && fit.min() > fit.max()) {
                v.problem(t, "fits.range", "fits/" + q, q, fit == null ? null : fit.min(), fit == null ? null : fit.max());
            }
        });
        for (int i = 0; i < t.questions().size(); i++) {
            if (profileQuestions.contains(t.questions().get(i))) {
                v.problem(t, "profile.asDriver", "questions/" + i, t.questions().get(i), "questions");
            }
        }
        notAsCondition(t, t.appliesWhen().levels(), "appliesWhen/levels");
        notAsCondition(t, t.appliesWhen().anyLevels(), "appliesWhen/anyLevels");
        notAsCondition(t, t.prerequisites().levels(), "prerequisites/levels");
    }

    /**
     * A profile answer has no better or worse level and may be left open: as a minimum level it would
     * leave a technology out, or hold it back, for every company that did not answer it.
     */
    private void notAsCondition(Technology t, Map<String, Integer> levels, String field) {
        levels.keySet().stream().filter(profileQuestions::contains)
                .forEach(q -> v.problem(t, "profile.asDriver", field + "/" + q, q, field));
    }

    private static boolean outside(Integer level) {
        return level != null && (level < Question.MIN_LEVEL || level > Question.MAX_LEVEL);
    }

    /** Model 2: a profile question that no technology's {@code fits} names is asked for nothing. */
    void checkUsed(List<Dimension> dimensions, List<Technology> technologies) {
        Set<String> used = new HashSet<>();
        technologies.forEach(t -> used.addAll(t.fits().keySet()));
        for (Dimension d : dimensions) {
            if (d == null || !d.isProfile()) {
                continue;
            }
            for (Question q : d.questions()) {
                if (q != null && q.id() != null && !used.contains(q.id())) {
                    v.problem(q, "profile.notUsed", "id", q.id());
                }
            }
        }
    }
}
