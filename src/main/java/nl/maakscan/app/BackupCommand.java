package nl.maakscan.app;

import nl.maakscan.store.Store;
import nl.maakscan.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code maakscan backup --out FILE}: a consistent copy of the database (SQLite online backup). */
@Command(name = "backup", resourceBundle = "nl.maakscan.app.cli", mixinStandardHelpOptions = true)
final class BackupCommand implements Callable<Integer> {

    @Option(names = "--out", paramLabel = "FILE", required = true, descriptionKey = "backup.out")
    Path out;

    @ParentCommand
    Cli parent;

    @Mixin
    Output output;

    @Override
    public Integer call() {
        String language = output.language();
        try (Store store = StoreCommands.open(parent, false)) {
            store.backupTo(out);
            output.out().println(output.text("backup.done", store.file(), out));
            output.out().flush();
            return 0;
        } catch (StoreException e) {
            return StoreCommands.fail(output.err(), e, language);
        }
    }
}
