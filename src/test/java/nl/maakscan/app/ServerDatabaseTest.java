package nl.maakscan.app;

import nl.maakscan.store.Engines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The commands work on the organisation's PostgreSQL database as on the file; file-only commands say no. */
class ServerDatabaseTest {

    @TempDir
    Path dir;

    @Test
    void importListExportAndReportWorkOnAServerDatabase() throws Exception {
        String server = Engines.newServerDatabase();
        Path samples = Path.of(getClass().getResource("/samples").toURI());

        CliTest.Run imported = CliTest.run("--db", server, "import", samples.resolve("06-small-workshop.json")
                .toString());
        CliTest.Run list = CliTest.run("--db", server, "list", "--lang", "en");
        Path bundle = dir.resolve("bundle.json");
        CliTest.Run export = CliTest.run("--db", server, "export", "--all", "--out", bundle.toString());
        Path file = dir.resolve("copy.db");
        CliTest.Run intoFile = CliTest.run("--db", file.toString(), "import", bundle.toString());

        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(list.exit()).as(list.err()).isZero();
        assertThat(list.out()).contains("(KvK");
        assertThat(export.exit()).as(export.err()).isZero();
        assertThat(intoFile.exit()).as(intoFile.err()).isZero();
        assertThat(CliTest.run("--db", file.toString(), "list", "--lang", "en").out()).isEqualTo(list.out());
    }

    @Test
    void backupAndRestoreOfAServerDatabaseAreLeftToTheServer() {
        String server = Engines.newServerDatabase();

        CliTest.Run backup = CliTest.run("--db", server, "backup", "--lang", "en", "--out",
                dir.resolve("b.db").toString());
        CliTest.Run restore = CliTest.run("--db", server, "restore", "--lang", "en", "--yes",
                dir.resolve("b.db").toString());

        assertThat(backup.exit()).isEqualTo(1);
        assertThat(backup.err()).contains("is on a server");
        assertThat(restore.exit()).isEqualTo(1);
        assertThat(restore.err()).contains("is on a server");
    }

    @Test
    void aPasswordInTheAddressIsRefusedBeforeAnythingIsSent() {
        CliTest.Run r = CliTest.run("--db", "postgresql://anna:secret@db.example.org/maakscan", "list", "--lang", "en");

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("no password in the address").doesNotContain("secret");
    }

    @Test
    void theAdministratorSetsUpCoachesAndAssignsCompanies() throws Exception {
        String server = Engines.newServerDatabase();
        Path samples = Path.of(getClass().getResource("/samples").toURI());
        CliTest.run("--db", server, "import", samples.resolve("06-small-workshop.json").toString());
        String companyId = CliTest.run("--db", server, "list", "--json").out().replaceAll(
                "(?s).*\"companyId\"\\s*:\\s*\"([^\"]+)\".*", "$1");

        CliTest.Run setup = CliTest.run("--db", server, "server", "setup", "--lang", "en");
        CliTest.Run coach = CliTest.run("--db", server, "server", "coach", "coach_cli", "--lang", "en");
        CliTest.Run other = CliTest.run("--db", server, "server", "coach", "coach_other", "--lang", "en");
        CliTest.Run assign = CliTest.run("--db", server, "server", "assign", companyId, "coach_cli", "--lang", "en");
        CliTest.Run list = CliTest.run("--db", server, "server", "assignments", "--lang", "en");
        String asCoach = server.replace("postgres@", "coach_cli@");
        String asOther = server.replace("postgres@", "coach_other@");

        assertThat(setup.exit()).as(setup.err()).isZero();
        assertThat(coach.exit()).as(coach.err()).isZero();
        assertThat(other.exit()).as(other.err()).isZero();
        assertThat(assign.exit()).as(assign.err()).isZero();
        assertThat(list.out()).contains(companyId + "): coach_cli");
        assertThat(CliTest.run("--db", asCoach, "list", "--lang", "en").out()).contains(companyId);
        assertThat(CliTest.run("--db", asOther, "list", "--lang", "en").out()).doesNotContain(companyId);
        assertThat(CliTest.run("--db", dir.resolve("f.db").toString(), "server", "coach", "x", "--lang", "en").err())
                .contains("is a database file");
    }

    @Test
    void syncSendsTheLaptopsWorkAndIsSafeToRunAgain() throws Exception {
        String server = Engines.newServerDatabase();
        Path laptop = dir.resolve("laptop.db");
        Path samples = Path.of(getClass().getResource("/samples").toURI());
        CliTest.run("--db", laptop.toString(), "import", samples.resolve("06-small-workshop.json").toString());

        CliTest.Run first = CliTest.run("--db", laptop.toString(), "sync", "--to", server, "--name", "laptop-1",
                "--lang", "en");
        CliTest.Run again = CliTest.run("--db", laptop.toString(), "sync", "--to", server, "--lang", "en");
        CliTest.Run wrongWay = CliTest.run("--db", server, "sync", "--to", server, "--lang", "en");

        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out()).contains("1 assessment(s) sent, 0 received").contains("1 companies synced, 0 failed");
        assertThat(again.out()).contains("0 assessment(s) sent, 0 received");
        assertThat(CliTest.run("--db", server, "list", "--lang", "en").out())
                .isEqualTo(CliTest.run("--db", laptop.toString(), "list", "--lang", "en").out());
        assertThat(wrongWay.exit()).isEqualTo(1);
        assertThat(wrongWay.err()).contains("is on a server");
    }
}
