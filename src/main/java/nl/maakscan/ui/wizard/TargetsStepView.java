package nl.maakscan.ui.wizard;

import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import nl.maakscan.advice.DimensionScore;
import nl.maakscan.advice.Scores;
import nl.maakscan.advice.Scoring;
import nl.maakscan.model.Dimension;
import nl.maakscan.ui.Styles;
import nl.maakscan.ui.Texts;

import java.util.ArrayList;
import java.util.List;

/**
 * The target level per dimension: the suggested one (V), or 0-5, each with what the level means;
 * answered by a click or by keys like the questions.
 */
final class TargetsStepView extends VBox implements StepView {

    static final int SUGGESTED = -1;

    private final ChoiceRows rows;

    TargetsStepView(WizardViewModel model, PageScroller scroller) {
        Texts t = model.texts();
        String lang = t.language();
        setSpacing(12);
        Label intro = Styles.muted(t.get("wizard.targetsIntro"));
        Scores scores = Scoring.score(model.questionnaire(), model.assessment());
        List<ChoiceRows.Row> data = new ArrayList<>();
        List<List<ChoiceRows.Choice>> choices = new ArrayList<>();
        for (Dimension d : model.questionnaire().maturityDimensions()) {
            DimensionScore s = scores.dimension(d.id()).orElseThrow();
            int suggested = Scoring.defaultTarget(s.level(), scores.overallLevel());
            List<ChoiceRows.Choice> cs = new ArrayList<>();
            cs.add(new ChoiceRows.Choice(SUGGESTED, KeyCode.V, t.format("wizard.suggestedButton", suggested),
                    t.format("wizard.suggestedMeaning", suggested, t.get("levelName." + suggested))));
            for (int v = 0; v <= 5; v++) {
                cs.add(new ChoiceRows.Choice(v, ChoiceRows.digitKey(v), Integer.toString(v),
                        t.format("wizard.levelMeaning", v, t.get("levelName." + v))));
            }
            choices.add(cs);
            Integer chosen = model.targets().get(d.id());
            data.add(new ChoiceRows.Row(d.id(), d.name().get(lang), t.format("wizard.levelNow", t.level(s.level())),
                    chosen == null ? SUGGESTED : chosen,
                    v -> model.target(d.id(), v == SUGGESTED ? null : v)));
        }
        rows = new ChoiceRows(scroller, data, choices::get, model::next);
        rows.setId("target-rows");
        StringBuilder scale = new StringBuilder();
        for (int v = 0; v <= 5; v++) {
            scale.append(v).append(" = ").append(t.get("levelName." + v)).append(v < 5 ? " · " : "");
        }
        Label legend = new Label(scale.toString());
        legend.setWrapText(true);
        legend.getStyleClass().add(Styles.HINT);
        Label keys = new Label(t.get("wizard.targetKeys"));
        keys.setWrapText(true);
        keys.getStyleClass().add(Styles.HINT);
        getChildren().addAll(Styles.heading(t.get("step.targets")), intro, legend, keys, rows);
        setDisable(model.readOnly());
        rows.start();
    }

    @Override
    public boolean key(KeyCode code) {
        return rows.key(code);
    }
}
