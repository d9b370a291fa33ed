package nl.maakscan.ui.settings;

import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import nl.maakscan.ui.Dialogs;
import nl.maakscan.ui.FormDialog;
import nl.maakscan.ui.Styles;
import nl.maakscan.ui.Texts;

/** The settings dialog: the assessor's name, organisation and logo for the report's cover. */
public final class SettingsDialog {

    private SettingsDialog() {
    }

    public static void show(Window owner, SettingsViewModel model, Texts t, Dialogs dialogs) {
        FormDialog dialog = new FormDialog(owner, t, t.get("settings.title"), t.get("settings.save"));
        GridPane grid = Styles.grid(12, 8);
        TextField name = field("settings-assessor", grid, 0, t.get("settings.assessor"));
        name.textProperty().bindBidirectional(model.assessorName());
        TextField organisation = field("settings-organisation", grid, 1, t.get("settings.organisation"));
        organisation.textProperty().bindBidirectional(model.organisation());
        FormDialog.Labelled<TextField> logoField = FormDialog.field(TextField::new, "settings-logo",
                t.get("settings.logo"));
        TextField logo = logoField.field();
        logo.textProperty().bindBidirectional(model.logo());
        Button choose = Styles.button("settings-logo-choose", t.get("settings.chooseLogo"), null);
        choose.setOnAction(e -> dialogs.openFile(t.get("settings.logo"), t.get("settings.images"), "*.png", "*.jpg",
                "*.jpeg").ifPresent(p -> model.logo().set(p.toString())));
        grid.addRow(2, logoField.label(), new HBox(8, logo, choose));
        TextField dayRate = field("settings-day-rate", grid, 3, t.get("settings.dayRate"));
        dayRate.textProperty().bindBidirectional(model.dayRate());
        dayRate.setPromptText(t.get("settings.dayRatePrompt"));
        TextField budget = field("settings-programme-budget", grid, 4, t.get("settings.programmeBudget"));
        budget.textProperty().bindBidirectional(model.programmeBudget());
        budget.setPromptText(t.get("settings.programmeBudgetPrompt"));
        grid.add(Styles.muted(t.get("settings.help")), 0, 5, 2, 1);
        grid.add(Styles.muted(t.get("settings.ratesHelp")), 0, 6, 2, 1);
        grid.setPadding(new javafx.geometry.Insets(8, 12, 8, 12));   // labels do not touch the dialog's edge
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(javafx.scene.control.Control.USE_PREF_SIZE);
        grid.getColumnConstraints().add(labels);
        if (dialog.showAndWait(grid)) {
            if (!model.amountsValid()) {
                dialogs.error(t.get("settings.title"), t.get("settings.amountsInvalid"));
            }
            if (!model.logoFound()) {
                dialogs.error(t.get("settings.title"), t.format("settings.logoMissing", model.logo().get()));
            }
            model.save();
        }
    }

    private static TextField field(String id, GridPane grid, int row, String label) {
        FormDialog.Labelled<TextField> f = FormDialog.field(TextField::new, id, label);
        f.field().setPrefColumnCount(30);
        grid.addRow(row, f.label(), f.field());
        return f.field();
    }
}
