package nl.maakscan.ui.wizard;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.maakscan.model.Conclusions;
import nl.maakscan.model.Dimension;
import nl.maakscan.model.PlanStepStatus;
import nl.maakscan.store.ConclusionsRepository;
import nl.maakscan.store.PlanTracking;
import nl.maakscan.ui.PreviousPlan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The state of the wizard's "conclusions" and "previous plan" steps: the adviser's texts, the method, and the
 * status and note of each step of the previous plan. Every change goes to the store at once through the
 * wizard's {@link Saver}; a final assessment changes nothing. Tested without JavaFX running.
 */
public final class FollowUpViewModel {

    /** One step of the previous plan as the wizard edits it. */
    public record StepRow(PreviousPlan.Tracked tracked, ObjectProperty<PlanStepStatus.Status> status,
            StringProperty note) {
    }

    private final WizardViewModel wizard;
    private final ConclusionsRepository conclusions;
    private final PlanTracking tracking;
    private final StringProperty overall = new SimpleStringProperty();
    private final Map<String, StringProperty> byDimension = new LinkedHashMap<>();
    private final ObjectProperty<Conclusions.Method> method = new SimpleObjectProperty<>();
    private final StringProperty participants = new SimpleStringProperty();
    private final List<StepRow> steps;

    public FollowUpViewModel(WizardViewModel wizard) {
        this.wizard = wizard;
        this.conclusions = new ConclusionsRepository(wizard.workspace().store());
        this.tracking = new PlanTracking(wizard.workspace().store());
        Conclusions stored = conclusions.load(wizard.assessmentId());
        overall.set(stored.overall());
        for (Dimension d : wizard.questionnaire().maturityDimensions()) {
            byDimension.put(d.id(), new SimpleStringProperty(stored.dimension(d.id())));
        }
        method.set(stored.method());
        participants.set(stored.participants());
        steps = PreviousPlan.of(wizard.workspace().store(), wizard.assessmentId(), wizard.texts()).stream()
                .map(t -> new StepRow(t, new SimpleObjectProperty<>(t.recorded() == null ? null : t.recorded().status()),
                        new SimpleStringProperty(t.recorded() == null ? null : t.recorded().note())))
                .toList();
    }

    public void overall(String text) {
        if (changed(overall, text)) {
            save(() -> conclusions.saveOverall(wizard.assessmentId(), text));
        }
    }

    public void dimension(String dimensionId, String text) {
        if (changed(byDimension.get(dimensionId), text)) {
            save(() -> conclusions.saveDimension(wizard.assessmentId(), dimensionId, text));
        }
    }

    public void method(Conclusions.Method chosen) {
        if (!wizard.readOnly() && !Objects.equals(method.get(), chosen)) {
            method.set(chosen);
            saveMethod();
        }
    }

    public void participants(String text) {
        if (changed(participants, text)) {
            saveMethod();
        }
    }

    private void saveMethod() {
        Conclusions.Method m = method.get();
        String p = participants.get();
        save(() -> conclusions.saveMethod(wizard.assessmentId(), m, p));
    }

    /** Sets the status of a step of the previous plan (null: not recorded). */
    public void status(StepRow row, PlanStepStatus.Status status) {
        if (!wizard.readOnly() && row.status().get() != status) {
            row.status().set(status);
            saveStep(row);
        }
    }

    public void note(StepRow row, String note) {
        if (changed(row.note(), note)) {
            saveStep(row);
        }
    }

    private void saveStep(StepRow row) {
        PlanStepStatus s = new PlanStepStatus(row.tracked().step().technologyId(), row.tracked().step().supportType(),
                row.status().get(), row.note().get());
        save(() -> tracking.save(wizard.assessmentId(), s));
    }

    /** Sets the property to the text (blank counts as none) and tells whether that changed anything. */
    private boolean changed(StringProperty property, String text) {
        String t = text == null || text.isBlank() ? null : text;
        if (wizard.readOnly() || Objects.equals(property.get(), t)) {
            return false;
        }
        property.set(t);
        return true;
    }

    private void save(Runnable change) {
        wizard.saver().save(change);
    }

    public WizardViewModel wizard() {
        return wizard;
    }

    public StringProperty overall() {
        return overall;
    }

    public StringProperty dimension(String dimensionId) {
        return byDimension.get(dimensionId);
    }

    public ObjectProperty<Conclusions.Method> method() {
        return method;
    }

    public StringProperty participants() {
        return participants;
    }

    public List<StepRow> steps() {
        return steps;
    }
}
