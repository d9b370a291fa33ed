package nl.maakscan.ui.start;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import nl.maakscan.advice.Scoring;
import nl.maakscan.content.LoadResult;
import nl.maakscan.content.Problem;
import nl.maakscan.model.Company;
import nl.maakscan.model.Questionnaire;
import nl.maakscan.service.FollowUps;
import nl.maakscan.store.AssessmentInfo;
import nl.maakscan.store.StoreException;
import nl.maakscan.store.StoredAssessment;
import nl.maakscan.ui.Navigator;
import nl.maakscan.ui.Texts;
import nl.maakscan.ui.Workspace;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The start screen: the companies (searchable), the assessments of the selected one, and the
 * commands to create, edit and archive companies and to start, continue, view and compare assessments.
 */
public final class StartViewModel {

    /** One assessment as the list shows it. */
    public record Row(String id, String label, String date, AssessmentInfo.Status status, Double overallLevel) {
    }

    private final Workspace workspace;
    private final Texts texts;
    private final Navigator navigator;
    private final ObservableList<Company> companies = FXCollections.observableArrayList();
    private final FilteredList<Company> shown = new FilteredList<>(companies);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<Company> selected = new SimpleObjectProperty<>();
    private final ObservableList<Row> assessments = FXCollections.observableArrayList();
    private final ObjectProperty<Row> selectedAssessment = new SimpleObjectProperty<>();
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private final BooleanProperty loadingCompanies = new SimpleBooleanProperty(false);
    private long companyLoads;
    /** Counts the loads asked for: a load's rows are shown only if no newer load was asked for since. */
    private long loads;
    /** The company whose rows the list holds now (null: none). */
    private String listed;

    /**
     * {@code remembered} holds the id of the company selected last; the screen opens with it
     * selected (coming back from an assessment) and keeps it up to date.
     */
    public StartViewModel(Workspace workspace, Texts texts, Navigator navigator, StringProperty remembered) {
        this.workspace = workspace;
        this.texts = texts;
        this.navigator = navigator;
        search.addListener((o, was, is) -> {
            String s = is == null ? "" : is.trim().toLowerCase(Locale.ROOT);
            shown.setPredicate(c -> s.isEmpty() || (c.name() + " " + nz(c.place()) + " " + nz(c.kvk()))
                    .toLowerCase(Locale.ROOT).contains(s));
        });
        selected.addListener((o, was, is) -> loadAssessments());
        selected.addListener((o, was, is) -> remembered.set(is == null ? null : is.id()));
        loadCompanies(remembered::get);
    }

    /** Reads the companies again, keeping the selection when the company is still there. */
    public void refresh() {
        loadCompanies(() -> selected.get() == null ? null : selected.get().id());
    }

    /**
     * Reads the active companies in the background (a thousand of them must not stop the window), then
     * selects the company {@code which} names at that moment. A list that arrives after a newer one was asked
     * for is dropped.
     */
    private void loadCompanies(java.util.function.Supplier<String> which) {
        long load = ++companyLoads;
        loadingCompanies.set(true);
        workspace.tasks().run(() -> workspace.store().listActiveCompanies(), list -> {
            if (load == companyLoads) {
                loadingCompanies.set(false);
                companies.setAll(list);
                select(which.get());
            }
        }, e -> {
            if (load == companyLoads) {
                loadingCompanies.set(false);
                failed(e);
            }
        });
    }

    private void select(String companyId) {
        Company before = selected.get();
        Company next = companies.stream().filter(c -> c.id().equals(companyId)).findFirst().orElse(null);
        selected.set(next);
        if (Objects.equals(before, next)) {
            loadAssessments();   // the same company: the selection's listener did not load it again
        }
    }

    /**
     * Loads and scores the selected company's assessments in the background (10,000 assessments in a
     * database must not stop the window). Another company's rows are cleared at once; a load that finishes
     * after the user went on to another company (or asked again) is dropped.
     */
    private void loadAssessments() {
        Company c = selected.get();
        long load = ++loads;
        if (c == null || !c.id().equals(listed)) {
            assessments.clear();
            listed = null;
        }
        if (c == null) {
            loading.set(false);
            return;
        }
        loading.set(true);
        workspace.tasks().run(() -> workspace.store().listAssessments(c.id()).stream().map(this::row).toList(),
                rows -> {
                    if (load == loads) {
                        listed = c.id();
                        loading.set(false);
                        assessments.setAll(rows);
                    }
                }, e -> {
                    if (load == loads) {
                        loading.set(false);
                        failed(e);
                    }
                });
    }

    private Row row(AssessmentInfo info) {
        Double level = workspace.store().loadAssessment(info.id())
                .map(s -> Scoring.score(s.questionnaire(), s.assessment()).overallLevel()).orElse(null);
        String date = info.date() != null ? info.date() : info.created().toString().substring(0, 10);
        return new Row(info.id(), info.label(), date, info.status(), level);
    }

    /** Stores a new company (without id) or the changes to an existing one, and selects it. */
    public void saveCompany(Company company) {
        guard(() -> {
            Company saved = company.id() == null ? workspace.store().createCompany(company)
                    : workspace.store().updateCompany(company);
            loadCompanies(saved::id);
        });
    }

