package nl.maakscan.app;

import nl.maakscan.report.Progress;
import nl.maakscan.report.ReportGenerator;
import nl.maakscan.report.ReportInput;
import nl.maakscan.store.AssessmentInfo;
import nl.maakscan.store.Store;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * {@code maakscan report --assessment ID --out FILE.pdf} and {@code maakscan report --all --out-dir DIR}:
 * the PDF advice report of stored assessments.
 */
@Command(name = "report", resourceBundle = "nl.maakscan.app.cli", mixinStandardHelpOptions = true)
final class ReportCommand extends StoreCommand {

    static final class What {
        @Option(names = "--assessment", paramLabel = "ID", descriptionKey = "report.assessment")
        String assessment;

        @Option(names = "--all", descriptionKey = "report.all")
        boolean all;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    What what;

    @Option(names = "--out", paramLabel = "FILE.pdf", descriptionKey = "report.out")
    Path out;

    @Option(names = "--out-dir", paramLabel = "DIR", descriptionKey = "report.outDir")
    Path outDir;

    @Option(names = "--assessor", paramLabel = "NAME", descriptionKey = "report.assessor")
    String assessor;

    @Option(names = "--organisation", paramLabel = "NAME", descriptionKey = "report.organisation")
    String organisation;

    @Option(names = "--logo", paramLabel = "FILE", descriptionKey = "report.logo")
    Path logo;

    @Override
    int run() {
        String language = output.language();
        PrintWriter err = output.err();
        if (what.assessment != null && out == null || what.all && outDir == null) {
            err.println(output.text(what.all ? "report.needOutDir" : "report.needOut"));
            err.flush();
            return 2;
        }
        try (Store store = open(false)) {
            if (what.assessment != null) {
                Optional<ReportInput> input = input(store, what.assessment, language);
                return input.isPresent() && write(input.get(), out, true) ? 0 : 1;
            }
            List<AssessmentInfo> all = store.listAssessments();
            int n = 0;
            boolean ok = true;
            for (AssessmentInfo info : all) {
                n++;
                Optional<ReportInput> input = input(store, info.id(), language);
                if (input.isEmpty()) {
                    ok = false;
                    continue;
                }
                Path file = outDir.resolve(input.get().suggestedFileName());
                output.out().println(output.text("report.progress", n, all.size(), file));
                output.out().flush();
                ok &= write(input.get(), file, false);
            }
            if (all.isEmpty()) {
                output.out().println(output.text("list.empty"));
            }
            return ok ? 0 : 1;
        }
    }

    private Optional<ReportInput> input(Store store, String id, String language) {
        Optional<ReportInput> input = ReportInputs.of(store, id, language,
                new ReportInput.Assessor(assessor, organisation, logo), LocalDate.now());
        if (input.isEmpty()) {
            output.err().println(output.text("report.notFound", id));
            output.err().flush();
        }
        return input;
    }

    private boolean write(ReportInput input, Path file, boolean sayDone) {
        try {
            ReportGenerator.write(input, file, Progress.NONE);
        } catch (IOException e) {
            output.err().println(output.text("file.unwritable", file, e.getMessage()));
            output.err().flush();
            return false;
        }
        if (sayDone) {
            output.out().println(output.text("report.done", file));
            output.out().flush();
        }
        return true;
    }
}
