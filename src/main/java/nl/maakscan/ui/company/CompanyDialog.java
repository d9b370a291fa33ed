package nl.maakscan.ui.company;

import javafx.application.Platform;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;
import nl.maakscan.model.Company;

import java.util.Optional;

/** The dialog to create or edit a company; OK stays disabled until the form is valid. */
public final class CompanyDialog {

    private CompanyDialog() {
    }

    /** Shows the dialog; the company as filled in, or empty when cancelled. */
    public static Optional<Company> show(Window owner, CompanyFormViewModel model, boolean isNew) {
        Dialog<Company> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(model.texts().get(isNew ? "company.newTitle" : "company.editTitle"));
        ButtonType save = new ButtonType(model.texts().get("company.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(model.texts().get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(save, cancel);
        CompanyForm form = new CompanyForm(model);
        // why "Opslaan" is grey: said in words next to the buttons
        javafx.scene.control.Label why = new javafx.scene.control.Label();
        why.setId("company-why-not");
        why.setWrapText(true);
        why.getStyleClass().add(nl.maakscan.ui.Styles.FIELD_ERROR);
        why.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            String first = model.nameError().get() != null ? model.nameError().get()
                    : model.kvkError().get() != null ? model.kvkError().get() : model.employeesError().get();
            return first == null ? "" : model.texts().format("company.cannotSave", first);
        }, model.nameError(), model.kvkError(), model.employeesError()));
        javafx.scene.layout.VBox content = new javafx.scene.layout.VBox(8, form, why);
        content.setPadding(new javafx.geometry.Insets(8, 8, 0, 8));
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().lookupButton(save).disableProperty().bind(model.valid().not());
        dialog.getDialogPane().lookupButton(save).setId("company-save");
        dialog.setResultConverter(b -> b == save ? model.company() : null);
        Platform.runLater(form::focusName);
        return dialog.showAndWait();
    }
}
