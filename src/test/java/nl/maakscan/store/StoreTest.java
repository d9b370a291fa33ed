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
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
    void aCompanyIsCheckedBeforeItIsStored() {
        try (Store store = open(dir.resolve("m.db"))) {
            Company base = Fixtures.company("X");
            assertThatThrownBy(() -> store.createCompany(new Company(null, "X", "1234567", null, null, null, null,
                    null))).isInstanceOf(StoreException.InvalidValue.class)
                    .satisfies(e -> assertThat(((StoreException) e).message("nl"))
                            .isEqualTo("Het KvK-nummer \"1234567\" moet uit 8 cijfers bestaan."));
            assertThatThrownBy(() -> store.createCompany(new Company(null, "X", "1234567a", null, null, null, null,
                    null))).isInstanceOf(StoreException.InvalidValue.class);
            assertThatThrownBy(() -> store.createCompany(new Company(null, " ", null, null, null, null, null,
                    null))).isInstanceOf(StoreException.InvalidValue.class)
                    .hasMessageContaining("name").satisfies(e -> assertThat(((StoreException) e).message("en"))
                            .isEqualTo("A company needs a name."));
            assertThatThrownBy(() -> store.createCompany(new Company(null, "X", null, null, 0, null, null, null)))
                    .isInstanceOf(StoreException.InvalidValue.class);
            Company noKvk = store.createCompany(new Company(null, "X", " ", null, null, null, null, null));
            assertThat(noKvk.kvk()).isNull();
            Company updated = store.updateCompany(new Company(noKvk.id(), "Y", "87654321", base.sector(), 3,
                    List.of(), null, null));
            assertThat(store.company(noKvk.id())).contains(updated);
            assertThat(store.listCompanies()).hasSize(1);
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
    void aFileThatIsNotADatabaseIsRefusedAndLeftAsItIs() throws Exception {
        Path db = dir.resolve("letter.db");
        Files.writeString(db, "Dear customer,\nthis is not a database.\n");
        byte[] before = Files.readAllBytes(db);

        assertThatThrownBy(() -> open(db)).isInstanceOf(StoreException.NotAMaakscanDatabase.class)
                .satisfies(e -> assertThat(((StoreException) e).message("nl")).contains("geen Maakscan-database"));

        assertThat(Files.readAllBytes(db)).isEqualTo(before);
        assertThat(Files.list(dir)).containsExactly(db);
    }

    @Test
    void anotherProgramsDatabaseIsRefusedAndLeftAsItIs() throws Exception {
        Path db = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE invoice (id INTEGER PRIMARY KEY, amount REAL)");
            s.execute("INSERT INTO invoice (amount) VALUES (12.5)");
        }
        byte[] before = Files.readAllBytes(db);

        assertThatThrownBy(() -> open(db)).isInstanceOf(StoreException.NotAMaakscanDatabase.class);

        assertThat(Files.readAllBytes(db)).isEqualTo(before);
    }

    @Test
    void aDatabaseFromANewerMaakscanIsRefusedAndLeftAsItIs() throws Exception {
        Path db = dir.resolve("m.db");
        try (Store store = open(db)) {
            store.createCompany(Fixtures.company("A"));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = " + (Migrations.LATEST + 1));
        }
        byte[] before = Files.readAllBytes(db);

        assertThatThrownBy(() -> open(db)).isInstanceOf(StoreException.NewerSchema.class)
                .satisfies(e -> assertThat(((StoreException.NewerSchema) e).found()).isEqualTo(Migrations.LATEST + 1))
                .satisfies(e -> assertThat(((StoreException) e).message("en")).contains("newer version of Maakscan"));

        assertThat(Files.readAllBytes(db)).isEqualTo(before);
    }

    @Test
    void anEmptyFileBecomesANewDatabase() throws Exception {
        Path empty = dir.resolve("empty.db");
        Files.createFile(empty);
        try (Store store = open(empty)) {
            assertThat(store.listCompanies()).isEmpty();
        }
        Path emptySqlite = dir.resolve("empty-sqlite.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + emptySqlite); Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = 0");
            s.execute("VACUUM");
        }
        try (Store store = open(emptySqlite)) {
            store.createCompany(Fixtures.company("A"));
        }
        try (Store store = open(emptySqlite)) {
            assertThat(store.listCompanies()).extracting(Company::name).containsExactly("A");
        }
    }

    @Test
    void theDatabaseIsInWalModeWithAKnownSchema() throws Exception {
        Path db = dir.resolve("m.db");
        open(db).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            assertThat(pragma(s, "journal_mode")).isEqualTo("wal");
            assertThat(pragma(s, "application_id")).isEqualTo(Integer.toString(Migrations.APPLICATION_ID));
            assertThat(pragma(s, "user_version")).isEqualTo(Integer.toString(Migrations.LATEST));
            try (ResultSet r = s.executeQuery("SELECT version, name, checksum FROM schema_history ORDER BY version")) {
                for (int v = 1; v <= Migrations.LATEST; v++) {
                    assertThat(r.next()).isTrue();
                    assertThat(r.getString(2)).isEqualTo(Migrations.FILES.get(v - 1));
                    assertThat(r.getString(3)).isEqualTo(Migrations.RELEASED.get(v - 1));
                }
            }
        }
    }

    @Test
    void everyConnectionOfTheStoreEnforcesForeignKeysAndSynchronousFull() throws Exception {
        Path db = dir.resolve("m.db");
        try (Store store = open(db)) {
            check(store);
        }
        try (Store store = Store.open(db, Store.Options.defaults().withReadOnly(true))) {
            check(store);
        }
    }

    private static void check(Store store) throws Exception {
        try (ResultSet r = store.database().query("PRAGMA foreign_keys")) {
            assertThat(r.getInt(1)).isEqualTo(1);
        }
        try (ResultSet r = store.database().query("PRAGMA synchronous")) {
            assertThat(r.getInt(1)).as("synchronous = FULL").isEqualTo(2);
        }
        try (java.sql.PreparedStatement p = store.database().prepare("INSERT INTO assessment (id, company_id, questionnaire_id, "
                + "questionnaire_version, content_hash, status, created_at, updated_at) "
                + "VALUES ('x', 'no-such-company', 'q', '1', 'h', 'draft', 't', 't')")) {
            assertThatThrownBy(p::executeUpdate).isInstanceOf(java.sql.SQLException.class)
                    .satisfies(e -> assertThat(e.getMessage()).containsAnyOf("FOREIGN KEY", "readonly"));
        }
    }

    @Test
    void releasedMigrationsAreNeverEdited() {
        assertThat(Migrations.RELEASED).hasSize(Migrations.LATEST);
        for (int v = 1; v <= Migrations.LATEST; v++) {
            assertThat(Migrations.checksum(Migrations.script(Migrations.FILES.get(v - 1))))
                    .as("%s was released with this checksum; add a new migration instead of editing it",
                            Migrations.FILES.get(v - 1))
                    .isEqualTo(Migrations.RELEASED.get(v - 1));
        }
    }

    @Test
    void aDatabaseMadeWithAChangedMigrationIsRefused() throws Exception {
        Path db = dir.resolve("m.db");
        open(db).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("UPDATE schema_history SET checksum = 'edited' WHERE version = 1");
        }
        assertThatThrownBy(() -> open(db)).isInstanceOf(StoreException.MigrationChanged.class)
                .satisfies(e -> assertThat(((StoreException) e).message("en")).contains("schema step 1"));
    }

    @Test
    void bothEnginesHaveAFileForEveryVersion() throws Exception {
        List<String> files;
        try (var list = Files.list(Path.of("src/main/resources/db/migration/postgresql"))) {
            files = list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".sql")).sorted().toList();
        }
        assertThat(files).containsExactlyInAnyOrderElementsOf(Migrations.FILES);
    }

    @Test
    void everyMigrationFileIsListedInOrder() throws Exception {
        Path folder = Path.of("src/main/resources/db/migration");
        List<String> files;
        try (var list = Files.list(folder)) {
            files = list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".sql")).sorted(
                    java.util.Comparator.comparingInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__"))))).toList();
        }
        assertThat(Migrations.FILES).isEqualTo(files);
        for (int i = 0; i < files.size(); i++) {
            assertThat(files.get(i)).startsWith("V" + (i + 1) + "__");
        }
    }

    @Test
    void twoStoresOnOneFileSeeEachOthersAnswers() throws Exception {
        Path db = dir.resolve("m.db");
        try (Store a = open(db); Store b = open(db)) {
            String id = newAssessment(a);
            assertThat(b.loadAssessment(id)).isPresent();
            List<String> questions = List.of("a1", "a2", "b1");
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<?>> work = new ArrayList<>();
                for (Store s : List.of(a, b)) {
                    work.add(pool.submit(() -> {
                        for (int i = 0; i < 100; i++) {
                            s.saveAnswer(id, questions.get(i % 3), LevelAnswer.level(i % 6));
                            s.savePriority(id, "quality", i % 6);
                        }
                        return null;
                    }));
                }
                for (Future<?> f : work) {
                    f.get();
                }
            } finally {
                pool.shutdown();
            }
            assertThat(a.loadAssessment(id).orElseThrow().assessment().answers()).hasSize(3);
            assertThat(b.loadAssessment(id).orElseThrow().assessment()).isEqualTo(
                    a.loadAssessment(id).orElseThrow().assessment());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            assertThat(pragma(s, "integrity_check")).isEqualTo("ok");
        }
    }

    @Test
    void aDatabaseHeldByAnotherProgramGivesAClearMessage() throws Exception {
        Path db = dir.resolve("m.db");
        String id;
        try (Store store = open(db)) {
            id = newAssessment(store);
        }
        try (Store store = Store.open(db, Store.Options.defaults().withBackupsKept(0)
                .withBusyTimeout(Duration.ofMillis(200)));
                Connection other = DriverManager.getConnection("jdbc:sqlite:" + db);
                Statement s = other.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
            s.execute("UPDATE company SET place = 'elsewhere'");

            assertThatThrownBy(() -> store.saveAnswer(id, "a1", LevelAnswer.level(2)))
                    .isInstanceOf(StoreException.DatabaseLocked.class)
                    .satisfies(e -> assertThat(((StoreException) e).message("nl")).contains("ander programma"));

            s.execute("ROLLBACK");
            store.saveAnswer(id, "a1", LevelAnswer.level(2));
        }
    }

    private static String newAssessment(Store store) {
        Company c = store.createCompany(Fixtures.company("Metaal BV"));
        return store.createAssessment(c.id(), Fixtures.mini(), "T0", null).id();
    }

    static String pragma(Statement s, String name) throws Exception {
        try (ResultSet r = s.executeQuery("PRAGMA " + name)) {
            r.next();
            return r.getString(1);
        }
    }

    @Test
    void aCompanyWithoutSectorKeepsItsNumberOfEmployees() {
        try (Store store = open(dir.resolve("maakscan.db"))) {
            Company c = store.createCompany(new Company(null, "Metaal BV", null, null, 14, List.of(), null, null));

            assertThat(store.company(c.id()).orElseThrow().employees()).isEqualTo(14);
        }
    }

    @Test
    void anArchivedCompanyLeavesTheActiveListKeepsItsAssessmentsAndComesBack() {
        try (Store store = open(dir.resolve("maakscan.db"))) {
            Company a = store.createCompany(Fixtures.company("Alfa"));
            Company b = store.createCompany(Fixtures.company("Beta"));
            store.createAssessment(b.id(), Fixtures.mini(), "T0", null);

            store.archiveCompany(b.id(), true);

            assertThat(store.listActiveCompanies()).extracting(Company::name).containsExactly("Alfa");
            assertThat(store.listCompanies()).hasSize(2);
            assertThat(store.listAssessments(b.id())).hasSize(1);
            store.archiveCompany(b.id(), false);
            assertThat(store.listActiveCompanies()).extracting(Company::id).containsExactly(a.id(), b.id());
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
}
