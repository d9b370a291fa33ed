package nl.maakscan.ui.start;

import nl.maakscan.model.Company;
import nl.maakscan.model.LevelAnswer;
import nl.maakscan.store.AssessmentInfo;
import nl.maakscan.ui.QueuedTasks;
import nl.maakscan.ui.Texts;
import nl.maakscan.ui.UiFixture;
import nl.maakscan.ui.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The start screen's companies, search, archive with undo, and starting or continuing assessments. */
class StartViewModelTest {

    @TempDir
    Path dir;
    UiFixture fx;
    StartViewModel start;

    @BeforeEach
    void setUp() {
        fx = new UiFixture(dir);
        for (String name : List.of("VOORBEELD Plaatwerk Oost", "VOORBEELD Draaierij De Vonk", "VOORBEELD Lasbedrijf Zuid")) {
            fx.store.createCompany(new Company(null, name, null, null, 12, List.of(), "Enschede", null));
        }
        start = new StartViewModel(fx.workspace, new Texts("nl"), fx.navigator,
                new javafx.beans.property.SimpleStringProperty());
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    private Company named(String part) {
        return start.companies().stream().filter(c -> c.name().contains(part)).findFirst().orElseThrow();
    }

    @Test
    void comingBackToTheStartScreenShowsTheCompanySelectedLast() {
        javafx.beans.property.StringProperty remembered = new javafx.beans.property.SimpleStringProperty();
        StartViewModel first = new StartViewModel(fx.workspace, new Texts("nl"), fx.navigator, remembered);
        first.selected().set(first.companies().get(1));

        StartViewModel again = new StartViewModel(fx.workspace, new Texts("nl"), fx.navigator, remembered);

        assertThat(again.selected().get()).isEqualTo(first.companies().get(1));
    }

    @Test
    void searchFiltersCompaniesByNameIgnoringCase() {
        start.search().set("vonk");

        assertThat(start.companies()).extracting(Company::name).containsExactly("VOORBEELD Draaierij De Vonk");
        start.search().set("");
        assertThat(start.companies()).hasSize(3);
    }

    @Test
    void aNewCompanyIsStoredAndSelected() {
        start.saveCompany(new Company(null, "VOORBEELD Frezerij Noord", "87654321", null, 30, List.of(), null, null));

        assertThat(start.selected().get().name()).isEqualTo("VOORBEELD Frezerij Noord");
        assertThat(fx.store.listCompanies()).hasSize(4);
    }

    @Test
    void archivingHidesTheCompanyAndUndoBringsItBack() {
        start.selected().set(named("Vonk"));

        start.archiveSelected();

        assertThat(start.companies()).extracting(Company::name).doesNotContain("VOORBEELD Draaierij De Vonk");
        assertThat(fx.dialogs.notifications).containsExactly("VOORBEELD Draaierij De Vonk is gearchiveerd.");
        fx.dialogs.lastAction.run();
        assertThat(start.companies()).hasSize(3);
        assertThat(start.selected().get().name()).isEqualTo("VOORBEELD Draaierij De Vonk");
    }

    @Test
    void aNewAssessmentIsLabelledT0ThenT1AndOpensInTheWizard() {
        fx.settings.save(fx.settings.load().withAssessor("Coach (voorbeeld)", null, null));
        start.selected().set(named("Oost"));

        start.newAssessment(false);
        start.selected().set(named("Oost"));
        start.newAssessment(false);

        List<AssessmentInfo> stored = fx.store.listAssessments(named("Oost").id());
        assertThat(stored).extracting(AssessmentInfo::label).containsExactly("Eerste scan", "Vervolgscan 1");
        assertThat(stored.get(0).assessor()).isEqualTo("Coach (voorbeeld)");
        assertThat(fx.navigator.last()).isEqualTo("wizard:" + stored.get(1).id());
    }

    @Test
    void theNextLabelFollowsTheHighestTNumberSoFar() {
        AssessmentInfo t0 = fx.sampleAssessment();
        fx.store.saveDetails(t0.id(), "T1", null, null);   // an imported T1 without a T0 before it

        assertThat(StartViewModel.nextLabel(fx.store.listAssessments(t0.companyId()), new nl.maakscan.ui.Texts("nl")))
                .isEqualTo("Vervolgscan 2");
        assertThat(StartViewModel.nextLabel(List.of(), new nl.maakscan.ui.Texts("en"))).isEqualTo("First assessment");
    }

    @Test
    void aFollowUpStartsWithTheAnswersOfTheLatestAssessment() {
        start.selected().set(named("Oost"));
        start.newAssessment(false);
        AssessmentInfo t0 = fx.store.listAssessments(named("Oost").id()).get(0);
        String q = fx.store.loadAssessment(t0.id()).orElseThrow().questionnaire().questions().get(0).id();
        fx.store.saveAnswer(t0.id(), q, LevelAnswer.level(2).withNote("bewijs: foto"));
        start.selected().set(named("Oost"));

        start.newAssessment(true);

        AssessmentInfo t1 = fx.store.listAssessments(named("Oost").id()).get(1);
        assertThat(fx.store.loadAssessment(t1.id()).orElseThrow().assessment().answers().get(q))
                .isEqualTo(LevelAnswer.level(2).withNote("bewijs: foto"));
    }

    @Test
    void assessmentsOfTheSelectedCompanyShowLabelStatusAndOverallLevel() {
        start.selected().set(named("Oost"));
        start.newAssessment(false);
        AssessmentInfo t0 = fx.store.listAssessments(named("Oost").id()).get(0);
        var questions = fx.store.loadAssessment(t0.id()).orElseThrow().questionnaire().questions();
        questions.forEach(q -> fx.store.saveAnswer(t0.id(), q.id(), LevelAnswer.level(3)));

        start.refresh();

        assertThat(start.assessments()).singleElement().satisfies(r -> {
            assertThat(r.label()).isEqualTo("Eerste scan");
            assertThat(r.status()).isEqualTo(AssessmentInfo.Status.DRAFT);
            assertThat(r.overallLevel()).isEqualTo(3.0);
        });
    }

    @Test
    void compareTakesTheSelectedAssessmentAndTheOneBefore() {
        start.selected().set(named("Oost"));
        start.newAssessment(false);
        start.selected().set(named("Oost"));
        start.newAssessment(true);
        start.selected().set(named("Oost"));
        List<AssessmentInfo> stored = fx.store.listAssessments(named("Oost").id());
        start.selectedAssessment().set(start.assessments().get(1));

        start.compareSelected();

        assertThat(fx.navigator.last()).isEqualTo("compare:" + stored.get(0).id() + ":" + stored.get(1).id());
    }

    @Test
    void assessmentsLoadInTheBackgroundAndAListForACompanyLeftMeanwhileIsDropped() {
        fx.store.createAssessment(named("Oost").id(), UiFixture.questionnaire(), "Oost T0", null);
        fx.store.createAssessment(named("Vonk").id(), UiFixture.questionnaire(), "Vonk T0", null);
        QueuedTasks tasks = new QueuedTasks();
        StartViewModel s = new StartViewModel(new Workspace(fx.store, fx.workspace.library(), tasks, fx.dialogs,
                fx.settings, null), new Texts("nl"), fx.navigator, new javafx.beans.property.SimpleStringProperty());
        tasks.runAll();                // the companies

        s.selected().set(named("Oost"));
        assertThat(s.loading().get()).isTrue();
        assertThat(s.assessments()).isEmpty();
        s.newAssessmentOrContinue();   // Enter while the list loads: nothing is started
        s.selected().set(named("Vonk"));
        tasks.run(1);                  // Vonk's list is ready first
        tasks.run(0);                  // then Oost's, which the user has left

        assertThat(s.assessments()).extracting(StartViewModel.Row::label).containsExactly("Vonk T0");
        assertThat(s.loading().get()).isFalse();
        assertThat(fx.navigator.visits).isEmpty();
        assertThat(fx.store.listAssessments(named("Oost").id())).hasSize(1);
    }

    @Test
    void theCompaniesAreReadInTheBackgroundThenTheOneSelectedLastIsSelectedAgain() {
        QueuedTasks tasks = new QueuedTasks();
        javafx.beans.property.StringProperty remembered = new javafx.beans.property.SimpleStringProperty(
                named("Vonk").id());
        StartViewModel s = new StartViewModel(new Workspace(fx.store, fx.workspace.library(), tasks, fx.dialogs,
                fx.settings, null), new Texts("nl"), fx.navigator, remembered);

        assertThat(s.loadingCompanies().get()).isTrue();
        assertThat(s.companies()).isEmpty();
        assertThat(s.selected().get()).isNull();
        assertThat(tasks.waiting()).isEqualTo(1);

        tasks.run(0);

        assertThat(s.loadingCompanies().get()).isFalse();
        assertThat(s.companies()).hasSize(3);
        assertThat(s.selected().get()).isEqualTo(named("Vonk"));
        assertThat(remembered.get()).isEqualTo(named("Vonk").id());
        assertThat(s.loading().get()).as("the company's assessments load next").isTrue();
    }

    @Test
    void aListOfCompaniesOvertakenByANewerOneIsDropped() {
        QueuedTasks tasks = new QueuedTasks();
        StartViewModel s = new StartViewModel(new Workspace(fx.store, fx.workspace.library(), tasks, fx.dialogs,
                fx.settings, null), new Texts("nl"), fx.navigator, new javafx.beans.property.SimpleStringProperty());
        tasks.run(0);
        fx.store.createCompany(new Company(null, "VOORBEELD Gieterij Noord", null, null, 5, List.of(), "Almelo", null));

        s.refresh();                   // reads four companies
        fx.store.archiveCompany(named("Oost").id(), true);
        s.refresh();                   // reads three
        tasks.run(1);
        tasks.run(0);                  // the older list ends last: dropped

        assertThat(s.companies()).extracting(Company::name).doesNotContain("VOORBEELD Plaatwerk Oost")
                .contains("VOORBEELD Gieterij Noord").hasSize(3);
        assertThat(s.loadingCompanies().get()).isFalse();
    }

    @Test
    void anotherCompanysRowsGoAtOnceButTheSameCompanyKeepsItsRowsWhileReloading() {
        fx.store.createAssessment(named("Oost").id(), UiFixture.questionnaire(), "Oost T0", null);
        QueuedTasks tasks = new QueuedTasks();
        StartViewModel s = new StartViewModel(new Workspace(fx.store, fx.workspace.library(), tasks, fx.dialogs,
                fx.settings, null), new Texts("nl"), fx.navigator, new javafx.beans.property.SimpleStringProperty());
        tasks.runAll();                // the companies
        s.selected().set(named("Oost"));
        tasks.runAll();

        s.refresh();
        assertThat(s.assessments()).extracting(StartViewModel.Row::label).containsExactly("Oost T0");
        tasks.runAll();
        s.selected().set(named("Vonk"));

        assertThat(s.assessments()).isEmpty();
        assertThat(s.loading().get()).isTrue();
    }
}
