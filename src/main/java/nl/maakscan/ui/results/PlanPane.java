package nl.maakscan.ui.results;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import nl.maakscan.ui.Styles;
import nl.maakscan.ui.Texts;

/**
 * The plan on the results screen: the three first steps, then per phase a row per step (months, what to
 * do, adviser days and cost, investment, financing, milestone and result) with the subtotal, the total,
 * the programme budget and, when old, the age of the financing list.
 */
final class PlanPane {

    private final PlanViewModel plan;
    private final Texts t;

    PlanPane(PlanViewModel plan, Texts t) {
        this.plan = plan;
        this.t = t;
    }

    Node build() {
        VBox box = new VBox(8, Styles.heading(t.get("results.plan")));
        box.setId("results-plan");
        if (plan.empty()) {
            return box;
        }
        box.getChildren().add(Styles.bold(t.get("results.firstSteps")));
        int i = 1;
        for (String step : plan.firstSteps()) {
            box.getChildren().add(wrap(i++ + ". " + step));
        }
        for (PlanViewModel.PhaseBlock phase : plan.phases()) {
            box.getChildren().add(Styles.bold(phase.title()));
            GridPane grid = Styles.grid(12, 4);
            int row = 0;
            for (PlanViewModel.StepRow s : phase.steps()) {
                Label title = Styles.bold(s.number() + ". " + s.title());
                title.setWrapText(true);
                grid.add(new Label(s.months()), 0, row);
                grid.add(title, 1, row++);
                grid.add(wrap(s.what()), 1, row++);
                String money = s.adviserCost() + (s.investment().isEmpty() ? ""
                        : " \u00b7 " + t.format("results.investment", s.investment()))
                        + (s.financing().isEmpty() ? "" : " \u00b7 " + s.financing());
                grid.add(Styles.muted(money), 1, row++);
                grid.add(Styles.muted(s.milestone() + (s.result().isEmpty() ? "" : " " + s.result())), 1, row++);
            }
            box.getChildren().addAll(grid, Styles.muted(phase.subtotal()));
        }
        Label total = Styles.bold(plan.total());
        total.setWrapText(true);
        total.setId("results-total-days");
        Label budget = wrap(plan.budget());
        budget.setId("results-plan-budget");
        box.getChildren().addAll(total, budget);
        if (plan.financingAge() != null) {
            Label age = wrap(plan.financingAge());
            age.setId("results-financing-age");
            box.getChildren().add(age);
        }
        return box;
    }

    private static Label wrap(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        return l;
    }
}
