package nl.maakscan.ui.wizard;

import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import nl.maakscan.model.AdoptionAnswer;
import nl.maakscan.model.Assessment;
import nl.maakscan.model.Company;
import nl.maakscan.model.LevelAnswer;
import nl.maakscan.store.AssessmentInfo;
import nl.maakscan.ui.Workspace;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The wizard's answers and what is saved with them: levels with notes, technologies in use, priorities,
 * targets, the company and the assessment's details. Each change is shown at once and saved through the
 * {@link Saver}; nothing changes when the assessment is final.
 */
final class WizardAnswers {

    private final Workspace workspace;
    private final String assessmentId;
    private final boolean readOnly;
    private final Saver saver;
    private final ObjectProperty<Company> company;
    private final ObjectProperty<AssessmentInfo> info;
    private final ObservableMap<String, LevelAnswer> answers = FXCollections.observableHashMap();
    private final ObservableMap<String, AdoptionAnswer> adoption = FXCollections.observableHashMap();
    private final ObservableMap<String, Integer> priorities = FXCollections.observableHashMap();
    private final ObservableMap<String, Integer> targets = FXCollections.observableHashMap();
    /** Notes typed before the question has an answer: they are saved with the answer. */
    private final Map<String, String> draftNotes = new HashMap<>();

    WizardAnswers(Workspace workspace, String assessmentId, boolean readOnly, Saver saver, Assessment stored,
            ObjectProperty<Company> company, ObjectProperty<AssessmentInfo> info) {
        this.workspace = workspace;
        this.assessmentId = assessmentId;
        this.readOnly = readOnly;
        this.saver = saver;
        this.company = company;
        this.info = info;
        answers.putAll(stored.answers());
        adoption.putAll(stored.technologies());
        priorities.putAll(stored.priorities());
        targets.putAll(stored.targets());
    }

    /** Answers a question, keeping its note (or the note typed before the answer). */
    void answer(String questionId, LevelAnswer answer) {
        LevelAnswer old = answers.get(questionId);
        LevelAnswer withNote = old == null ? answer.withNote(draftNotes.remove(questionId)) : answer.withNote(old.note());
        change(() -> answers.put(questionId, withNote),
                () -> workspace.store().saveAnswer(assessmentId, questionId, withNote));
    }

    /** Sets the note or evidence of a question; a note without an answer waits for the answer. */
    void note(String questionId, String note) {
        LevelAnswer old = answers.get(questionId);
        String n = note == null || note.isBlank() ? null : note;
        if (old == null) {
            if (n == null) {
                draftNotes.remove(questionId);
            } else {
                draftNotes.put(questionId, n);
            }
            return;
        }
        if (Objects.equals(old.note(), n)) {
            return;
        }
        LevelAnswer changed = old.withNote(n);
        change(() -> answers.put(questionId, changed),
                () -> workspace.store().saveAnswer(assessmentId, questionId, changed));
    }

    void adoption(String technologyId, AdoptionAnswer answer) {
        change(() -> adoption.put(technologyId, answer),
                () -> workspace.store().saveAdoption(assessmentId, technologyId, answer));
    }

    void priority(String priorityId, int weight) {
        change(() -> priorities.put(priorityId, weight),
                () -> workspace.store().savePriority(assessmentId, priorityId, weight));
    }

    /** Sets a dimension's target, or with null returns it to the default. */
    void target(String dimensionId, Integer level) {
        change(() -> {
            if (level == null) {
                targets.remove(dimensionId);
            } else {
                targets.put(dimensionId, level);
            }
        }, () -> workspace.store().saveTarget(assessmentId, dimensionId, level));
    }

    void saveCompany(Company changed) {
        change(() -> company.set(changed), () -> workspace.store().updateCompany(changed));
    }

    void saveDetails(String label, String assessor, String date) {
        change(() -> { }, () -> {
            workspace.store().saveDetails(assessmentId, label, assessor, date);
            info.set(workspace.store().listAssessments(company.get().id()).stream()
                    .filter(i -> i.id().equals(assessmentId)).findFirst().orElse(info.get()));
        });
    }

    private void change(Runnable inMemory, Runnable store) {
        if (readOnly) {
            return;
        }
        inMemory.run();
        saver.save(store);
    }

    /** The answers as they are now, for scoring. */
    Assessment assessment() {
        AssessmentInfo i = info.get();
        return new Assessment(assessmentId, i.label(), i.assessor(), i.date(), priorities, answers, adoption, targets);
    }

    String draftNote(String questionId) {
        return draftNotes.get(questionId);
    }

    ObservableMap<String, LevelAnswer> answers() {
        return answers;
    }

    ObservableMap<String, AdoptionAnswer> adoption() {
        return adoption;
    }

    ObservableMap<String, Integer> priorities() {
        return priorities;
    }

    ObservableMap<String, Integer> targets() {
        return targets;
    }
}
