package nl.maakscan.app;

import nl.maakscan.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** {@code maakscan backup --out FILE}: a consistent copy of the database (SQLite online backup). */
@Command(name = "backup", resourceBundle = "nl.maakscan.app.cli", mixinStandardHelpOptions = true)
final class BackupCommand extends StoreCommand {

    @Option(names = "--out", paramLabel = "FILE", required = true, descriptionKey = "backup.out")
    Path out;

    @Option(names = "--force", descriptionKey = "out.force")
    boolean force;

    @Override
    int run() {
        localDatabase();  // a database on a server is backed up there
        try (Store store = open(false)) {
            store.backupTo(out, force);
            output.out().println(output.text("backup.done", store.file(), out));
            return 0;
        }
    }
}
