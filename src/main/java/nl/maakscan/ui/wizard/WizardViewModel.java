package nl.maakscan.ui.wizard;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import nl.maakscan.model.AdoptionAnswer;
import nl.maakscan.model.Assessment;
import nl.maakscan.model.Company;
import nl.maakscan.model.Dimension;
import nl.maakscan.model.LevelAnswer;
import nl.maakscan.model.Question;
import nl.maakscan.model.Questionnaire;
import nl.maakscan.store.AssessmentInfo;
import nl.maakscan.store.StoredAssessment;
import nl.maakscan.ui.Navigator;
import nl.maakscan.ui.Texts;
import nl.maakscan.ui.Workspace;

import java.util.List;

/**
 * The wizard's state: which step and question is current, every answer, and whether the last
 * change is saved. Every change goes to the store at once ({@link Saver}); the position is saved too,
 * so that reopening resumes at the same question. Tested without JavaFX running.
 */
public final class WizardViewModel {

    private final Workspace workspace;
    private final Texts texts;
    private final Navigator navigator;
    private final String assessmentId;
    private final Questionnaire questionnaire;
    private final List<Step> steps;
    private final boolean readOnly;
    private final Saver saver;
    private final ObjectProperty<Company> company = new SimpleObjectProperty<>();
    private final ObjectProperty<AssessmentInfo> info = new SimpleObjectProperty<>();
    private final ObservableMap<String, LevelAnswer> answers = FXCollections.observableHashMap();
    private final ObservableMap<String, AdoptionAnswer> adoption = FXCollections.observableHashMap();
    private final ObservableMap<String, Integer> priorities = FXCollections.observableHashMap();
    private final ObservableMap<String, Integer> targets = FXCollections.observableHashMap();
    /** Notes typed before the question has an answer: they are saved with the answer. */
    private final java.util.Map<String, String> draftNotes = new java.util.HashMap<>();
    private final java.util.Map<String, LevelAnswer> previousAnswers;
    private final AssessmentInfo previous;
    private final IntegerProperty current = new SimpleIntegerProperty(0);
    private final StringProperty currentQuestion = new SimpleStringProperty();
    private final ObjectBinding<Step> step;
    private final BooleanBinding canGoBack;
    private final BooleanBinding canGoNext;
    private final DoubleBinding answeredShare;

    public WizardViewModel(Workspace workspace, Texts texts, Navigator navigator, String assessmentId) {
        this.workspace = workspace;
        this.texts = texts;
        this.navigator = navigator;
        this.assessmentId = assessmentId;
        StoredAssessment stored = workspace.store().loadAssessment(assessmentId).orElseThrow();
        this.questionnaire = stored.questionnaire();
        this.steps = Step.of(questionnaire, workspace.store().assessmentBefore(assessmentId).isPresent());
        this.readOnly = stored.info().status() == AssessmentInfo.Status.FINAL;
        this.saver = new Saver(workspace, texts);
        company.set(stored.company());
        info.set(stored.info());
        Assessment a = stored.assessment();
        answers.putAll(a.answers());
        adoption.putAll(a.technologies());
        priorities.putAll(a.priorities());
        targets.putAll(a.targets());
        step = Bindings.createObjectBinding(() -> steps.get(current.get()), current);
        canGoBack = current.greaterThan(0);
        canGoNext = current.lessThan(steps.size() - 1);
        answeredShare = Bindings.createDoubleBinding(() -> {
            List<Question> asked = visibleQuestions();
            long answered = asked.stream().filter(q -> answers.containsKey(q.id())).count();
            return asked.isEmpty() ? 1.0 : (double) answered / asked.size();
        }, answers, company);
        previous = workspace.store().assessmentBefore(assessmentId).orElse(null);
        previousAnswers = previous == null ? java.util.Map.of()
                : workspace.store().loadAssessment(previous.id()).map(p -> p.assessment().answers())
                        .orElse(java.util.Map.of());
        resume(stored.info().position());
        current.addListener((o, was, is) -> {
            currentQuestion.set(firstQuestion(steps.get(is.intValue())));
            savePosition();
        });
        currentQuestion.addListener((o, was, is) -> savePosition());
    }

