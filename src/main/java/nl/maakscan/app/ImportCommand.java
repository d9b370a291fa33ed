package nl.maakscan.app;

import nl.maakscan.content.QuestionnaireLibrary;
import nl.maakscan.report.ReportAttachment;
import nl.maakscan.store.AnswersFile;
import nl.maakscan.store.Bundles;
import nl.maakscan.store.ImportReport;
import nl.maakscan.store.Store;
import nl.maakscan.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code maakscan import FILE...}: answers files, bundles and Maakscan PDF reports, each file all or nothing. */
@Command(name = "import", resourceBundle = "nl.maakscan.app.cli", mixinStandardHelpOptions = true)
final class ImportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "1..*", descriptionKey = "import.files")
    List<Path> files;

    @ParentCommand
    Cli parent;

    @Mixin
    Output output;

    @Override
    public Integer call() {
        String language = output.language();
        PrintWriter out = output.out();
        PrintWriter err = output.err();
        QuestionnaireLibrary library = Libraries.load(language);
        int exit = 0;
        try (Store store = StoreCommands.open(parent, true)) {
            for (Path file : files) {
                byte[] bytes;
                try {
                    bytes = Files.readAllBytes(file);
                } catch (IOException e) {
                    err.println(output.text("file.unreadable", file, e.getMessage()));
                    exit = 1;
                    continue;
                }
                if (ReportAttachment.isPdf(bytes)) {
                    Optional<byte[]> bundle = bundleInReport(file, err);
                    if (bundle.isEmpty()) {
                        exit = 1;
                        continue;
                    }
                    bytes = bundle.get();
                }
                try {
                    ImportReport report = Bundles.importFile(store, file.toString(), bytes, language, library);
                    out.println(output.text("import.file", file));
                    for (ImportReport.Entry e : report.entries()) {
                        out.println(output.text("import.entry", output.text("import.action." + e.action().name()),
                                output.text("import.kind." + e.kind()), e.name() == null ? "-" : e.name(), e.id()));
                    }
                } catch (AnswersFile.InvalidAnswersException e) {
                    e.problems().forEach(err::println);
                    err.println(output.text("import.nothing", file));
                    exit = 1;
                } catch (StoreException.InvalidImport | StoreException.InvalidValue | StoreException.NotFound e) {
                    err.println(e.message(language));
                    exit = 1;
                }
            }
        } catch (StoreException e) {
            return StoreCommands.fail(err, e, language);
        }
        out.flush();
        err.flush();
        return exit;
    }

    /** The bundle embedded in a Maakscan report; reports a PDF without one or that cannot be read. */
    private Optional<byte[]> bundleInReport(Path file, PrintWriter err) {
        try {
            Optional<byte[]> bundle = ReportAttachment.read(file);
            if (bundle.isEmpty()) {
                err.println(output.text("import.noBundle", file));
            }
            return bundle;
        } catch (IOException e) {
            err.println(output.text("file.unreadable", file, e.getMessage()));
            return Optional.empty();
        }
    }
}
