package nl.maakscan.store;

import nl.maakscan.model.Company;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BackupsTest {

    @TempDir
    Path dir;

    private final AtomicLong seconds = new AtomicLong(1_800_000_000L);

    private Store.Options options(int kept) {
        Clock ticking = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return Instant.ofEpochSecond(seconds.incrementAndGet());
            }
        };
        return Store.Options.defaults().withBackupsKept(kept).withClock(ticking);
    }

    @Test
    void eachOpeningAfterAChangeMakesABackupAndOnlyTheNewestAreKept() throws Exception {
        Path db = dir.resolve("maakscan.db");
        try (Store store = Store.open(db, options(2))) {
            assertThat(store.openingBackup()).as("a new database has nothing to back up").isEmpty();
            store.createCompany(Fixtures.company("Eerste BV"));
        }
        for (int i = 0; i < 4; i++) {
            try (Store store = Store.open(db, options(2))) {
                assertThat(store.openingBackup()).as("opening %d", i).isPresent();
                store.createCompany(Fixtures.company("Bedrijf " + i));
            }
        }

        List<Path> backups = Backups.list(db);
        assertThat(backups).hasSize(2);
        assertThat(backups.get(0).getParent()).isEqualTo(dir.resolve("backups"));
        try (Store copy = Store.open(backups.get(0), options(0))) {
            assertThat(copy.listCompanies()).extracting(Company::name).hasSize(4).contains("Eerste BV");
        }
    }

    @Test
    void anUnchangedDatabaseIsNotCopiedAgain() throws Exception {
        Path db = dir.resolve("maakscan.db");
        try (Store store = Store.open(db, options(3))) {
            store.createCompany(Fixtures.company("Eerste BV"));
        }
        Path first;
        try (Store store = Store.open(db, options(3))) {
            first = store.openingBackup().orElseThrow();
            assertThat(store.listCompanies()).hasSize(1);
        }
        try (Store store = Store.open(db, options(3))) {
            assertThat(store.openingBackup()).isEmpty();
        }
        assertThat(Backups.list(db)).containsExactly(first);
    }

    @Test
    void aChangeIsFoundByTheStoreNotByFileTimes() throws Exception {
        Path db = dir.resolve("maakscan.db");
        try (Store store = Store.open(db, options(5))) {
            store.createCompany(Fixtures.company("Eerste BV"));
        }
        try (Store store = Store.open(db, options(5))) {
            assertThat(store.openingBackup()).isPresent();
        }
        java.nio.file.attribute.FileTime time = Files.getLastModifiedTime(db);

        Files.setLastModifiedTime(db, java.nio.file.attribute.FileTime.fromMillis(time.toMillis() + 60_000));
        try (Store store = Store.open(db, options(5))) {
            assertThat(store.openingBackup()).as("a newer file time alone is no change").isEmpty();
            store.createCompany(Fixtures.company("Tweede BV"));
        }
        Files.setLastModifiedTime(db, java.nio.file.attribute.FileTime.fromMillis(time.toMillis() - 60_000));
        try (Store store = Store.open(db, options(5))) {
            assertThat(store.openingBackup()).as("a change with an old file time is still a change").isPresent();
        }
        assertThat(Backups.list(db)).hasSize(2);
    }

    @Test
    void aDamagedDatabaseIsLeftAsItIsAndTheNewestBackupIsOffered() throws Exception {
        Path db = dir.resolve("maakscan.db");
        try (Store store = Store.open(db, options(3))) {
            for (int i = 0; i < 300; i++) {
                store.createCompany(Fixtures.company("Bedrijf " + i));
            }
        }
        Store.open(db, options(3)).close();
        Path newest = Backups.newest(db).orElseThrow();
        try (RandomAccessFile f = new RandomAccessFile(db.toFile(), "rw")) {
            f.seek(4096L * 2);
            byte[] garbage = new byte[4096 * 3];
            new java.util.Random(1).nextBytes(garbage);
            f.write(garbage);
        }
        byte[] before = Files.readAllBytes(db);

        assertThatThrownBy(() -> Store.open(db, options(3))).isInstanceOf(StoreException.CorruptDatabase.class)
                .satisfies(e -> assertThat(((StoreException.CorruptDatabase) e).newestBackup()).contains(newest))
                .satisfies(e -> assertThat(((StoreException) e).message("nl")).contains("beschadigd", "restore"));
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
        assertThat(Backups.newest(db)).contains(newest);

        Store.restore(newest, db, options(3));
        try (Store store = Store.open(db, options(3))) {
            assertThat(store.listCompanies()).hasSize(300);
        }
    }

    @Test
    void restoreReplacesAHealthyDatabaseAndKeepsWhatWasThere() {
        Path db = dir.resolve("maakscan.db");
        Path copy = dir.resolve("elsewhere/copy.db");
        try (Store store = Store.open(db, options(0))) {
            store.createCompany(Fixtures.company("Voor BV"));
            store.backupTo(copy);
            store.createCompany(Fixtures.company("Na BV"));
        }

        Path before = Store.restore(copy, db, options(0)).orElseThrow();

        try (Store store = Store.open(db, options(0))) {
            assertThat(store.listCompanies()).extracting(Company::name).containsExactly("Voor BV");
        }
        try (Store store = Store.open(before, options(0))) {
            assertThat(store.listCompanies()).hasSize(2);
        }
    }

    @Test
    void restoreRefusesAFileThatIsNotAMaakscanDatabase() throws Exception {
        Path db = dir.resolve("maakscan.db");
        Store.open(db, options(0)).close();
        Path letter = Files.writeString(dir.resolve("letter.txt"), "hello");

        assertThatThrownBy(() -> Store.restore(letter, db, options(0)))
                .isInstanceOf(StoreException.NotAMaakscanDatabase.class);
        assertThatThrownBy(() -> Store.restore(db, letter, options(0)))
                .isInstanceOf(StoreException.NotAMaakscanDatabase.class);
        assertThat(Files.readString(letter)).isEqualTo("hello");
    }
}
