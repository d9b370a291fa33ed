package nl.maakscan.app;

import nl.maakscan.advice.Advice;
import nl.maakscan.advice.PlanRates;
import nl.maakscan.content.QuestionnaireLibrary;
import nl.maakscan.model.Questionnaire;
import nl.maakscan.report.ReportInput;
import nl.maakscan.store.AnswersFile;
import nl.maakscan.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

/**
 * {@code maakscan advise ANSWERS.json} and {@code maakscan advise --assessment ID}: scores, recommendations and
 * plan for a filled answers file (not stored), or for a stored assessment with the adviser's conclusions and
 * what became of the previous plan's steps: the same advice and plan as the results screen and the report.
 */
@Command(name = "advise", resourceBundle = "nl.maakscan.app.cli", mixinStandardHelpOptions = true)
final class AdviseCommand extends StoreCommand {

    @Parameters(paramLabel = "ANSWERS.json", descriptionKey = "advise.file", arity = "0..1")
    Path file;

    @Option(names = "--assessment", paramLabel = "ID", descriptionKey = "advise.assessment")
    String assessment;

    @Option(names = "--json", descriptionKey = "advise.json")
    boolean json;

    @Mixin
    PlanRateOptions planRates;

    @Override
    int run() {
        String language = output.language();
        PrintWriter out = output.out();
        if ((file == null) == (assessment == null)) {
            output.err().println(output.text("advise.fileOrAssessment"));
            return 2;
        }
        Optional<PlanRates> rates = planRates.rates(output);
        if (rates.isEmpty()) {
            return 2;
        }
        LocalDate today = LocalDate.now();
        Optional<ReportInput> input = assessment != null ? stored(language, rates.get(), today)
                : answers(language, rates.get(), today);
        if (input.isEmpty()) {
            return 1;
        }
        ReportInput in = input.get();
        if (json) {
            out.println(AdviceJson.write(in, today));
        } else {
            out.print(new AdviceText(in.questionnaire(), language).render(in, today));
        }
        out.flush();
        return 0;
    }

    /** The advice on a filled answers file, which holds no conclusions and no previous plan. */
    private Optional<ReportInput> answers(String language, PlanRates rates, LocalDate today) {
        Optional<byte[]> bytes = output.read(file);
        if (bytes.isEmpty()) {
            return Optional.empty();
        }
        QuestionnaireLibrary library = Libraries.load(language, output.err());
        AnswersFile.Filled filled;
        try {
            filled = AnswersFile.read(file.toString(), bytes.get(), language, library::find);
        } catch (AnswersFile.InvalidAnswersException e) {
            e.problems().forEach(output.err()::println);
            return Optional.empty();
        }
        Questionnaire q = library.find(filled.questionnaireId(), filled.questionnaireVersion()).orElseThrow();
        Advice advice = Advice.of(q, filled.assessment(), filled.company(), rates);
        return Optional.of(new ReportInput(q, filled.assessment(), filled.company(), advice, null, null, language,
                null, today));
    }

    /** A stored assessment as the report sees it: advice, conclusions, previous plan and its steps' status. */
    private Optional<ReportInput> stored(String language, PlanRates rates, LocalDate today) {
        try (Store store = open(false)) {
            Optional<ReportInput> input = ReportInputs.of(store, assessment, language,
                    new ReportInput.Assessor(null, null, null), today, rates);
            if (input.isEmpty()) {
                output.err().println(output.text("report.notFound", assessment));
            }
            return input;
        }
    }
}
