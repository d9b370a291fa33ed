package nl.maakscan.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.maakscan.app.CliTest;
import nl.maakscan.app.CliTest.Run;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Files an unlucky user or an attacker hands to the commands, made at test time (small on disk):
 * targets that must not be written, inputs that must not be read, a read-only database. Each ends in a
 * clear message and exit code 1, with nothing lost, overwritten or left behind.
 */
@Timeout(60)
class HostileFilesTest {

    @TempDir
    Path dir;

    private Path db;
    private Path bundle;

    private static Run run(String... args) {
        return CliTest.run(args);
    }

    @BeforeEach
    void databaseWithOneCompany() throws Exception {
        db = dir.resolve("data/maakscan.db");
        try (Store store = Store.open(db, Store.Options.defaults().withBackupsKept(0))) {
            store.createCompany(Fixtures.company("Draaierij Oost BV"));
        }
        bundle = dir.resolve("bundle.json");
        Run r = run("--db", db.toString(), "export", "--all", "--out", bundle.toString());
        assertThat(r.exit()).as(r.err()).isZero();
    }

    private Path fifo(String name) throws Exception {
        Path p = dir.resolve(name);
        Process mk = new ProcessBuilder("mkfifo", p.toString()).inheritIO().start();
        assertThat(mk.waitFor()).isZero();
        return p;
    }

    // ------------------------------------------------------------------ targets

    @Test
    void aPipeAsTargetIsRefusedAndStaysAPipe() throws Exception {
        Path pipe = fifo("pipe");
        for (String[] cmd : List.of(new String[] {"backup", "--out"}, new String[] {"export", "--all", "--out"})) {
            Run r = run(Stream.concat(Stream.of("--db", db.toString()), Stream.concat(Stream.of(cmd),
                    Stream.of(pipe.toString(), "--force", "--lang", "en"))).toArray(String[]::new));
            assertThat(r.exit()).as(String.join(" ", cmd)).isEqualTo(1);
            assertThat(r.err()).contains("not an ordinary file");
            assertThat(Files.isRegularFile(pipe)).isFalse();
            assertThat(Files.exists(pipe)).isTrue();
        }
    }

