package nl.maakscan.store;

import nl.maakscan.model.AdoptionAnswer;
import nl.maakscan.model.Company;
import nl.maakscan.model.Conclusions;
import nl.maakscan.model.LevelAnswer;
import nl.maakscan.model.PlanStepStatus;
import nl.maakscan.model.SupportType;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The repositories behave the same on both engines: the SQLite file and a PostgreSQL server. */
class RepositoriesTest {

    @TempDir
    Path dir;

    private static String newAssessment(Store store, String company) {
        Company c = store.companies().create(Fixtures.company(company));
        return store.assessments().create(c.id(), Fixtures.mini(), "T0", "Coach").id();
    }

    @ParameterizedTest
    @MethodSource("nl.maakscan.store.Engines#both")
    void everyKindOfAnswerComesBackAfterReopening(Engines engine) {
        String target = engine.newDatabase(dir, "m.db");
        String id;
        try (Store store = Engines.open(target)) {
            id = newAssessment(store, "  Metaal BV ");
            store.answers().saveAnswer(id, "a1", LevelAnswer.level(3).withNote("CAM since 2019"));
            store.answers().saveAnswer(id, "a2", LevelAnswer.notApplicable());
            store.answers().saveAnswer(id, "b1", LevelAnswer.dontKnow());
            store.answers().saveAnswer(id, "a1", LevelAnswer.level(4).withNote("CAM since 2019"));
            store.answers().saveAdoption(id, "cheap", AdoptionAnswer.level(2));
            store.answers().saveAdoption(id, "dear", AdoptionAnswer.irrelevant());
            store.answers().savePriority(id, "productivity", 5);
            store.answers().savePriority(id, "quality", 0);
            store.answers().saveTarget(id, "alpha", 4);
            store.assessments().saveDetails(id, "T0", "Coach", "2026-11-01");
            store.assessments().savePosition(id, "question:a2");
        }
        try (Store store = Engines.open(target)) {
            StoredAssessment loaded = store.assessments().load(id).orElseThrow();
            assertThat(loaded.company().name()).isEqualTo("Metaal BV");
            assertThat(loaded.assessment().answers()).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "a1", LevelAnswer.level(4).withNote("CAM since 2019"), "a2", LevelAnswer.notApplicable(),
                    "b1", LevelAnswer.dontKnow()));
            assertThat(loaded.assessment().technologies()).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "cheap", AdoptionAnswer.level(2), "dear", AdoptionAnswer.irrelevant()));
            assertThat(loaded.assessment().priorities()).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "productivity", 5, "quality", 0));
            assertThat(loaded.assessment().targets()).containsExactlyEntriesOf(Map.of("alpha", 4));
            assertThat(loaded.assessment().date()).isEqualTo("2026-11-01");
            assertThat(loaded.info().position()).isEqualTo("question:a2");
            assertThat(loaded.questionnaire().contentHash()).isEqualTo(loaded.info().contentHash());
            assertThat(loaded.changed()).containsKeys("answer:a1", "technology:dear", "priority:quality",
                    "target:alpha");
        }
    }

    @ParameterizedTest
    @MethodSource("nl.maakscan.store.Engines#both")
    void companiesListByNameWhateverTheCaseAndArchivedOnesLeaveTheActiveList(Engines engine) {
        try (Store store = engine.open(dir, "m.db")) {
            Company zeta = store.companies().create(Fixtures.company("zeta"));
            store.companies().create(Fixtures.company("Alpha"));
            store.companies().create(Fixtures.company("beta"));
            store.companies().archive(zeta.id(), true);

            assertThat(store.companies().list()).extracting(Company::name).containsExactly("Alpha", "beta", "zeta");
            assertThat(store.companies().listActive()).extracting(Company::name).containsExactly("Alpha", "beta");

            Company renamed = store.companies().update(new Company(zeta.id(), "Zeta Metaal", null, null, null,
                    List.of(), null, null));
            assertThat(store.companies().find(zeta.id())).contains(renamed);
            assertThatThrownBy(() -> store.companies().create(Fixtures.company(" ")))
                    .isInstanceOf(StoreException.InvalidValue.class);
        }
    }

    @ParameterizedTest
    @MethodSource("nl.maakscan.store.Engines#both")
    void aFinalAssessmentRefusesChangesUntilReopened(Engines engine) {
        try (Store store = engine.open(dir, "m.db")) {
            String id = newAssessment(store, "Draaierij");
            store.answers().saveAnswer(id, "a1", LevelAnswer.level(2));
            store.assessments().finish(id);

            assertThatThrownBy(() -> store.answers().saveAnswer(id, "a1", LevelAnswer.level(5)))
                    .isInstanceOf(StoreException.InvalidValue.class);
            assertThatThrownBy(() -> store.answers().saveAnswer(id, "zz", LevelAnswer.level(5)))
                    .isInstanceOf(StoreException.InvalidValue.class);
            store.assessments().reopen(id);
            assertThatThrownBy(() -> store.answers().saveAnswer(id, "zz", LevelAnswer.level(5)))
                    .isInstanceOf(StoreException.NotFound.class);
            store.answers().saveAnswer(id, "a1", null);
            assertThat(store.assessments().load(id).orElseThrow().assessment().answers()).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("nl.maakscan.store.Engines#both")
    void aFollowUpCopiesTheAnswersAndKnowsItsPredecessor(Engines engine) {
        try (Store store = engine.open(dir, "m.db")) {
            String first = newAssessment(store, "Draaierij");
            store.answers().saveAnswer(first, "a1", LevelAnswer.level(2));
            store.answers().savePriority(first, "quality", 4);
            String company = store.assessments().load(first).orElseThrow().company().id();
            String second = store.assessments().create(company, Fixtures.mini(), "T1", "Coach").id();

            assertThat(store.answers().copy(first, second)).isEqualTo(2);
            assertThat(store.assessments().load(second).orElseThrow().assessment().answers())
                    .containsEntry("a1", LevelAnswer.level(2));
            assertThat(store.assessments().before(second)).map(AssessmentInfo::id).contains(first);
            assertThat(store.assessments().before(first)).isEmpty();
            assertThat(store.assessments().list(company)).extracting(AssessmentInfo::label)
                    .containsExactly("T0", "T1");
        }
    }

    @ParameterizedTest
    @MethodSource("nl.maakscan.store.Engines#both")
    void conclusionsAndPlanTrackingAreKept(Engines engine) {
        try (Store store = engine.open(dir, "m.db")) {
            String id = newAssessment(store, "Draaierij");
            store.conclusions().saveOverall(id, " Sterke basis. ");
            store.conclusions().saveDimension(id, "alpha", "Planning op papier.");
            store.conclusions().saveMethod(id, Conclusions.Method.INTERVIEW, "Eigenaar");
            store.planTracking().save(id, new PlanStepStatus("cheap", SupportType.INSIGHT,
                    PlanStepStatus.Status.DONE, "Afgerond"));

            Conclusions c = store.conclusions().load(id);
            assertThat(c.overall()).isEqualTo("Sterke basis.");
            assertThat(c.method()).isEqualTo(Conclusions.Method.INTERVIEW);
            assertThat(store.planTracking().load(id)).hasSize(1);
        }
    }

    @ParameterizedTest
    @MethodSource("nl.maakscan.store.Engines#both")
    void aBundleMovesEverythingToTheOtherEngineAndBackUnchanged(Engines engine) throws Exception {
        Engines other = engine == Engines.SQLITE ? Engines.POSTGRESQL : Engines.SQLITE;
        try (Store from = engine.open(dir, "from.db"); Store to = other.open(dir, "to.db")) {
            String id = newAssessment(from, "Draaierij");
            from.answers().saveAnswer(id, "a1", LevelAnswer.level(3).withNote("notitie"));
            from.answers().saveAdoption(id, "dear", AdoptionAnswer.irrelevant());
            from.conclusions().saveOverall(id, "Goed bezig.");
            byte[] bundle = Bundles.export(from, Bundles.Selection.all(), Instant.parse("2027-01-01T00:00:00Z"));

            ImportReport first = Bundles.importFile(to, "b.json", bundle, "nl", Fixtures.miniLibrary());
            ImportReport again = Bundles.importFile(to, "b.json", bundle, "nl", Fixtures.miniLibrary());

            assertThat(first.entries()).extracting(ImportReport.Entry::action)
                    .containsOnly(ImportReport.Action.CREATED);
            assertThat(again.entries()).extracting(ImportReport.Entry::action)
                    .containsOnly(ImportReport.Action.UNCHANGED);
            assertThat(Bundles.export(to, Bundles.Selection.all(), Instant.parse("2027-01-01T00:00:00Z")))
                    .isEqualTo(bundle);
        }
    }
}
