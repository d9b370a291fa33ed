package nl.maakscan.store;

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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The local database file: what opens and what is refused untouched, its settings on every connection, and two programs on one file. */
class SqliteFileTest {

    @TempDir
    Path dir;

    private Store open(Path db) {
        return Store.open(db, Store.Options.defaults().withBackupsKept(0));
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
}
