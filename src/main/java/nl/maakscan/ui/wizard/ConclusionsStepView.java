package nl.maakscan.ui.wizard;

import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import nl.maakscan.model.Conclusions;
import nl.maakscan.model.Dimension;
import nl.maakscan.ui.Styles;
import nl.maakscan.ui.Texts;

/**
 * The adviser's conclusions: how the assessment was made (self-assessment or interview, and who took part),
 * an overall conclusion and one per topic. Saved while typed.
 */
final class ConclusionsStepView extends VBox implements StepView {

    private final TypedText typed = new TypedText();

    ConclusionsStepView(FollowUpViewModel model) {
        Texts t = model.wizard().texts();
        setSpacing(10);
        getChildren().addAll(Styles.heading(t.get("step.conclusions")), Styles.muted(t.get("conclusions.intro")));

        ToggleGroup group = new ToggleGroup();
        RadioButton self = radio(group, "method-self", t.get("conclusions.methodSelf"), Conclusions.Method.SELF_ASSESSMENT);
        RadioButton interview = radio(group, "method-interview", t.get("conclusions.methodInterview"),
                Conclusions.Method.INTERVIEW);
        group.selectToggle(model.method().get() == Conclusions.Method.SELF_ASSESSMENT ? self
                : model.method().get() == Conclusions.Method.INTERVIEW ? interview : null);
        group.selectedToggleProperty().addListener((o, was, is) ->
                model.method(is == null ? null : (Conclusions.Method) is.getUserData()));
        Label methodLabel = Styles.bold(t.get("conclusions.method"));
        TextField participants = new TextField();
        participants.setId("participants");
        participants.setPromptText(t.get("conclusions.participantsPrompt"));
        participants.setAccessibleText(t.get("conclusions.participants"));
        Label participantsLabel = new Label(t.get("conclusions.participants"));
        participantsLabel.setLabelFor(participants);
        typed.bind(participants, model.participants().get(), model::participants);
        getChildren().addAll(methodLabel, new HBox(16, self, interview), participantsLabel, participants);

        TextArea overall = area("conclusion-overall", t.get("conclusions.overall"));
        typed.bind(overall, model.overall().get(), model::overall);
        Label overallLabel = Styles.bold(t.get("conclusions.overall"));
        overallLabel.setLabelFor(overall);
        getChildren().addAll(overallLabel, overall);

        for (Dimension d : model.wizard().questionnaire().maturityDimensions()) {
            String name = d.name().get(t.language());
            TextArea area = area("conclusion-" + d.id(), t.format("conclusions.topic", name));
            typed.bind(area, model.dimension(d.id()).get(), text -> model.dimension(d.id(), text));
            Label label = new Label(name);
            label.setLabelFor(area);
            getChildren().addAll(label, area);
        }
        setDisable(model.wizard().readOnly());
    }

    private static RadioButton radio(ToggleGroup group, String id, String text, Conclusions.Method method) {
        RadioButton r = new RadioButton(text);
        r.setId(id);
        r.setToggleGroup(group);
        r.setUserData(method);
        return r;
    }

    private static TextArea area(String id, String accessible) {
        TextArea a = new TextArea();
        a.setId(id);
        a.setAccessibleText(accessible);
        a.setWrapText(true);
        a.setPrefRowCount(3);
        return a;
    }

    @Override
    public void leave() {
        typed.commitAll();
    }
}
