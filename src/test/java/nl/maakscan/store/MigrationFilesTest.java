package nl.maakscan.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The schema's migration files: released ones are never edited, both engines have every version, in order. */
class MigrationFilesTest {

    @TempDir
    Path dir;

    private Store open(Path db) {
        return Store.open(db, Store.Options.defaults().withBackupsKept(0));
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
}
