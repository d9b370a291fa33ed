package nl.maakscan.report;

import nl.maakscan.advice.DimensionScore;
import nl.maakscan.advice.FinancingAge;
import nl.maakscan.advice.ReasonWords;
import nl.maakscan.advice.Recommendation;
import nl.maakscan.model.LevelAnswer;
import nl.maakscan.model.Question;
import nl.maakscan.model.Questionnaire;

import java.util.List;

/** What every section needs: the input, the words in the report's language and the name lookups. */
final class ReportContext {

    /** How many ranked technologies the report describes. */
    static final int TECHNOLOGIES_SHOWN = 10;

    final ReportInput in;
    final Questionnaire q;
    final Texts texts;
    final ReasonWords reasons;
    final String lang;

    ReportContext(ReportInput in) {
        this.in = in;
        this.q = in.questionnaire();
        this.texts = new Texts(in.language());
        this.reasons = new ReasonWords(q, texts.language());
        this.lang = texts.language();
    }

    String t(String key, Object... args) {
        return texts.t(key, args);
    }

    String level(Double level) {
        return texts.num(level, 1);
    }

    String score(Double score) {
        return texts.num(score, 0);
    }

    DimensionScore score(String dimensionId) {
        return in.advice().scores().dimension(dimensionId).orElseThrow();
    }

    List<Recommendation> shownRecommendations() {
        List<Recommendation> all = in.advice().recommendations();
        return all.subList(0, Math.min(TECHNOLOGIES_SHOWN, all.size()));
    }

    /** An answer in words: "3 - description", "not applicable", "don't know" or "not answered". */
    String answer(Question question, LevelAnswer a) {
        if (a == null) {
            return t("answer.none");
        }
        return switch (a.kind()) {
            case LEVEL -> t("answer.level", a.level(), levelText(question, a.level()));
            case NOT_APPLICABLE -> t("answer.notApplicable");
            case DONT_KNOW -> t("answer.dontKnow");
        };
    }

    String levelText(Question question, int level) {
        var text = question.level(level);
        return text == null ? "" : text.get(lang);
    }

    /**
     * A plain warning when the financing list dates from more than {@value FinancingAge#MONTHS} months before the
     * report date (or its date cannot be read); null when it is recent.
     */
    String financingAge() {
        FinancingAge age = FinancingAge.check(q.financing() == null ? null : q.financing().validFrom(), in.date());
        if (age == null) {
            return null;
        }
        return age.undated() ? t("financing.undated") : t("financing.old", texts.date(age.validFrom()), age.months());
    }

    String days(double days) {
        return t("days", days);
    }

    /** The anchor of a dimension's section. */
    static String dimensionAnchor(String dimensionId) {
        return "dim-" + dimensionId;
    }

    static String technologyAnchor(String technologyId) {
        return "tech-" + technologyId;
    }
}
