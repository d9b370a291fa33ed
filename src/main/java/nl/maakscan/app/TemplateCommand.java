package nl.maakscan.app;

import nl.maakscan.content.QuestionnaireLibrary;
import nl.maakscan.model.Questionnaire;
import nl.maakscan.store.AnswersFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.text.MessageFormat;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;

/** {@code maakscan template}: prints an answers file (JSON) to fill in. */
@Command(name = "template", resourceBundle = "nl.maakscan.app.cli", mixinStandardHelpOptions = true)
final class TemplateCommand implements Callable<Integer> {

    static final String DEFAULT_QUESTIONNAIRE = "productie-innovatiescan";

    @Option(names = "--questionnaire", paramLabel = "ID", descriptionKey = "template.questionnaire")
    String questionnaire = DEFAULT_QUESTIONNAIRE;

    @Option(names = "--lang", paramLabel = "nl|en", descriptionKey = "lang")
    String lang;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String language = Cli.language(lang);
        ResourceBundle texts = Cli.texts(language);
        QuestionnaireLibrary library = Libraries.load(language);
        Optional<Questionnaire> q = library.latest(questionnaire);
        if (q.isEmpty()) {
            spec.commandLine().getErr().println(MessageFormat.format(texts.getString("questionnaire.unknown"),
                    questionnaire, String.join(", ", library.questionnaires().stream().map(Questionnaire::id)
                            .distinct().toList())));
            return 1;
        }
        spec.commandLine().getOut().print(AnswersFile.template(q.get(), language));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
