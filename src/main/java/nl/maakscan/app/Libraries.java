package nl.maakscan.app;

import nl.maakscan.content.QuestionnaireLibrary;

import java.util.List;
import java.util.Locale;

/** Loads the questionnaires the program offers: the built-in ones and those in the user's data folder. */
final class Libraries {
    private Libraries() {
    }

    /**
     * Loads the library and tells on {@code warnings} about every questionnaire that was skipped (a
     * broken or oversized file in the user's folder, another questionnaire with the same id and
     * version); the others, and the built-in one, are still offered.
     */
    static QuestionnaireLibrary load(String language, java.io.PrintWriter warnings) {
        QuestionnaireLibrary library = load(language);
        library.problems().forEach(warnings::println);
        warnings.flush();
        return library;
    }

    static QuestionnaireLibrary load(String language) {
        return QuestionnaireLibrary.load(Locale.forLanguageTag(language),
                List.of(DataLocations.forThisSystem().questionnaires()));
    }
}
