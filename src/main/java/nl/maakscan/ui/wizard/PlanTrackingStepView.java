package nl.maakscan.ui.wizard;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import nl.maakscan.model.PlanStepStatus;
import nl.maakscan.ui.Styles;
import nl.maakscan.ui.Texts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** At a follow-up: every step of the previous assessment's plan with its status and a note. Saved at once. */
final class PlanTrackingStepView extends VBox implements StepView {

    private final TypedText typed = new TypedText();

    PlanTrackingStepView(FollowUpViewModel model) {
        Texts t = model.wizard().texts();
        setSpacing(10);
        getChildren().addAll(Styles.heading(t.get("step.plan_tracking")), Styles.muted(t.get("tracking.intro")));
        if (model.steps().isEmpty()) {
            getChildren().add(new Label(t.get("tracking.none")));
        }
        GridPane grid = Styles.grid(12, 6);
        grid.addRow(0, Styles.bold(t.get("tracking.step")), Styles.bold(t.get("tracking.status")),
                Styles.bold(t.get("tracking.note")));
        int row = 1;
        for (FollowUpViewModel.StepRow s : model.steps()) {
            String key = s.tracked().key().replace('/', '-');
            Label name = new Label(s.tracked().name());
            name.setWrapText(true);
            ComboBox<PlanStepStatus.Status> status = new ComboBox<>();
            List<PlanStepStatus.Status> choices = new ArrayList<>();
            choices.add(null);
            choices.addAll(Arrays.asList(PlanStepStatus.Status.values()));
            status.getItems().setAll(choices);
            status.setConverter(new StringConverter<>() {
                @Override
                public String toString(PlanStepStatus.Status v) {
                    return t.get(v == null ? "tracking.unknown" : "tracking." + v.id());
                }

                @Override
                public PlanStepStatus.Status fromString(String str) {
                    return null;
                }
            });
            status.setValue(s.status().get());
            status.setId("status-" + key);
            status.setAccessibleText(t.get("tracking.status") + " " + s.tracked().name());
            status.valueProperty().addListener((o, was, is) -> model.status(s, is));
            name.setLabelFor(status);
            TextField note = new TextField();
            note.setId("tracking-note-" + key);
            note.setAccessibleText(t.get("tracking.note") + " " + s.tracked().name());
            typed.bind(note, s.note().get(), text -> model.note(s, text));
            GridPane.setHgrow(note, Priority.ALWAYS);
            grid.addRow(row++, name, status, note);
        }
        getChildren().add(grid);
        setDisable(model.wizard().readOnly());
    }

    @Override
    public void leave() {
        typed.commitAll();
    }
}
