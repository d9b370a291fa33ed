package nl.maakscan.ui.settings;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import nl.maakscan.ui.Dialogs;
import nl.maakscan.ui.Styles;
import nl.maakscan.ui.Texts;

/** The settings dialog: the assessor's name, organisation and logo for the report's cover. */
public final class SettingsDialog {

    private SettingsDialog() {
    }

    public static void show(Window owner, SettingsViewModel model, Texts t, Dialogs dialogs) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(t.get("settings.title"));
        ButtonType save = new ButtonType(t.get("settings.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save, new ButtonType(t.get("common.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        GridPane grid = Styles.grid(12, 8);
        TextField name = field("settings-assessor", grid, 0, t.get("settings.assessor"));
        name.textProperty().bindBidirectional(model.assessorName());
        TextField organisation = field("settings-organisation", grid, 1, t.get("settings.organisation"));
        organisation.textProperty().bindBidirectional(model.organisation());
        TextField logo = new TextField();
        logo.setId("settings-logo");
        logo.textProperty().bindBidirectional(model.logo());
        logo.setAccessibleText(t.get("settings.logo"));
        Button choose = Styles.button("settings-logo-choose", t.get("settings.chooseLogo"), null);
        choose.setOnAction(e -> dialogs.openFile(t.get("settings.logo"), t.get("settings.images"), "*.png", "*.jpg",
                "*.jpeg").ifPresent(p -> model.logo().set(p.toString())));
        Label logoLabel = new Label(t.get("settings.logo"));
        logoLabel.setLabelFor(logo);
        grid.addRow(2, logoLabel, new HBox(8, logo, choose));
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
        dialog.getDialogPane().setContent(grid);
        if (dialog.showAndWait().filter(b -> b == save).isPresent()) {
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
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(30);
        f.setAccessibleText(label);
        Label l = new Label(label);
        l.setLabelFor(f);
        grid.addRow(row, l, f);
        return f;
    }
}
