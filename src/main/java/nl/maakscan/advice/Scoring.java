package nl.maakscan.advice;

import nl.maakscan.model.Assessment;
import nl.maakscan.model.Dimension;
import nl.maakscan.model.LevelAnswer;
import nl.maakscan.model.Question;
import nl.maakscan.model.Questionnaire;

import java.util.ArrayList;
import java.util.List;

/**
 * Maturity scores as documented in questionnaires/README.md, "Scoring": weighted means of the given
 * levels; not applicable and don't know are left out of the mean, don't know lowers the confidence.
 */
public final class Scoring {

    private Scoring() {
    }

    public static Scores score(Questionnaire questionnaire, Assessment assessment) {
        Double overall = overallLevel(questionnaire, assessment);
        List<DimensionScore> dims = new ArrayList<>();
        double weighted = 0;
        double weights = 0;
        int all = 0;
        int known = 0;
        int na = 0;
        int dk = 0;
        int open = 0;
        for (Dimension d : questionnaire.dimensions()) {
            DimensionScore s = scoreDimension(d, assessment, overall);
            dims.add(s);
            if (s.level() != null) {
                weighted += d.weightOrOne() * s.level();
                weights += d.weightOrOne();
            }
            all += d.questions().size();
            known += s.withLevel();
            na += s.notApplicable();
            dk += s.dontKnow();
            open += s.unanswered();
        }
        return new Scores(dims, overall, overall == null ? null : overall * 20, confidence(known, all, na),
                all, known, na, dk, open);
    }

    private static Double overallLevel(Questionnaire questionnaire, Assessment assessment) {
        double weighted = 0;
        double weights = 0;
        for (Dimension d : questionnaire.dimensions()) {
            Double level = level(d, assessment);
            if (level != null) {
                weighted += d.weightOrOne() * level;
                weights += d.weightOrOne();
            }
        }
        return weights > 0 ? weighted / weights : null;
    }

    private static Double level(Dimension d, Assessment assessment) {
        double weighted = 0;
        double weights = 0;
        for (Question q : d.questions()) {
            LevelAnswer a = assessment.answers().get(q.id());
            if (a != null && a.hasLevel()) {
                weighted += q.weightOrOne() * a.level();
                weights += q.weightOrOne();
            }
        }
        return weights > 0 ? weighted / weights : null;
    }

    private static DimensionScore scoreDimension(Dimension d, Assessment assessment, Double overall) {
        int known = 0;
        int na = 0;
        int dk = 0;
        int open = 0;
        for (Question q : d.questions()) {
            LevelAnswer a = assessment.answers().get(q.id());
            if (a == null) {
                open++;
            } else if (a.kind() == LevelAnswer.Kind.NOT_APPLICABLE) {
                na++;
            } else if (a.kind() == LevelAnswer.Kind.DONT_KNOW) {
                dk++;
            } else {
                known++;
            }
        }
        Double level = level(d, assessment);
        Integer explicit = assessment.targets().get(d.id());
        int target = explicit != null ? explicit : defaultTarget(level, overall);
        return new DimensionScore(d.id(), level, level == null ? null : level * 20,
                confidence(known, d.questions().size(), na), target, explicit != null, known, na, dk, open);
    }

    /**
     * The default target: one whole level above the current level, and at least the company's own
     * overall level rounded, so that lagging dimensions are pulled up to the company's average first;
     * at most 5. A dimension without a level gets target 1.
     */
    public static int defaultTarget(Double level, Double overallLevel) {
        if (level == null) {
            return 1;
        }
        int oneUp = (int) Math.floor(level + 1e-9) + 1;
        int average = overallLevel == null ? 0 : (int) Math.round(overallLevel);
        return Math.min(Question.MAX_LEVEL, Math.max(oneUp, average));
    }

    private static Double confidence(int known, int all, int notApplicable) {
        int applicable = all - notApplicable;
        return applicable <= 0 ? null : (double) known / applicable;
    }
}