    /** Archives the selected company and offers to undo it. */
    public void archiveSelected() {
        Company c = selected.get();
        if (c == null) {
            return;
        }
        guard(() -> {
            workspace.store().archiveCompany(c.id(), true);
            refresh();
            workspace.dialogs().notify(texts.format("start.archived", c.name()), texts.get("start.undo"), () ->
                    guard(() -> {
                        workspace.store().archiveCompany(c.id(), false);
                        loadCompanies(c::id);
                    }));
        });
    }

    /**
     * Starts an assessment of the selected company with the newest questionnaire; with
     * {@code fromPrevious} its answers start as those of the company's latest assessment (for a T1).
     */
    public void newAssessment(boolean fromPrevious) {
        Company c = selected.get();
        Optional<LoadResult> questionnaire = questionnaire();
        if (c == null || questionnaire.isEmpty()) {
            return;
        }
        guard(() -> {
            List<AssessmentInfo> earlier = workspace.store().listAssessments(c.id());
            String label = nextLabel(earlier, texts);
            String assessor = workspace.settings().load().assessorName();
            AssessmentInfo created = new FollowUps(workspace.store()).start(c.id(), questionnaire.get(), label,
                    assessor, fromPrevious);
            loadAssessments();
            navigator.openWizard(created.id());
        });
    }

    /**
     * "Eerste scan" for the first assessment, then "Vervolgscan 1", 2, ...: one past the number of
     * earlier assessments, or past the highest number so far (also of the older labels T0, T1, ...).
     */
    static String nextLabel(List<AssessmentInfo> earlier, Texts texts) {
        if (earlier.isEmpty()) {
            return texts.get("start.firstLabel");
        }
        int next = earlier.size();
        for (AssessmentInfo a : earlier) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?:[Tt]|\\D+ )(\\d{1,4})")
                    .matcher(a.label() == null ? "" : a.label().trim());
            if (m.matches()) {
                next = Math.max(next, Integer.parseInt(m.group(1)) + 1);
            }
        }
        return texts.format("start.followUpLabel", next);
    }

    /** Enter on a company: continues its latest draft, or starts its first assessment (not while its list loads). */
    public void newAssessmentOrContinue() {
        if (loading.get()) {
            return;
        }
        Row draft = assessments.stream().filter(r -> r.status() == AssessmentInfo.Status.DRAFT)
                .reduce((a, b) -> b).orElse(null);
        if (draft != null) {
            navigator.openWizard(draft.id());
        } else if (assessments.isEmpty()) {
            newAssessment(false);
        }
    }

    /** Continues the selected assessment in the wizard. */
    public void openSelected() {
        Row r = selectedAssessment.get();
        if (r != null) {
            navigator.openWizard(r.id());
        }
    }

    public void resultsOfSelected() {
        Row r = selectedAssessment.get();
        if (r != null) {
            navigator.openResults(r.id());
        }
    }

    /** Compares the selected assessment with the one before it (or the only other one). */
    /** Opens the figures of the whole programme in the database. */
    public void openProgramme() {
        navigator.openProgramme();
    }

    public void compareSelected() {
        Row r = selectedAssessment.get();
        if (r == null || assessments.size() < 2) {
            return;
        }
        int i = assessments.indexOf(r);
        Row other = assessments.get(i > 0 ? i - 1 : 1);
        navigator.openCompare(other.id(), r.id());
    }

    private Optional<LoadResult> questionnaire() {
        return current().flatMap(q -> workspace.library().resultFor(q));
    }

    /** The company's latest assessment, if it has one. */
    public Optional<StoredAssessment> latest() {
        return assessments.isEmpty() ? Optional.empty()
                : workspace.store().loadAssessment(assessments.get(assessments.size() - 1).id());
    }

    public List<String> questionnaireProblems() {
        return workspace.library().problems().stream().map(Problem::toString).toList();
    }

    /**
     * The questionnaire new assessments are made with: the newest version of the last questionnaire
     * loaded (a user's own questionnaire comes after the built-in ones; released older versions stay
     * loaded only to open what was made with them).
     */
    public Optional<Questionnaire> current() {
        return workspace.library().questionnaires().stream().reduce((a, b) -> b)
                .flatMap(q -> workspace.library().latest(q.id()));
    }

    public List<Questionnaire> questionnaires() {
        return workspace.library().questionnaires();
    }

    private void failed(Throwable e) {
        if (e instanceof StoreException s) {
            workspace.dialogs().error(texts.get("error.store"), s.message(texts.language()));
        } else {
            throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
        }
    }

    private void guard(Runnable action) {
        try {
            action.run();
        } catch (StoreException e) {
            workspace.dialogs().error(texts.get("error.store"), e.message(texts.language()));
        }
    }

    public Texts texts() {
        return texts;
    }

    public Workspace workspace() {
        return workspace;
    }

    public FilteredList<Company> companies() {
        return shown;
    }

    public StringProperty search() {
        return search;
    }

    public ObjectProperty<Company> selected() {
        return selected;
    }

    public ObservableList<Row> assessments() {
        return assessments;
    }

    public ObjectProperty<Row> selectedAssessment() {
        return selectedAssessment;
    }

    /** True while the companies are being read. */
    public ReadOnlyBooleanProperty loadingCompanies() {
        return loadingCompanies;
    }

    /** True while the selected company's assessments are being loaded and scored. */
    public ReadOnlyBooleanProperty loading() {
        return loading;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
