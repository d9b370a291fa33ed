package nl.maakscan.ui.wizard;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
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
 * The wizard's state for its views: the company and the assessment, what the company is asked, how far the
 * answers are, and the commands. Moving between pages and questions is {@link WizardNavigation}'s job, the
 * answers and saving them {@link WizardAnswers}'; every change goes to the store at once ({@link Saver}), the
 * position too, so that reopening resumes at the same question. Tested without JavaFX running.
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
    private final WizardAnswers answers;
    private final WizardNavigation navigation;
    private final java.util.Map<String, LevelAnswer> previousAnswers;
    private final AssessmentInfo previous;
    private final DoubleBinding answeredShare;

    /** What the wizard reads from the store before it opens: the assessment, the one before it and its answers. */
    public record Stored(StoredAssessment assessment, AssessmentInfo previous,
            java.util.Map<String, LevelAnswer> previousAnswers) {
    }

    /** Reads what the wizard of an assessment shows; safe off the JavaFX thread (the window does it in the background). */
    public static Stored load(Workspace workspace, String assessmentId) {
        StoredAssessment stored = workspace.store().loadAssessment(assessmentId).orElseThrow();
        AssessmentInfo previous = workspace.store().assessmentBefore(assessmentId).orElse(null);
        java.util.Map<String, LevelAnswer> previousAnswers = previous == null ? java.util.Map.of()
                : workspace.store().loadAssessment(previous.id()).map(p -> p.assessment().answers())
                        .orElse(java.util.Map.of());
        return new Stored(stored, previous, previousAnswers);
    }

    /** Reads the assessment from the store (on this thread) and opens its wizard. */
    public WizardViewModel(Workspace workspace, Texts texts, Navigator navigator, String assessmentId) {
        this(workspace, texts, navigator, load(workspace, assessmentId));
    }

    /** Opens the wizard of an assessment read with {@link #load}. */
    public WizardViewModel(Workspace workspace, Texts texts, Navigator navigator, Stored loaded) {
        this.workspace = workspace;
        this.texts = texts;
        this.navigator = navigator;
        StoredAssessment stored = loaded.assessment();
        this.assessmentId = stored.info().id();
        this.questionnaire = stored.questionnaire();
        this.previous = loaded.previous();
        this.steps = Step.of(questionnaire, previous != null);
        this.readOnly = stored.info().status() == AssessmentInfo.Status.FINAL;
        this.saver = new Saver(workspace, texts);
        company.set(stored.company());
        info.set(stored.info());
        answers = new WizardAnswers(workspace, assessmentId, readOnly, saver, stored.assessment(), company, info);
        answeredShare = Bindings.createDoubleBinding(() -> {
            List<Question> asked = visibleQuestions();
            long answered = asked.stream().filter(q -> answers.answers().containsKey(q.id())).count();
            return asked.isEmpty() ? 1.0 : (double) answered / asked.size();
        }, answers.answers(), company);
        previousAnswers = loaded.previousAnswers();
        navigation = new WizardNavigation(questionnaire, steps, this::visibleQuestions, stored.info().position(),
                position -> {
                    if (!readOnly) {
                        saver.save(() -> workspace.store().savePosition(assessmentId, position));
                    }
                });
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

    // ------------------------------------------------------------------ navigation (WizardNavigation)

    public void next() {
        navigation.next();
    }

    public void back() {
        navigation.back();
    }

    public void goTo(int index) {
        navigation.goTo(index);
    }

    /** Opens the page of a question and makes it the current one (the review's links). */
    public void goToQuestion(String questionId) {
        navigation.goToQuestion(questionId);
    }

    /** Moves to the next (delta 1) or previous (-1) question of the page; past the last one, the next page. */
    public void moveQuestion(int delta) {
        navigation.moveQuestion(delta);
    }

    // ------------------------------------------------------------------ answers (WizardAnswers)

    /** Gives the current question a level (the digit keys 0-5). */
    public void pickLevel(int level) {
        String q = navigation.currentQuestion().get();
        if (q != null) {
            answers.answer(q, LevelAnswer.level(level));
        }
    }

    /** Answers a question, keeping its note. */
    public void answer(String questionId, LevelAnswer answer) {
        answers.answer(questionId, answer);
    }

    /** Sets the note or evidence of a question; a note without an answer waits for the answer. */
    public void note(String questionId, String note) {
        answers.note(questionId, note);
    }

    public void adoption(String technologyId, AdoptionAnswer answer) {
        answers.adoption(technologyId, answer);
    }

    public void priority(String priorityId, int weight) {
        answers.priority(priorityId, weight);
    }

    /** Sets a dimension's target, or with null returns it to the default. */
    public void target(String dimensionId, Integer level) {
        answers.target(dimensionId, level);
    }

    public void saveCompany(Company changed) {
        answers.saveCompany(changed);
    }

    public void saveDetails(String label, String assessor, String date) {
        answers.saveDetails(label, assessor, date);
    }

    /** The answers as they are now, for scoring. */
    public Assessment assessment() {
        return answers.assessment();
    }

    /** A note typed before the question was answered, not saved yet. */
    public String draftNote(String questionId) {
        return answers.draftNote(questionId);
    }

    // ------------------------------------------------------------------ finishing
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
        return answers.answers();
    }

    public ObservableMap<String, AdoptionAnswer> adoptionAnswers() {
        return answers.adoption();
    }

    public ObservableMap<String, Integer> priorities() {
        return answers.priorities();
    }

    public ObservableMap<String, Integer> targets() {
        return answers.targets();
    }

    public IntegerProperty current() {
        return navigation.current();
    }

    public StringProperty currentQuestion() {
        return navigation.currentQuestion();
    }

    public ObjectBinding<Step> step() {
        return navigation.step();
    }

    public BooleanBinding canGoBack() {
        return navigation.canGoBack();
    }

    public BooleanBinding canGoNext() {
        return navigation.canGoNext();
    }

    public DoubleBinding answeredShare() {
        return answeredShare;
    }
}
