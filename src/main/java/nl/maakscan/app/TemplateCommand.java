package nl.maakscan.app;

import nl.maakscan.content.QuestionnaireLibrary;
import nl.maakscan.model.Questionnaire;
import nl.maakscan.store.AnswersFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code maakscan template}: prints an answers file (JSON) to fill in. */
@Command(name = "template", resourceBundle = "nl.maakscan.app.cli", mixinStandardHelpOptions = true)
final class TemplateCommand implements Callable<Integer> {

    static final String DEFAULT_QUESTIONNAIRE = "productie-innovatiescan";

    @Option(names = "--questionnaire", paramLabel = "ID", descriptionKey = "template.questionnaire")
    String questionnaire = DEFAULT_QUESTIONNAIRE;

    @Mixin
    Output output;

    @Override
    public Integer call() {
        String language = output.language();
        QuestionnaireLibrary library = Libraries.load(language, output.err());
        Optional<Questionnaire> q = library.latest(questionnaire);
        if (q.isEmpty()) {
            output.err().println(output.text("questionnaire.unknown", questionnaire, String.join(", ", library.questionnaires().stream().map(Questionnaire::id)
                            .distinct().toList())));
            return 1;
        }
        output.out().print(AnswersFile.template(q.get(), language));
        output.out().flush();
        return 0;
    }
}
