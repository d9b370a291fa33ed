package nl.maakscan.ui.wizard;

import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import nl.maakscan.model.AdoptionAnswer;
import nl.maakscan.model.Technology;
import nl.maakscan.ui.Styles;
import nl.maakscan.ui.Texts;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the company stands with each technology of the catalogue: 0 (not used) to 5 (in daily use),
 * or not relevant; answered like the questions, by a click or the keys 0-5 and N.
 */
final class AdoptionStepView extends VBox implements StepView {

    static final int NOT_RELEVANT = -1;

    private final ChoiceRows rows;

    AdoptionStepView(WizardViewModel model, PageScroller scroller) {
        Texts t = model.texts();
        String lang = t.language();
        setSpacing(12);
        Label intro = Styles.muted(t.get("wizard.adoptionIntro"));
        List<ChoiceRows.Choice> choices = new ArrayList<>();
        StringBuilder scale = new StringBuilder();
        for (int v = 0; v <= 5; v++) {
            String meaning = model.questionnaire().adoptionScale().get(Integer.toString(v)).get(lang);
            choices.add(new ChoiceRows.Choice(v, ChoiceRows.digitKey(v), Integer.toString(v), meaning));
            scale.append(v).append(" = ").append(meaning).append(" · ");
        }
        choices.add(new ChoiceRows.Choice(NOT_RELEVANT, KeyCode.N, t.get("wizard.notRelevantShort"),
                t.get("wizard.notRelevant")));
        scale.append(t.get("wizard.notRelevantShort")).append(" = ").append(t.get("wizard.notRelevant"));
        List<ChoiceRows.Row> data = new ArrayList<>();
        for (Technology tech : model.questionnaire().technologies()) {
            AdoptionAnswer a = model.adoptionAnswers().get(tech.id());
            data.add(new ChoiceRows.Row(tech.id(), tech.name().get(lang),
                    tech.description() == null ? null : tech.description().get(lang),
                    a == null ? null : a.notRelevant() ? NOT_RELEVANT : a.level(),
                    v -> model.adoption(tech.id(), v == NOT_RELEVANT ? AdoptionAnswer.irrelevant()
                            : new AdoptionAnswer(v, false, a == null ? null : a.note()))));
        }
        rows = new ChoiceRows(scroller, data, i -> choices, model::next);
        rows.setId("adoption-rows");
        Label legend = new Label(scale.toString());
        legend.setWrapText(true);
        legend.getStyleClass().add(Styles.HINT);
        Label keys = new Label(t.get("wizard.adoptionKeys"));
        keys.setWrapText(true);
        keys.getStyleClass().add(Styles.HINT);
        getChildren().addAll(Styles.heading(t.get("step.adoption")), intro, legend, keys, rows);
        setDisable(model.readOnly());
        rows.start();
    }

    @Override
    public boolean key(KeyCode code) {
        return rows.key(code);
    }
}
