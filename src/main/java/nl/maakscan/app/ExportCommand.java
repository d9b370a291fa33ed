package nl.maakscan.app;

import nl.maakscan.store.AtomicFiles;
import nl.maakscan.store.Bundles;
import nl.maakscan.store.Store;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;

/** {@code maakscan export (--assessment ID | --company ID | --all) --out FILE}: writes a bundle. */
@Command(name = "export", resourceBundle = "nl.maakscan.app.cli", mixinStandardHelpOptions = true)
final class ExportCommand extends StoreCommand {

    static final class What {
        @Option(names = "--assessment", paramLabel = "ID", descriptionKey = "export.assessment")
        String assessment;

        @Option(names = "--company", paramLabel = "ID", descriptionKey = "export.company")
        String company;

        @Option(names = "--all", descriptionKey = "export.all")
        boolean all;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    What what;

    @Option(names = "--out", paramLabel = "FILE", required = true, descriptionKey = "export.out")
    Path out;

    @Option(names = "--force", descriptionKey = "out.force")
    boolean force;

    @Override
    int run() {
        Bundles.Selection selection = what.assessment != null ? Bundles.Selection.assessment(what.assessment)
                : what.company != null ? Bundles.Selection.company(what.company) : Bundles.Selection.all();
        byte[] bundle;
        AtomicFiles.Rules rules = new AtomicFiles.Rules(force, database());
        AtomicFiles.check(out, rules);
        try (Store store = open(false)) {
            bundle = Bundles.export(store, selection, Instant.now());
        }
        try {
            AtomicFiles.write(out, rules, o -> o.write(bundle));
        } catch (IOException e) {
            output.err().println(output.text("file.unwritable", out, Output.reason(e)));
            return 1;
        }
        output.out().println(output.text("export.done", out));
        return 0;
    }
}
