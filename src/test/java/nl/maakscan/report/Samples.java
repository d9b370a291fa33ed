package nl.maakscan.report;

import nl.maakscan.advice.Advice;
import nl.maakscan.content.QuestionnaireLibrary;
import nl.maakscan.model.Assessment;
import nl.maakscan.model.Company;
import nl.maakscan.model.Questionnaire;
import nl.maakscan.store.AnswersFile;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** The sample companies (src/test/resources/samples, sample data) as report input, for tests and the benchmark. */
public final class Samples {

    public static final List<String> ALL = List.of("01-high-mix-job-shop.json", "02-sheet-metal-fabricator.json",
            "03-assembly-no-sheet-no-welding.json", "04-coating-energy.json", "05-mature-manufacturer.json",
            "06-small-workshop.json");

    private static QuestionnaireLibrary library;

    private Samples() {
    }

    public static synchronized QuestionnaireLibrary library() {
        if (library == null) {
            library = QuestionnaireLibrary.load(Locale.ENGLISH, List.of());
        }
        return library;
    }

    public static byte[] bytes(String name) throws IOException {
        try (InputStream in = Samples.class.getResourceAsStream("/samples/" + name)) {
            if (in == null) {
                throw new IOException("missing sample " + name);
            }
            return in.readAllBytes();
        }
    }

    public static AnswersFile.Filled filled(String name) throws Exception {
        return AnswersFile.read(name, bytes(name), "en", library()::find);
    }

    public static Questionnaire questionnaire(AnswersFile.Filled f) {
        return library().find(f.questionnaireId(), f.questionnaireVersion()).orElseThrow();
    }

    /** Report input for a sample, optionally with another company or answers, and a previous assessment. */
    public static ReportInput input(String name, String language) throws Exception {
        AnswersFile.Filled f = filled(name);
        return input(questionnaire(f), f.assessment(), f.company(), null, language, null);
    }

    public static ReportInput input(Questionnaire q, Assessment a, Company c, ReportInput.Previous previous,
            String language, byte[] bundle) {
        return new ReportInput(q, a, c, Advice.of(q, a, c), previous,
                new ReportInput.Assessor("Anna de Vries", "Voorbeeld Advies BV", null), language, bundle,
                LocalDate.of(2026, 11, 28), ReportInput.Status.FINAL);
    }
}
