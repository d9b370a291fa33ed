package nl.maakscan.ui.company;

import javafx.beans.binding.StringBinding;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;
import nl.maakscan.model.Choice;
import nl.maakscan.ui.Texts;
import nl.maakscan.ui.Styles;

/**
 * The company form: name, KvK number, sector, employees, main processes, place and contact. A wrong
 * value is explained in words right under its field.
 */
public final class CompanyForm extends GridPane {

    private final TextField name;

    public CompanyForm(CompanyFormViewModel model) {
        Texts t = model.texts();
        setHgap(12);
        setVgap(8);
        setPadding(new Insets(8, 12, 8, 12));
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(Control.USE_PREF_SIZE);     // labels are never cut off
        getColumnConstraints().addAll(labels, new javafx.scene.layout.ColumnConstraints());
        name = field("company-name", t.get("company.name"), 0, model.nameError());
        name.textProperty().bindBidirectional(model.name());
        TextField kvk = field("company-kvk", t.get("company.kvk"), 1, model.kvkError());
        kvk.textProperty().bindBidirectional(model.kvk());
        kvk.setPromptText("12345678");

        ComboBox<String> sector = new ComboBox<>();
        sector.setId("company-sector");
        model.profile().sectors().forEach(c -> sector.getItems().add(c.id()));
        sector.setConverter(names(model));
        sector.valueProperty().bindBidirectional(model.sector());
        sector.setMaxWidth(Double.MAX_VALUE);
        row(t.get("company.sector"), sector, 2);

        TextField employees = field("company-employees", t.get("company.employees"), 3, model.employeesError());
        employees.textProperty().bindBidirectional(model.employees());

        FlowPane processes = new FlowPane(16, 6);
        processes.setPrefWrapLength(440);
        processes.setId("company-processes");
        for (Choice c : model.profile().processes()) {
            CheckBox box = new CheckBox(c.name().get(t.language()));
            box.setId("company-process-" + c.id());
            box.setSelected(model.processes().contains(c.id()));
            box.selectedProperty().addListener((o, was, is) -> {
                if (is && !model.processes().contains(c.id())) {
                    model.processes().add(c.id());
                } else if (!is) {
                    model.processes().remove(c.id());
                }
            });
            processes.getChildren().add(box);
        }
        processes.setAccessibleText(t.get("company.processes"));
        Label processesLabel = new Label(t.get("company.processes"));
        processesLabel.setMinWidth(Control.USE_PREF_SIZE);
        add(processesLabel, 0, 4);
        add(processes, 1, 4);

        TextField place = field("company-place", t.get("company.place"), 5, null);
        place.textProperty().bindBidirectional(model.place());
        TextField contact = field("company-contact", t.get("company.contact"), 6, null);
        contact.textProperty().bindBidirectional(model.contact());
    }

    /** Puts the cursor in the name field. */
    public void focusName() {
        name.requestFocus();
    }

    private TextField field(String id, String label, int row, StringBinding error) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(28);
        row(label, f, row);
        if (error != null) {
            Label message = new Label();
            message.setId(id + "-error");
            message.setWrapText(true);
            message.getStyleClass().add(Styles.FIELD_ERROR);
            message.textProperty().bind(error);
            message.visibleProperty().bind(error.isNotNull());
            message.managedProperty().bind(message.visibleProperty());
            getChildren().remove(f);
            add(new javafx.scene.layout.VBox(2, f, message), 1, row);
            error.addListener((o, was, is) -> f.pseudoClassStateChanged(
                    javafx.css.PseudoClass.getPseudoClass("danger"), is != null));
        }
        return f;
    }

    private void row(String label, Control control, int row) {
        Label l = new Label(label);
        l.setMinWidth(Control.USE_PREF_SIZE);
        l.setLabelFor(control);
        control.setAccessibleText(label);
        add(l, 0, row);
        add(control, 1, row);
    }

    private static StringConverter<String> names(CompanyFormViewModel model) {
        return new StringConverter<>() {
            @Override
            public String toString(String id) {
                return id == null ? "" : model.profile().sectors().stream().filter(c -> c.id().equals(id))
                        .map(c -> c.name().get(model.texts().language())).findFirst().orElse(id);
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        };
    }
}
