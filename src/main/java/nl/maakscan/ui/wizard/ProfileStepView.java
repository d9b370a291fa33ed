package nl.maakscan.ui.wizard;

import javafx.animation.PauseTransition;
import javafx.beans.Observable;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import nl.maakscan.store.AssessmentInfo;
import nl.maakscan.ui.Styles;
import nl.maakscan.ui.Texts;
import nl.maakscan.ui.company.CompanyForm;
import nl.maakscan.ui.company.CompanyFormViewModel;

import java.time.LocalDate;

/**
 * The company profile and the assessment's details (label, assessor, date). Changes are saved a
 * moment after typing stops, and when the page is left, as long as the form is valid.
 */
final class ProfileStepView extends VBox implements StepView {

    private final WizardViewModel model;
    private final CompanyFormViewModel form;
    private final TextField label = new TextField();
    private final TextField assessor = new TextField();
    private final DatePicker date = new DatePicker();
    private final PauseTransition typing = new PauseTransition(Duration.millis(700));

    ProfileStepView(WizardViewModel model) {
        this.model = model;
        Texts t = model.texts();
        setSpacing(12);
        form = new CompanyFormViewModel(t, model.questionnaire().profile());
        form.load(model.company().get());
        AssessmentInfo info = model.info().get();
        label.setText(info.label() == null ? "" : info.label());
        assessor.setText(info.assessor() == null ? "" : info.assessor());
        date.setValue(info.date() == null ? LocalDate.now() : LocalDate.parse(info.date()));
        label.setId("assessment-label");
        assessor.setId("assessment-assessor");
        date.setId("assessment-date");
        date.setConverter(new javafx.util.converter.LocalDateStringConverter(t.dateFormat(), t.dateFormat()));
        GridPane details = Styles.grid(12, 8);
        addRow(details, 0, t.get("wizard.label"), label);
        addRow(details, 1, t.get("wizard.assessor"), assessor);
        addRow(details, 2, t.get("wizard.date"), date);
        Label intro = Styles.muted(t.get("wizard.profileIntro"));
        getChildren().addAll(Styles.heading(t.get("step.profile")), intro, new CompanyForm(form),
                Styles.heading(t.get("wizard.details")), details);
        setDisable(model.readOnly());
        typing.setOnFinished(e -> save());
        for (Observable o : new Observable[] {form.name(), form.kvk(), form.sector(), form.employees(), form.place(),
                form.contact(), form.processes(), label.textProperty(), assessor.textProperty(),
                date.valueProperty()}) {
            o.addListener(x -> typing.playFromStart());
        }
    }

    private static void addRow(GridPane grid, int row, String text, javafx.scene.control.Control control) {
        Label l = new Label(text);
        l.setMinWidth(Label.USE_PREF_SIZE);     // never cut off
        l.setLabelFor(control);
        control.setAccessibleText(text);
        grid.addRow(row, l, control);
    }

    private void save() {
        if (model.readOnly()) {
            return;
        }
        if (form.valid().get() && !form.company().equals(model.company().get())) {
            model.saveCompany(form.company());
        }
        AssessmentInfo info = model.info().get();
        String d = date.getValue() == null ? null : date.getValue().toString();
        String l = blankToNull(label.getText());
        String a = blankToNull(assessor.getText());
        if (!java.util.Objects.equals(l, info.label()) || !java.util.Objects.equals(a, info.assessor())
                || !java.util.Objects.equals(d, info.date())) {
            model.saveDetails(l, a, d);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    @Override
    public void leave() {
        typing.stop();
        save();
    }
}
