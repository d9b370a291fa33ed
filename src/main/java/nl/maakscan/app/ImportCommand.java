package nl.maakscan.app;

import nl.maakscan.content.QuestionnaireLibrary;
import nl.maakscan.report.ReportAttachment;
import nl.maakscan.store.AnswersFile;
import nl.maakscan.store.Bundles;
import nl.maakscan.store.ImportReport;
import nl.maakscan.store.InputFiles;
import nl.maakscan.store.Store;
import nl.maakscan.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** {@code maakscan import FILE...}: answers files, bundles and Maakscan PDF reports, each file all or nothing. */
@Command(name = "import", resourceBundle = "nl.maakscan.app.cli", mixinStandardHelpOptions = true)
final class ImportCommand extends StoreCommand {

    @Parameters(paramLabel = "FILE", arity = "1..*", descriptionKey = "import.files")
    List<Path> files;

    @Override
    int run() {
        String language = output.language();
        PrintWriter out = output.out();
        PrintWriter err = output.err();
        QuestionnaireLibrary library = Libraries.load(language, output.err());
        int exit = 0;
        try (Store store = open(true)) {
            for (Path file : files) {
                exit = Math.max(exit, importOne(store, file, library, language, out, err));
            }
        }
        return exit;
    }

    private int importOne(Store store, Path file, QuestionnaireLibrary library, String language, PrintWriter out,
            PrintWriter err) {
        Optional<byte[]> bytes = output.read(file);
        if (bytes.isPresent() && ReportAttachment.isPdf(bytes.get())) {
            bytes = bundleInReport(file, bytes.get(), err);
        }
        if (bytes.isEmpty()) {
            return 1;
        }
        try {
            ImportReport report = Bundles.importFile(store, file.toString(), bytes.get(), language, library);
            out.println(output.text("import.file", file));
            for (ImportReport.Entry e : report.entries()) {
                out.println(output.text("import.entry", output.text("import.action." + e.action().name()),
                        output.text("import.kind." + e.kind()), e.name() == null ? "-" : e.name(), e.id()));
            }
            return 0;
        } catch (AnswersFile.InvalidAnswersException e) {
            e.problems().forEach(err::println);
            err.println(output.text("import.nothing", file));
            return 1;
        } catch (StoreException.InvalidImport | StoreException.InvalidValue | StoreException.NotFound e) {
            err.println(e.message(language));
            return 1;
        }
    }

    /** The bundle embedded in a Maakscan report; reports a PDF without one or that cannot be read. */
    private Optional<byte[]> bundleInReport(Path file, byte[] pdf, PrintWriter err) {
        try {
            Optional<byte[]> bundle = ReportAttachment.read(pdf, InputFiles.MAX_ATTACHMENT);
            if (bundle.isEmpty()) {
                err.println(output.text("import.noBundle", file));
            }
            return bundle;
        } catch (ReportAttachment.TooLarge e) {
            err.println(output.text("import.bundleTooLarge", file, InputFiles.MAX_ATTACHMENT));
            return Optional.empty();
        } catch (IOException e) {
            err.println(output.text("file.unreadable", file, Output.reason(e)));
            return Optional.empty();
        }
    }
}