    private void resume(String position) {
        if (position == null) {
            return;
        }
        String[] parts = position.split("#", 2);
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            if (s.key().equals(parts[0])) {
                current.set(i);
                boolean asked = parts.length > 1 && s.kind() == Step.Kind.DIMENSION
                        && visibleQuestions(s.dimension()).stream().anyMatch(q -> q.id().equals(parts[1]));
                currentQuestion.set(asked ? parts[1] : firstQuestion(s));
            }
        }
    }

    private String firstQuestion(Step s) {
        if (s.kind() != Step.Kind.DIMENSION) {
            return null;
        }
        List<Question> qs = visibleQuestions(s.dimension());
        return qs.isEmpty() ? null : qs.get(0).id();
    }

    /**
     * The questions of a dimension that this company is asked, in order: the one place that decides
     * which questions a page shows, the keys move through, and the progress and the review count.
     */
    public List<Question> visibleQuestions(Dimension dimension) {
        Company c = company.get();
        List<String> processes = c == null ? List.of() : c.processes();
        return dimension.questions().stream().filter(q -> q.appliesTo(processes)).toList();
    }

    /** Every question this company is asked, page by page. */
    public List<Question> visibleQuestions() {
        return questionnaire.dimensions().stream().flatMap(d -> visibleQuestions(d).stream()).toList();
    }

    private void savePosition() {
        if (!readOnly) {
            String q = currentQuestion.get();
            saver.save(() -> workspace.store().savePosition(assessmentId, step.get().key() + (q == null ? "" : "#" + q)));
        }
    }

    // ------------------------------------------------------------------ navigation

    public void next() {
        if (canGoNext.get()) {
            current.set(current.get() + 1);
        }
    }

    public void back() {
        if (canGoBack.get()) {
            current.set(current.get() - 1);
        }
    }

    public void goTo(int index) {
        if (index >= 0 && index < steps.size()) {
            current.set(index);
        }
    }

    /** Opens the page of a question and makes it the current one (the review's links). */
    public void goToQuestion(String questionId) {
        questionnaire.dimensionOf(questionId).ifPresent(d -> {
            for (int i = 0; i < steps.size(); i++) {
                if (steps.get(i).dimension() == d) {
                    current.set(i);
                }
            }
            currentQuestion.set(questionId);
        });
    }

    /** Moves to the next (delta 1) or previous (-1) question of the page; past the last one, the next page. */
    public void moveQuestion(int delta) {
        Step s = step.get();
        if (s.kind() != Step.Kind.DIMENSION) {
            return;
        }
        List<Question> qs = visibleQuestions(s.dimension());
        if (qs.isEmpty()) {
            if (delta > 0) {
                next();
            }
            return;
        }
        int i = Math.max(0, qs.indexOf(questionnaire.question(currentQuestion.get()).orElse(qs.get(0))));
        int j = i + delta;
        if (j >= 0 && j < qs.size()) {
            currentQuestion.set(qs.get(j).id());
        } else if (j >= qs.size()) {
            next();
        }
    }

    // ------------------------------------------------------------------ answers

    /** Gives the current question a level (the digit keys 0-5). */
    public void pickLevel(int level) {
        if (currentQuestion.get() != null) {
            answer(currentQuestion.get(), LevelAnswer.level(level));
        }
    }

    /** Answers a question, keeping its note. */
    public void answer(String questionId, LevelAnswer answer) {
        LevelAnswer old = answers.get(questionId);
        LevelAnswer withNote = old == null ? answer.withNote(draftNotes.remove(questionId)) : answer.withNote(old.note());
        change(() -> answers.put(questionId, withNote),
                () -> workspace.store().saveAnswer(assessmentId, questionId, withNote));
    }

    /** Sets the note or evidence of a question; a note without an answer waits for the answer. */
    public void note(String questionId, String note) {
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
        if (java.util.Objects.equals(old.note(), n)) {
            return;
        }
        LevelAnswer changed = old.withNote(n);
        change(() -> answers.put(questionId, changed),
                () -> workspace.store().saveAnswer(assessmentId, questionId, changed));
    }

    public void adoption(String technologyId, AdoptionAnswer answer) {
        change(() -> adoption.put(technologyId, answer),
                () -> workspace.store().saveAdoption(assessmentId, technologyId, answer));
    }

    public void priority(String priorityId, int weight) {
        change(() -> priorities.put(priorityId, weight),
                () -> workspace.store().savePriority(assessmentId, priorityId, weight));
    }

    /** Sets a dimension's target, or with null returns it to the default. */
    public void target(String dimensionId, Integer level) {
        change(() -> {
            if (level == null) {
                targets.remove(dimensionId);
            } else {
                targets.put(dimensionId, level);
            }
        }, () -> workspace.store().saveTarget(assessmentId, dimensionId, level));
    }

    public void saveCompany(Company changed) {
        change(() -> company.set(changed), () -> workspace.store().updateCompany(changed));
    }

    public void saveDetails(String label, String assessor, String date) {
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
    public Assessment assessment() {
        AssessmentInfo i = info.get();
        return new Assessment(assessmentId, i.label(), i.assessor(), i.date(), priorities, answers, adoption, targets);
    }

    /** Marks the assessment final and shows the results. */
    public void finish() {
        if (!readOnly) {
            saver.save(() -> workspace.store().finish(assessmentId));
        }
        saver.whenSaved(() -> navigator.openResults(assessmentId));
    }

    /** Makes a finished assessment a draft again, so that its answers can change, and shows it anew. */
    public void reopen() {
        if (readOnly) {
            saver.save(() -> workspace.store().reopen(assessmentId));
            saver.whenSaved(() -> navigator.openWizard(assessmentId));
        }
    }

    /** Back to the start screen once every change is stored (a change that cannot be stored keeps the wizard). */
    public void close() {
        saver.whenSaved(navigator::showStart);
    }

    // ------------------------------------------------------------------ state for the views

    /** The company's assessment before this one (a follow-up copies its answers), or null. */
    public AssessmentInfo previous() {
        return previous;
    }

    /** The answer the previous assessment gave to a question, or null. */
    public LevelAnswer previousAnswer(String questionId) {
        return previousAnswers.get(questionId);
    }

    /** A note typed before the question was answered, not saved yet. */
    public String draftNote(String questionId) {
        return draftNotes.get(questionId);
    }

    public Texts texts() {
        return texts;
    }

    public Workspace workspace() {
        return workspace;
    }

    public String assessmentId() {
        return assessmentId;
    }

    public Questionnaire questionnaire() {
        return questionnaire;
    }

    public List<Step> steps() {
        return steps;
    }

    public boolean readOnly() {
        return readOnly;
    }

    public Saver saver() {
        return saver;
    }

    public ObjectProperty<Company> company() {
        return company;
    }

    public ObjectProperty<AssessmentInfo> info() {
        return info;
    }

    public ObservableMap<String, LevelAnswer> answers() {
        return answers;
    }

    public ObservableMap<String, AdoptionAnswer> adoptionAnswers() {
        return adoption;
    }

    public ObservableMap<String, Integer> priorities() {
        return priorities;
    }

    public ObservableMap<String, Integer> targets() {
        return targets;
    }

    public IntegerProperty current() {
        return current;
    }

    public StringProperty currentQuestion() {
        return currentQuestion;
    }

    public ObjectBinding<Step> step() {
        return step;
    }

    public BooleanBinding canGoBack() {
        return canGoBack;
    }

    public BooleanBinding canGoNext() {
        return canGoNext;
    }

    public DoubleBinding answeredShare() {
        return answeredShare;
    }
}
