package nl.maakscan.advice;

import nl.maakscan.model.Assessment;
import nl.maakscan.model.Company;
import nl.maakscan.model.Dimension;
import nl.maakscan.model.LevelAnswer;
import nl.maakscan.model.Question;
import nl.maakscan.model.Questionnaire;

import java.util.ArrayList;
import java.util.List;

/**
 * Maturity scores as documented in questionnaires/README.md, "Scoring": weighted means of the given
 * levels over the maturity dimensions (bottleneck dimensions are not scored); not applicable and
 * don't know are left out of the mean, don't know lowers the confidence. A question whose
 * {@code processes} the company lacks counts as not applicable, whatever was answered.
 */
public final class Scoring {

    private static final LevelAnswer NOT_APPLICABLE = LevelAnswer.notApplicable();

    private Scoring() {
    }

    /** Scores for a company whose processes are unknown (every question applies). */
    public static Scores score(Questionnaire questionnaire, Assessment assessment) {
        return score(questionnaire, assessment, (Company) null);
    }

    public static Scores score(Questionnaire questionnaire, Assessment assessment, Company company) {
        List<String> processes = company == null ? List.of() : company.processes();
        List<Dimension> maturity = questionnaire.maturityDimensions();
        Double[] levels = new Double[maturity.size()];
        for (int i = 0; i < levels.length; i++) {
            levels[i] = level(maturity.get(i), assessment, processes);
        }
        Double overall = overallLevel(maturity, levels);
        List<DimensionScore> dims = new ArrayList<>();
        int all = 0;
        int known = 0;
        int na = 0;
        int dk = 0;
        int open = 0;
        for (int i = 0; i < levels.length; i++) {
            Dimension d = maturity.get(i);
            DimensionScore s = scoreDimension(d, assessment, processes, levels[i], overall);
            dims.add(s);
            all += d.questions().size();
            known += s.withLevel();
            na += s.notApplicable();
            dk += s.dontKnow();
            open += s.unanswered();
        }
        return new Scores(dims, overall, overall == null ? null : overall * 20, confidence(known, all, na),
                all, known, na, dk, open);
    }

    /**
     * The answer as the advice reads it: not applicable when the question does not apply to the
     * company's processes, else the given answer (null when unanswered).
     */
    public static LevelAnswer answer(Question question, Assessment assessment, List<String> processes) {
        if (!question.appliesTo(processes)) {
            return NOT_APPLICABLE;
        }
        return assessment.answers().get(question.id());
    }

    /** The weighted mean of the dimensions' levels (each dimension's level worked out once). */
    private static Double overallLevel(List<Dimension> maturity, Double[] levels) {
        double weighted = 0;
        double weights = 0;
        for (int i = 0; i < levels.length; i++) {
            Dimension d = maturity.get(i);
            Double level = levels[i];
            if (level != null) {
                weighted += d.weightOrOne() * level;
                weights += d.weightOrOne();
            }
        }
        return weights > 0 ? weighted / weights : null;
    }

    private static Double level(Dimension d, Assessment assessment, List<String> processes) {
        double weighted = 0;
        double weights = 0;
        for (Question q : d.questions()) {
            LevelAnswer a = answer(q, assessment, processes);
            if (a != null && a.hasLevel()) {
                weighted += q.weightOrOne() * a.level();
                weights += q.weightOrOne();
            }
        }
        return weights > 0 ? weighted / weights : null;
    }

    private static DimensionScore scoreDimension(Dimension d, Assessment assessment, List<String> processes,
            Double level, Double overall) {
        int known = 0;
        int na = 0;
        int dk = 0;
        int open = 0;
        for (Question q : d.questions()) {
            LevelAnswer a = answer(q, assessment, processes);
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
