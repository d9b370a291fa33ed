package nl.maakscan.app;

import nl.maakscan.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.Optional;

/** {@code maakscan restore FILE --yes}: puts a backup in the place of the database. */
@Command(name = "restore", resourceBundle = "nl.maakscan.app.cli", mixinStandardHelpOptions = true)
final class RestoreCommand extends StoreCommand {

    @Parameters(paramLabel = "FILE", descriptionKey = "restore.file")
    Path file;

    @Option(names = "--yes", descriptionKey = "restore.yes")
    boolean yes;

    @Override
    int run() {
        Path db = localDatabase();
        if (!yes) {
            output.err().println(output.text("restore.needsYes", db, file));
            return 1;
        }
        Optional<Path> before = Store.restore(file, db, Store.Options.defaults());
        output.out().println(before.isPresent()
                ? output.text("restore.donePrevious", file, db, before.get())
                : output.text("restore.done", file, db));
        return 0;
    }
}