    @Test
    void aFolderAsTargetSaysWhy() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("reports"));
        Run r = run("--db", db.toString(), "export", "--all", "--out", folder.toString(), "--lang", "en");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("is a folder");
        Run b = run("--db", db.toString(), "backup", "--out", folder.toString(), "--lang", "nl");
        assertThat(b.err()).contains("is een map");
    }

    @Test
    void theLiveDatabaseAndItsOwnFilesAreNeverATarget() throws Exception {
        String before = DatabaseDigest.of(db);
        Path backups = Files.createDirectories(Backups.folder(db));
        for (Path target : List.of(db, DatabaseFile.sidecar(db, "-wal"), DatabaseFile.sidecar(db, "-shm"),
                backups.resolve("maakscan-20260101-000000000.db"), db.getParent().resolve("./maakscan.db"))) {
            Run r = run("--db", db.toString(), "backup", "--out", target.toString(), "--force", "--lang", "en");
            assertThat(r.exit()).as(target.toString()).isEqualTo(1);
            assertThat(r.err()).contains("the Maakscan database itself");
        }
        assertThat(DatabaseFile.inspect(db)).isEqualTo(DatabaseFile.State.CURRENT);
        assertThat(DatabaseDigest.of(db)).isEqualTo(before);
    }

    @Test
    void anExistingFileIsKeptUnlessForced() throws Exception {
        Path copy = Files.writeString(dir.resolve("copy.db"), "mine");
        Run r = run("--db", db.toString(), "backup", "--out", copy.toString(), "--lang", "en");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("already exists", "--force");
        assertThat(Files.readString(copy)).isEqualTo("mine");

        Run forced = run("--db", db.toString(), "backup", "--out", copy.toString(), "--force");
        assertThat(forced.exit()).as(forced.err()).isZero();
        assertThat(DatabaseDigest.of(copy)).isEqualTo(DatabaseDigest.of(db));
    }

    @Test
    void aReadOnlyTargetIsLeftAsItIsEvenWithForce() throws Exception {
        Path pdf = Files.writeString(dir.resolve("rapport.json"), "old");
        Files.setPosixFilePermissions(pdf, PosixFilePermissions.fromString("r--r--r--"));
        Run r = run("--db", db.toString(), "export", "--all", "--out", pdf.toString(), "--force", "--lang", "en");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("is read-only");
        assertThat(Files.readString(pdf)).isEqualTo("old");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(pdf))).isEqualTo("r--r--r--");
    }

    @Test
    void whatMaakscanWritesIsForItsOwnerOnly() throws Exception {
        Path copy = dir.resolve("out/copy.db");
        assertThat(run("--db", db.toString(), "backup", "--out", copy.toString()).exit()).isZero();
        for (Path p : List.of(db, db.getParent(), copy, bundle)) {
            String mode = PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
            assertThat(mode).as(p.toString()).matches("rw[x-]------");
        }
        try (Store store = Store.open(db)) {
            Path made = store.openingBackup().orElseThrow();
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(made))).isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(made.getParent())))
                    .isEqualTo("rwx------");
        }
    }

    // ------------------------------------------------------------------ read-only database

    @Test
    void aReadOnlyDatabaseIsReadButNeverWrittenAndNothingIsLeftBehind() throws Exception {
        String before = DatabaseDigest.of(db);
        Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("r--r--r--"));

        Run imported = run("--db", db.toString(), "import", "--lang", "en", bundle.toString());
        assertThat(imported.exit()).isEqualTo(1);
        assertThat(imported.err()).contains("is read-only");
        Run listed = run("--db", db.toString(), "list", "--json");
        assertThat(listed.exit()).as(listed.err()).isZero();
        Path copy = dir.resolve("copy.db");
        assertThat(run("--db", db.toString(), "backup", "--out", copy.toString()).exit()).isZero();
        assertThat(run("--db", db.toString(), "export", "--all", "--out", dir.resolve("again.json").toString())
                .exit()).isZero();
        assertThat(Files.readString(dir.resolve("again.json"))).contains("Draaierij Oost BV");

        assertThat(DatabaseDigest.of(db)).isEqualTo(before);
        assertThat(DatabaseDigest.of(copy)).isEqualTo(before);
        try (Stream<Path> files = Files.walk(db.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .noneMatch(n -> n.endsWith(".part") || n.endsWith("-journal") || n.contains(".part-"));
        }
    }

    @Test
    void aStoreOpenedReadOnlyRefusesChangesWithAClearMessage() {
        try (Store store = Store.open(db, Store.Options.defaults().withReadOnly(true))) {
            assertThat(store.listCompanies()).hasSize(1);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> store.createCompany(Fixtures.company("X")))
                    .isInstanceOf(StoreException.ReadOnlyDatabase.class)
                    .satisfies(e -> assertThat(((StoreException) e).message("en")).contains("read-only"));
        }
    }

    // ------------------------------------------------------------------ inputs

    @Test
    void devicesAndPipesAreNotRead() throws Exception {
        Path pipe = fifo("answers.json");
        for (String file : List.of("/dev/zero", pipe.toString())) {
            Run r = run("--db", db.toString(), "import", "--lang", "en", file);
            assertThat(r.exit()).as(file).isEqualTo(1);
            assertThat(r.err()).contains("is not an ordinary file");
        }
        Run logo = run("--db", db.toString(), "report", "--all", "--out-dir", dir.resolve("r").toString(),
                "--logo", "/dev/zero", "--lang", "en");
        assertThat(logo.exit()).isEqualTo(1);
        assertThat(logo.err()).contains("is not an ordinary file");
        assertThat(dir.resolve("r")).doesNotExist();
    }

    @Test
    void aFileOverItsLimitIsRefusedBeforeItIsRead() throws Exception {
        Path big = dir.resolve("big.json");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(InputFiles.MAX_IMPORT + 1);  // sparse: nothing on disk
        }
        Run r = run("--db", db.toString(), "import", "--lang", "en", big.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("is larger than");
    }

    @Test
    void aMissingFileSaysSo() {
        Path missing = dir.resolve("nothing.json");
        Run r = run("--db", db.toString(), "import", "--lang", "en", missing.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains(missing + " does not exist");
    }

    @Test
    void textAfterTheBundleIsRefused() throws Exception {
        Path twice = Files.writeString(dir.resolve("twice.json"), Files.readString(bundle) + "{\"format\": 1}");
        Run r = run("--db", dir.resolve("b.db").toString(), "import", "--lang", "en", twice.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("Nothing from this file was imported");
        assertThat(run("--db", dir.resolve("b.db").toString(), "list", "--json").out().strip()).isEqualTo("[ ]");
    }

    @Test
    void utf16AndUtf32AreRefused() throws Exception {
        String text = Files.readString(bundle);
        for (var charset : List.of(StandardCharsets.UTF_16, StandardCharsets.UTF_16LE,
                java.nio.charset.Charset.forName("UTF-32"))) {
            Path f = Files.write(dir.resolve("bundle-" + charset.name() + ".json"), text.getBytes(charset));
            Run r = run("--db", dir.resolve("b.db").toString(), "import", "--lang", "en", f.toString());
            assertThat(r.exit()).as(charset.name()).isEqualTo(1);
            assertThat(r.err()).contains("not UTF-8");
        }
    }

    @Test
    void aNulOrHalfACharacterInANameIsRefused() throws Exception {
        ObjectMapper json = new ObjectMapper();
        for (String name : List.of("Oost\u0000BV", "Oost \ud800 BV")) {
            ObjectNode b = (ObjectNode) json.readTree(bundle.toFile());
            ((ObjectNode) b.path("companies").get(0)).put("name", name);
            ((ObjectNode) b.path("companies").get(0)).put("id", UUID.randomUUID().toString());
            Path f = dir.resolve("named.json");
            Files.write(f, json.writeValueAsBytes(b));
            Run r = run("--db", dir.resolve("b.db").toString(), "import", "--lang", "en", f.toString());
            assertThat(r.exit()).isEqualTo(1);
            assertThat(r.err()).contains("companies[0].name", "not allowed");
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Values.checked(
                Fixtures.company("A\u0000B"), UUID.randomUUID().toString()))
                .isInstanceOf(StoreException.InvalidValue.class);
    }

    @Test
    void aBundleWithTooManyAssessmentsIsRefused() throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode b = (ObjectNode) json.readTree(bundle.toFile());
        ArrayNode list = ((ObjectNode) b.path("companies").get(0)).putArray("assessments");
        for (int i = 0; i <= InputFiles.MAX_BUNDLE_ASSESSMENTS; i++) {
            list.addObject();
        }
        Path f = dir.resolve("many.json");
        Files.write(f, json.writeValueAsBytes(b));
        Run r = run("--db", dir.resolve("b.db").toString(), "import", "--lang", "en", f.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("at most 10,000 assessments");
    }
}
