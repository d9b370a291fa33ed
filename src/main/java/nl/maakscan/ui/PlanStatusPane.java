package nl.maakscan.ui;

import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import nl.maakscan.model.PlanStepStatus;

import java.util.List;

/** The steps of the previous plan with their status and note, as the results and the compare view show them. */
public final class PlanStatusPane {

    private PlanStatusPane() {
    }

    /** A box with a heading, how many steps are done, and one row per step; null when there are no steps. */
    public static VBox of(String id, List<PreviousPlan.Tracked> steps, Texts t) {
        if (steps.isEmpty()) {
            return null;
        }
        VBox box = new VBox(8, Styles.heading(t.get("tracking.title")));
        box.setId(id);
        long done = steps.stream().filter(s -> status(s) == PlanStepStatus.Status.DONE).count();
        long busy = steps.stream().filter(s -> status(s) == PlanStepStatus.Status.IN_PROGRESS).count();
        box.getChildren().add(Styles.muted(t.format("tracking.summary", done, steps.size(), busy)));
        GridPane grid = Styles.grid(16, 4);
        int row = 0;
        for (PreviousPlan.Tracked s : steps) {
            Label name = new Label(s.name());
            name.setWrapText(true);
            Label note = new Label(s.recorded() == null || s.recorded().note() == null ? "" : s.recorded().note());
            note.setWrapText(true);
            note.getStyleClass().add(Styles.TEXT_MUTED);
            grid.addRow(row++, name, Styles.bold(PreviousPlan.status(t, s.recorded())), note);
        }
        box.getChildren().add(grid);
        return box;
    }

    private static PlanStepStatus.Status status(PreviousPlan.Tracked s) {
        return s.recorded() == null ? null : s.recorded().status();
    }
}
