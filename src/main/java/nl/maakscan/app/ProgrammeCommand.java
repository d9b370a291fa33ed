package nl.maakscan.app;

import nl.maakscan.advice.PlanRates;
import nl.maakscan.content.QuestionnaireLibrary;
import nl.maakscan.model.Choice;
import nl.maakscan.programme.Programme;
import nl.maakscan.programme.ProgrammeOverview;
import nl.maakscan.programme.ProgrammeSource;
import nl.maakscan.programme.Selection;
import nl.maakscan.report.ProgrammeReport;
import nl.maakscan.store.AtomicFiles;
import nl.maakscan.store.Store;
import nl.maakscan.store.StoreException;
import nl.maakscan.store.StoreProgrammeSource;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

/**
 * {@code maakscan programme [--from DATE] [--to DATE] [--sector ID] [--day-rate EUR] [--budget EUR]
 * [--json|--csv|--pdf FILE]}: the figures of the whole programme in the database (see {@link Programme}). The
 * plans are priced as {@code report} and {@code advise} price them ({@link PlanRateOptions}).
 */
@Command(name = "programme", resourceBundle = "nl.maakscan.app.cli", mixinStandardHelpOptions = true)
final class ProgrammeCommand extends StoreCommand {

    static final class Format {
        @Option(names = "--json", descriptionKey = "programme.json")
        boolean json;

        @Option(names = "--csv", descriptionKey = "programme.csv")
        boolean csv;

        @Option(names = "--pdf", paramLabel = "FILE.pdf", descriptionKey = "programme.pdf")
        Path pdf;
    }

    @Option(names = "--from", paramLabel = "yyyy-mm-dd", descriptionKey = "programme.from")
    String from;

    @Option(names = "--to", paramLabel = "yyyy-mm-dd", descriptionKey = "programme.to")
    String to;

    @Option(names = "--sector", paramLabel = "ID", descriptionKey = "programme.sector")
    String sector;

    @Option(names = "--samples", descriptionKey = "programme.samples")
    boolean samples;

    @Mixin
    PlanRateOptions planRates;

    @Option(names = "--force", descriptionKey = "out.force")
    boolean force;

    @ArgGroup(exclusive = true)
    Format format;

    @Override
    int run() {
        Optional<LocalDate> fromDate = date("--from", from);
        Optional<LocalDate> toDate = date("--to", to);
        if (fromDate == null || toDate == null) {
            return 2;
        }
        Optional<PlanRates> rates = planRates.rates(output);
        if (rates.isEmpty()) {
            return 2;
        }
        if (fromDate.isPresent() && toDate.isPresent() && fromDate.get().isAfter(toDate.get())) {
            output.err().println(output.text("programme.fromAfterTo", from, to));
            return 2;
        }
        Path pdf = format == null ? null : format.pdf;
        AtomicFiles.Rules rules = new AtomicFiles.Rules(force, database());
        if (pdf != null) {
            AtomicFiles.check(pdf, rules);
        }
        ProgrammeOverview overview;
        try (Store store = open(false)) {
            ProgrammeSource source = new StoreProgrammeSource(store);
            if (sector != null && !knownSector(source)) {
                return 2;
            }
            overview = Programme.of(source, new Selection(fromDate.orElse(null), toDate.orElse(null), sector, samples),
                    rates.get());
        }
        String language = output.language();
        if (pdf != null) {
            try {
                AtomicFiles.write(pdf, rules, o -> ProgrammeReport.write(overview, language, LocalDate.now(), o));
            } catch (IOException e) {
                output.err().println(output.text("file.unwritable", pdf, Output.reason(e)));
                return 1;
            } catch (StoreException.TargetRefused e) {
                output.err().println(e.message(language));
                return 1;
            }
            output.out().println(output.text("programme.pdfDone", pdf));
        } else if (format != null && format.json) {
            output.out().println(ProgrammeJson.of(overview).toPrettyString());
        } else if (format != null && format.csv) {
            output.out().print(ProgrammeCsv.of(overview));
        } else {
            new ProgrammeText(output, overview).print();
        }
        return 0;
    }

    /** The date of an option, empty when not given, null (after saying why) when it is not a date. */
    private Optional<LocalDate> date(String option, String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.strip()));
        } catch (DateTimeParseException e) {
            output.err().println(output.text("programme.badDate", option, value));
            return null;
        }
    }

    /** Whether {@code --sector} names a sector of the built-in questionnaire or of a company in the database. */
    private boolean knownSector(ProgrammeSource source) {
        TreeSet<String> known = new TreeSet<>();
        QuestionnaireLibrary.loadBuiltIn(Locale.forLanguageTag(output.language())).forEach(r -> r.valid()
                .ifPresent(q -> q.profile().sectors().stream().map(Choice::id).forEach(known::add)));
        source.companies().forEach(m -> {
            if (m.company().sector() != null) {
                known.add(m.company().sector());
            }
        });
        if (known.contains(sector)) {
            return true;
        }
        output.err().println(output.text("programme.unknownSector", sector, String.join(", ", known)));
        return false;
    }
}
