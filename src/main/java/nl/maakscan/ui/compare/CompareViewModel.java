package nl.maakscan.ui.compare;

import nl.maakscan.advice.DimensionScore;
import nl.maakscan.advice.Scores;
import nl.maakscan.advice.Scoring;
import nl.maakscan.model.Dimension;
import nl.maakscan.store.StoredAssessment;
import nl.maakscan.ui.Navigator;
import nl.maakscan.ui.Texts;
import nl.maakscan.ui.Workspace;

import java.util.ArrayList;
import java.util.List;

/**
 * Two assessments of one company side by side: the level per dimension in each and the change.
 * Dimensions are matched by id; one that only the newer questionnaire has shows no earlier level.
 */
public final class CompareViewModel {

    /** One dimension: the earlier and the later level (null when unknown) and the change. */
    public record Row(String dimension, Double first, Double second) {
        /**
         * The change between the levels as shown (to one decimal), so that 1,9 -> 2,1 reads +0,2 and
         * two levels shown alike have no change; null when a level is unknown.
         */
        public Double change() {
            return first == null || second == null ? null : (Math.round(second * 10) - Math.round(first * 10)) / 10.0;
        }
    }

    /** A question answered differently in the two assessments (texts as shown, "–" for no answer). */
    public record ChangedAnswer(String questionId, String number, String question, String first, String second) {
    }

    private final Texts texts;
    private final Navigator navigator;
    private final StoredAssessment first;
    private final StoredAssessment second;
    private final List<Row> rows = new ArrayList<>();
    private final Row overall;
    private final List<nl.maakscan.store.AssessmentInfo> choices;
    private final List<ChangedAnswer> changedAnswers = new ArrayList<>();
    private final List<Double> targets = new ArrayList<>();
    private final List<nl.maakscan.ui.PreviousPlan.Tracked> previousPlan;

    public CompareViewModel(Workspace workspace, Texts texts, Navigator navigator, String firstId, String secondId) {
        this.texts = texts;
        this.navigator = navigator;
        this.first = workspace.store().loadAssessment(firstId).orElseThrow();
        this.second = workspace.store().loadAssessment(secondId).orElseThrow();
        Scores a = Scoring.score(first.questionnaire(), first.assessment(), first.company());
        Scores b = Scoring.score(second.questionnaire(), second.assessment(), second.company());
        int dn = 1;
        for (Dimension d : second.questionnaire().maturityDimensions()) {
            rows.add(new Row(d.name().get(texts.language()),
                    a.dimension(d.id()).map(DimensionScore::level).orElse(null),
                    b.dimension(d.id()).map(DimensionScore::level).orElse(null)));
            targets.add(b.dimension(d.id()).map(s -> (double) s.target()).orElse(null));
            int qn = 1;
            for (nl.maakscan.model.Question q : d.questions()) {
                String was = answer(first.assessment().answers().get(q.id()));
                String is = answer(second.assessment().answers().get(q.id()));
                if (!was.equals(is)) {
                    changedAnswers.add(new ChangedAnswer(q.id(), dn + "." + qn, q.text().get(texts.language()), was, is));
                }
                qn++;
            }
            dn++;
        }
        overall = new Row(texts.get("compare.overall"), a.overallLevel(), b.overallLevel());
        choices = workspace.store().listAssessments(second.company().id());
        previousPlan = nl.maakscan.ui.PreviousPlan.of(workspace.store(), secondId, texts);
    }

    private String answer(nl.maakscan.model.LevelAnswer a) {
        if (a == null) {
            return "–";
        }
        return switch (a.kind()) {
            case LEVEL -> Integer.toString(a.level());
            case NOT_APPLICABLE -> texts.get("wizard.notApplicable");
            case DONT_KNOW -> texts.get("wizard.dontKnow");
        };
    }

    /** The questions answered differently, in questionnaire order. */
    public List<ChangedAnswer> changedAnswers() {
        return changedAnswers;
    }

    /** The later assessment's target per dimension, in the order of {@link #rows()}. */
    public List<Double> targets() {
        return targets;
    }

    /** The company's assessments, any two of which can be compared. */
    public List<nl.maakscan.store.AssessmentInfo> choices() {
        return choices;
    }

    /** Compares another pair of the company's assessments. */
    public void compare(String firstId, String secondId) {
        if (!firstId.equals(first.info().id()) || !secondId.equals(second.info().id())) {
            navigator.openCompare(firstId, secondId);
        }
    }

    public void back() {
        navigator.showStart();
    }

    public Texts texts() {
        return texts;
    }

    public StoredAssessment first() {
        return first;
    }

    public StoredAssessment second() {
        return second;
    }

    public List<Row> rows() {
        return rows;
    }

    public Row overall() {
        return overall;
    }

    /** The steps of the plan before the later assessment, with the status recorded at the later one; or empty. */
    public List<nl.maakscan.ui.PreviousPlan.Tracked> previousPlan() {
        return previousPlan;
    }
}
