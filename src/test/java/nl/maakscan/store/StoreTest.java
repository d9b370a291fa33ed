package nl.maakscan.store;

import nl.maakscan.content.LoadResult;
import nl.maakscan.model.AdoptionAnswer;
import nl.maakscan.model.Assessment;
import nl.maakscan.model.Company;
import nl.maakscan.model.LevelAnswer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.time.Clock;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The store's assessments and answers on the SQLite file: what is saved comes back, changes are checked, follow-ups copy answers. */
class StoreTest {

    @TempDir
    Path dir;

    /** A clock that moves one second at each reading, so that every change gets a later time. */
    static Clock ticking() {
        java.util.concurrent.atomic.AtomicLong seconds = new java.util.concurrent.atomic.AtomicLong(1_800_000_000L);
        return new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return java.time.ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public java.time.Instant instant() {
                return java.time.Instant.ofEpochSecond(seconds.incrementAndGet());
            }
        };
    }

    private Store open(Path db) {
        return Store.open(db, Store.Options.defaults().withBackupsKept(0));
    }

    @Test
    void everyKindOfAnswerComesBackAfterReopening() {
        Path db = dir.resolve("data/maakscan.db");
        String assessmentId;
        String companyId;
        try (Store store = open(db)) {
            Company company = store.createCompany(Fixtures.company("  Metaal BV "));
            companyId = company.id();
            AssessmentInfo info = store.createAssessment(company.id(), Fixtures.mini(), "T0", "Coach");
            assessmentId = info.id();
            store.saveAnswer(assessmentId, "a1", LevelAnswer.level(3).withNote("CAM since 2019"));
            store.saveAnswer(assessmentId, "a2", LevelAnswer.notApplicable());
            store.saveAnswer(assessmentId, "b1", LevelAnswer.dontKnow());
            store.saveAnswer(assessmentId, "a1", LevelAnswer.level(4).withNote("CAM since 2019"));
            store.saveAdoption(assessmentId, "cheap", AdoptionAnswer.level(2));
            store.saveAdoption(assessmentId, "dear", AdoptionAnswer.irrelevant());
            store.savePriority(assessmentId, "productivity", 5);
            store.savePriority(assessmentId, "quality", 0);
            store.saveTarget(assessmentId, "alpha", 4);
            store.saveDetails(assessmentId, "T0", "Coach", "2026-11-01");
        }
        try (Store store = open(db)) {
            StoredAssessment loaded = store.loadAssessment(assessmentId).orElseThrow();

            assertThat(loaded.company()).isEqualTo(new Company(companyId, "Metaal BV", "12345678", "metal", 25,
                    List.of("milling"), "Enschede", "Anna de Vries"));
            assertThat(loaded.assessment().answers()).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "a1", LevelAnswer.level(4).withNote("CAM since 2019"),
                    "a2", LevelAnswer.notApplicable(),
                    "b1", LevelAnswer.dontKnow()));
            assertThat(loaded.assessment().technologies()).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "cheap", AdoptionAnswer.level(2), "dear", AdoptionAnswer.irrelevant()));
            assertThat(loaded.assessment().priorities()).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "productivity", 5, "quality", 0));
            assertThat(loaded.assessment().targets()).containsExactlyEntriesOf(Map.of("alpha", 4));
            assertThat(loaded.assessment().date()).isEqualTo("2026-11-01");
            assertThat(loaded.info().label()).isEqualTo("T0");
            assertThat(loaded.info().status()).isEqualTo(AssessmentInfo.Status.DRAFT);
            assertThat(loaded.info().questionnaireId()).isEqualTo("mini");
            assertThat(loaded.questionnaire().contentHash()).isEqualTo(loaded.info().contentHash());
            assertThat(loaded.changed()).containsKeys("answer:a1", "technology:dear", "priority:quality",
                    "target:alpha");
            assertThat(store.listCompanies()).extracting(Company::name).containsExactly("Metaal BV");
            assertThat(store.listAssessments()).extracting(AssessmentInfo::companyName).containsExactly("Metaal BV");
        }
    }

    @Test
    void removingAnAnswerLeavesTheQuestionOpen() {
        try (Store store = open(dir.resolve("m.db"))) {
            String id = newAssessment(store);
            store.saveAnswer(id, "a1", LevelAnswer.level(2));
            store.saveAnswer(id, "a1", null);
            store.savePriority(id, "quality", 3);
            store.savePriority(id, "quality", null);

            StoredAssessment loaded = store.loadAssessment(id).orElseThrow();
            assertThat(loaded.assessment().answers()).isEmpty();
            assertThat(loaded.assessment().priorities()).isEmpty();
        }
    }

    @Test
    void reopeningResumesWhereTheWizardWas() {
        Path db = dir.resolve("m.db");
        String id;
        try (Store store = open(db)) {
            id = newAssessment(store);
            store.savePosition(id, "question:a2");
        }
        try (Store store = open(db)) {
            assertThat(store.loadAssessment(id).orElseThrow().info().position()).isEqualTo("question:a2");
        }
    }

    @Test
    void everyChangeMovesTheUpdatedTime() throws Exception {
        try (Store store = Store.open(dir.resolve("m.db"), Store.Options.defaults().withBackupsKept(0)
                .withClock(ticking()))) {
            String id = newAssessment(store);
            var before = store.loadAssessment(id).orElseThrow().info().updated();
            store.saveAnswer(id, "a1", LevelAnswer.level(1));
            assertThat(store.loadAssessment(id).orElseThrow().info().updated()).isAfter(before);
        }
    }

    @Test
    void anOldAssessmentOpensWithTheQuestionnaireItWasMadeWith() throws Exception {
        Path main = Fixtures.miniCopy(dir.resolve("q"));
        LoadResult original = Fixtures.load(main);
        Path db = dir.resolve("m.db");
        String id;
        try (Store store = open(db)) {
            Company c = store.createCompany(Fixtures.company("Oud BV"));
            id = store.createAssessment(c.id(), original, "T0", null).id();
            store.saveAnswer(id, "a1", LevelAnswer.level(3));
        }
        Files.writeString(main, Files.readString(main).replace("id: alpha", "id: alpha-renamed"));
        Files.delete(dir.resolve("q/extra.yaml"));

        try (Store store = open(db)) {
            StoredAssessment loaded = store.loadAssessment(id).orElseThrow();
            assertThat(loaded.questionnaire().contentHash())
                    .isEqualTo(original.questionnaire().contentHash());
            assertThat(loaded.questionnaire().dimension("alpha")).isPresent();
            assertThat(loaded.questionnaire().question("b1")).isPresent();
        }
    }

    @Test
    void unknownIdsAndFinalAssessmentsAreRefused() {
        try (Store store = open(dir.resolve("m.db"))) {
            String id = newAssessment(store);
            assertThatThrownBy(() -> store.saveAnswer(id, "zz", LevelAnswer.level(1)))
                    .isInstanceOf(StoreException.NotFound.class);
            assertThatThrownBy(() -> store.saveAnswer("no-such", "a1", LevelAnswer.level(1)))
                    .isInstanceOf(StoreException.NotFound.class);
            assertThatThrownBy(() -> store.savePriority(id, "quality", 6))
                    .isInstanceOf(StoreException.InvalidValue.class);
            assertThatThrownBy(() -> store.createAssessment("no-such", Fixtures.mini(), null, null))
                    .isInstanceOf(StoreException.NotFound.class);

            store.finish(id);
            assertThat(store.loadAssessment(id).orElseThrow().info().finished()).isNotNull();
            assertThatThrownBy(() -> store.saveAnswer(id, "a1", LevelAnswer.level(1)))
                    .isInstanceOf(StoreException.InvalidValue.class);
            store.reopen(id);
            store.saveAnswer(id, "a1", LevelAnswer.level(1));
            assertThat(store.loadAssessment(id).orElseThrow().assessment().answers()).containsKey("a1");
        }
    }

    @Test
    void copyingAnswersIntoAFollowUpTakesEveryKindOfAnswerInOneGo() {
        try (Store store = open(dir.resolve("maakscan.db"))) {
            Company c = store.createCompany(Fixtures.company("Metaal BV"));
            String t0 = store.createAssessment(c.id(), Fixtures.mini(), "T0", null).id();
            store.saveAnswer(t0, "a1", LevelAnswer.level(3).withNote("foto"));
            store.saveAnswer(t0, "b1", LevelAnswer.notApplicable());
            store.saveAdoption(t0, "cheap", AdoptionAnswer.level(2));
            store.savePriority(t0, "quality", 4);
            store.saveTarget(t0, "alpha", 4);
            String t1 = store.createAssessment(c.id(), Fixtures.mini(), "T1", null).id();

            int copied = store.copyAnswers(t0, t1);

            Assessment before = store.loadAssessment(t0).orElseThrow().assessment();
            Assessment after = store.loadAssessment(t1).orElseThrow().assessment();
            assertThat(copied).isEqualTo(5);
            assertThat(after.answers()).isEqualTo(before.answers());
            assertThat(after.technologies()).isEqualTo(before.technologies());
            assertThat(after.priorities()).isEqualTo(before.priorities());
            assertThat(after.targets()).isEqualTo(before.targets());
        }
    }

    @Test
    void theAssessmentBeforeIsTheSameCompanysPreviousOne() {
        java.util.concurrent.atomic.AtomicLong second = new java.util.concurrent.atomic.AtomicLong();
        java.time.Clock ticking = new java.time.Clock() {  // each reading one second later: a clear order
            @Override
            public java.time.ZoneId getZone() {
                return java.time.ZoneOffset.UTC;
            }

            @Override
            public java.time.Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public java.time.Instant instant() {
                return java.time.Instant.parse("2026-11-01T08:00:00Z").plusSeconds(second.incrementAndGet());
            }
        };
        try (Store store = Store.open(dir.resolve("maakscan.db"),
                Store.Options.defaults().withBackupsKept(0).withClock(ticking))) {
            Company c = store.createCompany(Fixtures.company("Metaal BV"));
            Company other = store.createCompany(Fixtures.company("Ander BV"));
            String t0 = store.createAssessment(c.id(), Fixtures.mini(), "T0", null).id();
            store.createAssessment(other.id(), Fixtures.mini(), "T0", null);
            String t1 = store.createAssessment(c.id(), Fixtures.mini(), "T1", null).id();

            assertThat(store.assessmentBefore(t1)).map(AssessmentInfo::id).contains(t0);
            assertThat(store.assessmentBefore(t0)).isEmpty();
            assertThat(store.assessmentBefore("no-such-id")).isEmpty();
        }
    }

    private static String newAssessment(Store store) {
        Company c = store.createCompany(Fixtures.company("Metaal BV"));
        return store.createAssessment(c.id(), Fixtures.mini(), "T0", null).id();
    }
}
