package nl.maakscan.store;

import nl.maakscan.app.CliTest;
import nl.maakscan.model.Company;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Restoring a backup: it happens completely and is confirmed, or it fails with the reason and changes nothing. */
class RestoreTest {

    @TempDir
    Path dir;

    private final Store.Options options = Store.Options.defaults().withBackupsKept(0)
            .withBusyTimeout(Duration.ofMillis(300));

    /** A database with "Voor BV" in its backup and "Voor BV" and "Na BV" in itself. */
    private Path[] databaseAndBackup() {
        Path db = dir.resolve("maakscan.db");
        Path copy = dir.resolve("copy.db");
        try (Store store = Store.open(db, options)) {
            store.createCompany(Fixtures.company("Voor BV"));
            store.backupTo(copy);
            store.createCompany(Fixtures.company("Na BV"));
        }
        return new Path[] {db, copy};
    }

    @Test
    void underAnotherProgramsWriteTransactionRestoreWaitsThenFailsAndChangesNothing() throws Exception {
        Path[] files = databaseAndBackup();
        String before = DatabaseDigest.of(files[0]);
        try (Connection other = DriverManager.getConnection(SqliteDatabase.url(files[0]));
                Statement s = other.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
            s.execute("UPDATE company SET place = 'Hengelo'");
            long start = System.nanoTime();

            assertThatThrownBy(() -> Store.restore(files[1], files[0], options))
                    .isInstanceOf(StoreException.RestoreRefused.class)
                    .satisfies(e -> assertThat(((StoreException) e).message("en")).contains("was not put back",
                            "Nothing was changed"));

            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(250));
            s.execute("ROLLBACK");
        }
        assertThat(DatabaseDigest.of(files[0])).isEqualTo(before);
        try (Store store = Store.open(files[0], options)) {
            assertThat(store.listCompanies()).extracting(Company::name).containsExactly("Na BV", "Voor BV");
        }
    }

    @Test
    void theCommandSaysSoAndExitsOne() throws Exception {
        Path[] files = databaseAndBackup();
        try (Connection other = DriverManager.getConnection(SqliteDatabase.url(files[0]));
                Statement s = other.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
            s.execute("UPDATE company SET place = 'Hengelo'");

            CliTest.Run r = CliTest.run("--db", files[0].toString(), "restore", "--lang", "en", files[1].toString(),
                    "--yes");

            assertThat(r.exit()).isEqualTo(1);
            assertThat(r.err()).contains("was not put back");
            assertThat(r.out()).doesNotContain("restored", "Restored");
            s.execute("ROLLBACK");
        }
    }

    @Test
    void afterARestoreTheDatabaseHoldsExactlyTheBackup() throws Exception {
        Path[] files = databaseAndBackup();
        assertThat(DatabaseDigest.of(files[0])).isNotEqualTo(DatabaseDigest.of(files[1]));

        Path before = Store.restore(files[1], files[0], options).orElseThrow();

        assertThat(DatabaseDigest.of(files[0])).isEqualTo(DatabaseDigest.of(files[1]));
        assertThat(DatabaseDigest.of(before)).isNotEqualTo(DatabaseDigest.of(files[1]));
    }

    @Test
    void theDigestSeesAChangedValue() throws Exception {
        Path[] files = databaseAndBackup();
        String first = DatabaseDigest.of(files[0]);
        try (Store store = Store.open(files[0], options)) {
            Company c = store.listCompanies().get(0);
            store.updateCompany(new Company(c.id(), c.name(), c.kvk(), c.sector(), c.employees(), c.processes(),
                    "Hengelo", c.contact()));
        }
        assertThat(DatabaseDigest.of(files[0])).isNotEqualTo(first);
    }
}
