package nl.maakscan.app;

import nl.maakscan.programme.PeerBenchmark;
import nl.maakscan.report.Progress;
import nl.maakscan.report.ReportGenerator;
import nl.maakscan.report.ReportInput;
import nl.maakscan.store.AssessmentInfo;
import nl.maakscan.store.AtomicFiles;
import nl.maakscan.store.InputFiles;
import nl.maakscan.store.StoreException;
import nl.maakscan.store.StoreProgrammeSource;
import nl.maakscan.store.Store;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

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

    @Option(names = "--force", descriptionKey = "out.force")
    boolean force;

    @picocli.CommandLine.Mixin
    PlanRateOptions planRates;

    private nl.maakscan.advice.PlanRates rates;
    private PeerBenchmark peers;

    @Override
    int run() {
        String language = output.language();
        PrintWriter err = output.err();
        if (what.assessment != null && out == null || what.all && outDir == null) {
            err.println(output.text(what.all ? "report.needOutDir" : "report.needOut"));
            err.flush();
            return 2;
        }
        Optional<nl.maakscan.advice.PlanRates> given = planRates.rates(output);
        if (given.isEmpty()) {
            return 2;
        }
        rates = given.get();
        if (logo != null) {
            InputFiles.check(logo, InputFiles.MAX_LOGO);
        }
        AtomicFiles.Rules rules = new AtomicFiles.Rules(force, database());
        if (what.assessment != null) {
            AtomicFiles.check(out, rules);
        } else if (Files.exists(outDir) && !Files.isDirectory(outDir)) {
            err.println(output.text("report.outDirNotFolder", outDir));
            return 1;
        }
        if (what.assessment != null) {
            ReportGenerator.warmUp(language);   // the layout engine loads while the store and the advice do
        }
        try (Store store = open(false)) {
            if (what.assessment != null) {
                Optional<ReportInput> input = input(store, what.assessment, language);
                return input.isPresent() && write(input.get(), out, rules, true) ? 0 : 1;
            }
            List<AssessmentInfo> all = store.listAssessments();
            return all(store, all, language, rules);
        }
    }

    /**
     * Every report, in parallel over the cores ({@link ReportBatch}); prints each report when it is written, with
     * the time the rest will take, and at the end how many were written.
     */
    private int all(Store store, List<AssessmentInfo> all, String language, AtomicFiles.Rules rules) {
        Set<String> used = new HashSet<>();
        Runtime rt = Runtime.getRuntime();
        ReportBatch<AssessmentInfo> batch = new ReportBatch<>(ReportBatch.workers(rt.availableProcessors(),
                rt.maxMemory()));
        ReportBatch.Result result;
        try {
            result = batch.run(all, info -> input(store, info.id(), language)
                            .map(in -> new ReportBatch.Job<>(in, outDir.resolve(unique(in.suggestedFileName(), used)))),
                    job -> write(job.input(), job.file(), rules, false), this::progress);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
        output.out().println(all.isEmpty() ? output.text("list.empty")
                : output.text("report.written", result.written(), all.size(), outDir));
        output.out().flush();
        return result.allOk() ? 0 : 1;
    }

    private void progress(int done, int total, Path file, boolean written, Optional<Duration> left) {
        if (!written) {
            return;
        }
        String line = output.text("report.progress", done, total, file);
        if (left.isPresent() && done < total) {
            long s = Math.max(1, left.get().toSeconds());
            line += " " + output.text(s < 120 ? "report.leftSeconds" : "report.leftMinutes", s < 120 ? s : (s + 30) / 60);
        }
        synchronized (output) {
            output.out().println(line);
            output.out().flush();
        }
    }

    /**
     * The file name, or with {@code -2}, {@code -3}, ... before {@code .pdf} when another report of this run
     * has it already (two assessments of companies with the same name and label, ids alike at the start).
     * Compared without case, as on Windows and macOS.
     */
    static String unique(String name, Set<String> used) {
        String stem = name.endsWith(".pdf") ? name.substring(0, name.length() - 4) : name;
        String candidate = name;
        for (int i = 2; !used.add(candidate.toLowerCase(Locale.ROOT)); i++) {
            candidate = stem + "-" + i + ".pdf";
        }
        return candidate;
    }

    private Optional<ReportInput> input(Store store, String id, String language) {
        Optional<ReportInput> input = ReportInputs.of(store, id, language,
                new ReportInput.Assessor(assessor, organisation, logo), LocalDate.now(), rates, peers(store));
        if (input.isEmpty()) {
            output.err().println(output.text("report.notFound", id));
            output.err().flush();
        }
        return input;
    }

    /** One peer benchmark for all reports of this run, so that the companies are read once. */
    private synchronized PeerBenchmark peers(Store store) {
        if (peers == null) {
            peers = new PeerBenchmark(new StoreProgrammeSource(store));
        }
        return peers;
    }

    private boolean write(ReportInput input, Path file, AtomicFiles.Rules rules, boolean sayDone) {
        try {
            AtomicFiles.write(file, rules, o -> ReportGenerator.write(input, o, Progress.NONE));
        } catch (IOException e) {
            output.err().println(output.text("file.unwritable", file, Output.reason(e)));
            output.err().flush();
            return false;
        } catch (StoreException.TargetRefused e) {
            output.err().println(e.message(output.language()));
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
