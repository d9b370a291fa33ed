package nl.maakscan.ui.wizard;

import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import nl.maakscan.model.Priority;
import nl.maakscan.ui.Styles;
import nl.maakscan.ui.Texts;

/** The owner weights each business priority from 0 (not important) to 5 (most important). */
final class PrioritiesStepView extends VBox implements StepView {

    PrioritiesStepView(WizardViewModel model) {
        Texts t = model.texts();
        String lang = t.language();
        setSpacing(12);
        Label intro = Styles.muted(t.get("wizard.prioritiesIntro"));
        GridPane grid = Styles.grid(16, 12);
        int row = 0;
        for (Priority p : model.questionnaire().priorities()) {
            Label name = new Label(p.name().get(lang));
            name.getStyleClass().add(atlantafx.base.theme.Styles.TEXT_BOLD);
            Label description = new Label(p.description() == null ? "" : p.description().get(lang));
            description.setWrapText(true);
            description.getStyleClass().addAll(Styles.HINT);
            description.setMaxWidth(420);
            ToggleGroup group = new ToggleGroup();
            HBox weights = new HBox(4);
            Integer given = model.priorities().get(p.id());
            for (int w = 0; w <= 5; w++) {
                int weight = w;
                ToggleButton b = new ToggleButton(Integer.toString(w));
                b.setId("priority-" + p.id() + "-" + w);
                b.setAccessibleText(p.name().get(lang) + ": " + t.format("wizard.weight", w));
                b.setToggleGroup(group);
                b.setSelected(given != null && given == w);
                b.setOnAction(e -> {
                    model.priority(p.id(), weight);
                    b.setSelected(true);
                });
                weights.getChildren().add(b);
            }
            name.setLabelFor(weights.getChildren().get(0));
            grid.add(new VBox(2, name, description), 0, row);
            grid.add(weights, 1, row++);
        }
        Label scale = new Label(t.get("wizard.weightScale"));
        scale.getStyleClass().addAll(Styles.HINT);
        getChildren().addAll(Styles.heading(t.get("step.priorities")), intro, scale, grid);
        setDisable(model.readOnly());
    }
}
