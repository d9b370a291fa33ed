package nl.maakscan.ui.wizard;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import nl.maakscan.advice.DimensionScore;
import nl.maakscan.advice.Scores;
import nl.maakscan.advice.Scoring;
import nl.maakscan.model.Dimension;
import nl.maakscan.ui.Styles;
import nl.maakscan.ui.Texts;

import java.util.Arrays;

/** The target level per dimension: the suggested default, or one the owner chooses. */
final class TargetsStepView extends VBox implements StepView {

    private static final int DEFAULT = -1;

    TargetsStepView(WizardViewModel model) {
        Texts t = model.texts();
        String lang = t.language();
        setSpacing(12);
        Label intro = Styles.muted(t.get("wizard.targetsIntro"));
        Scores scores = Scoring.score(model.questionnaire(), model.assessment());
        GridPane grid = Styles.grid(16, 6);
        grid.addRow(0, Styles.bold(t.get("wizard.dimension")), Styles.bold(t.get("wizard.current")), Styles.bold(t.get("wizard.target")));
        int row = 1;
        for (Dimension d : model.questionnaire().maturityDimensions()) {
            DimensionScore s = scores.dimension(d.id()).orElseThrow();
            int suggested = Scoring.defaultTarget(s.level(), scores.overallLevel());
            ComboBox<Integer> box = new ComboBox<>();
            box.getItems().setAll(Arrays.asList(DEFAULT, 0, 1, 2, 3, 4, 5));
            box.setConverter(new StringConverter<>() {
                @Override
                public String toString(Integer v) {
                    return v == null || v == DEFAULT ? t.format("wizard.defaultTarget", suggested) : v.toString();
                }

                @Override
                public Integer fromString(String str) {
                    return null;
                }
            });
            Integer chosen = model.targets().get(d.id());
            box.setValue(chosen == null ? DEFAULT : chosen);
            box.setId("target-" + d.id());
            box.setAccessibleText(t.get("wizard.target") + " " + d.name().get(lang));
            box.valueProperty().addListener((o, was, is) -> model.target(d.id(), is == null || is == DEFAULT ? null : is));
            Label name = new Label(d.name().get(lang));
            name.setLabelFor(box);
            grid.addRow(row++, name, new Label(t.level(s.level())), box);
        }
        getChildren().addAll(Styles.heading(t.get("step.targets")), intro, grid);
        setDisable(model.readOnly());
    }

}
