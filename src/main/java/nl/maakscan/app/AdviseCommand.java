package nl.maakscan.app;

import nl.maakscan.advice.Advice;
import nl.maakscan.content.QuestionnaireLibrary;
import nl.maakscan.model.Questionnaire;
import nl.maakscan.store.AnswersFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code maakscan advise ANSWERS.json}: scores, recommendations and plan for a filled answers file. */
@Command(name = "advise", resourceBundle = "nl.maakscan.app.cli", mixinStandardHelpOptions = true)
final class AdviseCommand implements Callable<Integer> {

    @Parameters(paramLabel = "ANSWERS.json", descriptionKey = "advise.file")
    Path file;

    @Option(names = "--json", descriptionKey = "advise.json")
    boolean json;

    @Mixin
    Output output;

    @Override
    public Integer call() {
        String language = output.language();
        PrintWriter out = output.out();
        PrintWriter err = output.err();
        Optional<byte[]> bytes = output.read(file);
        if (bytes.isEmpty()) {
            return 1;
        }
        QuestionnaireLibrary library = Libraries.load(language, output.err());
        AnswersFile.Filled filled;
        try {
            filled = AnswersFile.read(file.toString(), bytes.get(), language, library::find);
        } catch (AnswersFile.InvalidAnswersException e) {
            e.problems().forEach(err::println);
            return 1;
        }
        Questionnaire q = library.find(filled.questionnaireId(), filled.questionnaireVersion()).orElseThrow();
        Advice advice = Advice.of(q, filled.assessment(), filled.company());
        if (json) {
            out.println(AdviceJson.write(q, filled.company(), advice, language, java.time.LocalDate.now()));
        } else {
            out.print(new AdviceText(q, language).render(filled.company(), advice, java.time.LocalDate.now()));
        }
        out.flush();
        return 0;
    }
}
