package nl.maakscan.app;

import nl.maakscan.content.LoadResult;
import nl.maakscan.content.Problem;
import nl.maakscan.content.QuestionnaireLibrary;
import nl.maakscan.model.Questionnaire;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code maakscan validate [PATH...]}: checks questionnaire files and prints every problem. */
@Command(name = "validate", resourceBundle = "nl.maakscan.app.cli", mixinStandardHelpOptions = true)
final class ValidateCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", arity = "0..*", descriptionKey = "validate.paths")
    List<Path> paths = List.of();

    @Mixin
    Output output;

    @Override
    public Integer call() {
        String language = output.language();
        PrintWriter out = output.out();
        PrintWriter err = output.err();
        for (Path p : paths) {
            if (!Files.exists(p)) {
                err.println(output.text("validate.noSuchPath", p));
                return 1;
            }
        }
        Locale locale = Locale.forLanguageTag(language);
        List<LoadResult> results = paths.isEmpty() ? QuestionnaireLibrary.loadBuiltIn(locale)
                : QuestionnaireLibrary.loadPaths(locale, paths);
        boolean ok = !results.isEmpty();
        if (results.isEmpty()) {
            err.println(output.text("validate.nothingFound"));
        }
        for (LoadResult r : results) {
            for (Problem p : r.problems()) {
                out.println(p);
                ok = false;
            }
            r.valid().ifPresent(q -> out.println(summary(q)));
        }
        out.flush();
        return ok ? 0 : 1;
    }

    static String summary(Questionnaire q) {
        return q.id() + " " + q.version() + ": " + q.dimensions().size() + " dimensions, " + q.questions().size()
                + " questions, " + q.technologies().size() + " technologies, "
                + q.financing().instruments().size() + " financing instruments";
    }
}
