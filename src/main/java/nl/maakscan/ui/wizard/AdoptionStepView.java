package nl.maakscan.ui.wizard;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import nl.maakscan.model.AdoptionAnswer;
import nl.maakscan.model.Technology;
import nl.maakscan.ui.Styles;
import nl.maakscan.ui.Texts;

import java.util.ArrayList;
import java.util.List;

/** Where the company stands with each technology of the catalogue: not used ... in use, or not relevant. */
final class AdoptionStepView extends VBox implements StepView {

    private static final int NOT_RELEVANT = -1;

    AdoptionStepView(WizardViewModel model) {
        Texts t = model.texts();
        String lang = t.language();
        setSpacing(12);
        Label intro = Styles.muted(t.get("wizard.adoptionIntro"));
        GridPane grid = Styles.grid(16, 6);
        List<Integer> choices = new ArrayList<>(List.of(0, 1, 2, 3, 4, 5, NOT_RELEVANT));
        StringConverter<Integer> names = new StringConverter<>() {
            @Override
            public String toString(Integer v) {
                if (v == null) {
                    return t.get("wizard.notAnswered");
                }
                return v == NOT_RELEVANT ? t.get("wizard.notRelevant")
                        : v + " – " + model.questionnaire().adoptionScale().get(Integer.toString(v)).get(lang);
            }

            @Override
            public Integer fromString(String s) {
                return null;
            }
        };
        int row = 0;
        for (Technology tech : model.questionnaire().technologies()) {
            Label name = new Label(tech.name().get(lang));
            name.setWrapText(true);
            name.setMaxWidth(380);
            if (tech.description() != null) {
                Tooltip tip = new Tooltip(tech.description().get(lang));
                tip.setWrapText(true);
                tip.setMaxWidth(420);
                name.setTooltip(tip);
            }
            ComboBox<Integer> box = new ComboBox<>();
            box.getItems().setAll(choices);
            box.setConverter(names);
            box.setId("adoption-" + tech.id());
            box.setAccessibleText(tech.name().get(lang));
            name.setLabelFor(box);
            AdoptionAnswer a = model.adoptionAnswers().get(tech.id());
            box.setValue(a == null ? null : a.notRelevant() ? NOT_RELEVANT : a.level());
            box.valueProperty().addListener((o, was, is) -> {
                if (is != null) {
                    model.adoption(tech.id(), is == NOT_RELEVANT ? AdoptionAnswer.irrelevant()
                            : new AdoptionAnswer(is, false, a == null ? null : a.note()));
                }
            });
            grid.addRow(row++, name, box);
        }
        getChildren().addAll(Styles.heading(t.get("step.adoption")), intro, grid);
        setDisable(model.readOnly());
    }
}
