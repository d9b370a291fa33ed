package nl.maakscan.app;

import nl.maakscan.store.Store;
import nl.maakscan.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code maakscan restore FILE --yes}: puts a backup in the place of the database. */
@Command(name = "restore", resourceBundle = "nl.maakscan.app.cli", mixinStandardHelpOptions = true)
final class RestoreCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", descriptionKey = "restore.file")
    Path file;

    @Option(names = "--yes", descriptionKey = "restore.yes")
    boolean yes;

    @ParentCommand
    Cli parent;

    @Mixin
    Output output;

    @Override
    public Integer call() {
        String language = output.language();
        Path db = StoreCommands.database(parent);
        if (!yes) {
            output.err().println(output.text("restore.needsYes", db, file));
            output.err().flush();
            return 1;
        }
        try {
            Optional<Path> before = Store.restore(file, db, Store.Options.defaults());
            output.out().println(before.isPresent()
                    ? output.text("restore.donePrevious", file, db, before.get())
                    : output.text("restore.done", file, db));
            output.out().flush();
            return 0;
        } catch (StoreException e) {
            return StoreCommands.fail(output.err(), e, language);
        }
    }
}
