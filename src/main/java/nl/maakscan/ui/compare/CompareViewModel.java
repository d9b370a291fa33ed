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
        public Double change() {
            return first == null || second == null ? null : second - first;
        }
    }

    private final Texts texts;
    private final Navigator navigator;
    private final StoredAssessment first;
    private final StoredAssessment second;
    private final List<Row> rows = new ArrayList<>();
    private final Row overall;
    private final List<nl.maakscan.store.AssessmentInfo> choices;
    private final List<nl.maakscan.ui.PreviousPlan.Tracked> previousPlan;

    public CompareViewModel(Workspace workspace, Texts texts, Navigator navigator, String firstId, String secondId) {
        this.texts = texts;
        this.navigator = navigator;
        this.first = workspace.store().loadAssessment(firstId).orElseThrow();
        this.second = workspace.store().loadAssessment(secondId).orElseThrow();
        Scores a = Scoring.score(first.questionnaire(), first.assessment(), first.company());
        Scores b = Scoring.score(second.questionnaire(), second.assessment(), second.company());
        for (Dimension d : second.questionnaire().maturityDimensions()) {
            rows.add(new Row(d.name().get(texts.language()),
                    a.dimension(d.id()).map(DimensionScore::level).orElse(null),
                    b.dimension(d.id()).map(DimensionScore::level).orElse(null)));
        }
        overall = new Row(texts.get("compare.overall"), a.overallLevel(), b.overallLevel());
        choices = workspace.store().listAssessments(second.company().id());
        previousPlan = nl.maakscan.ui.PreviousPlan.of(workspace.store(), secondId, texts);
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
