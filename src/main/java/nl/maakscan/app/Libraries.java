package nl.maakscan.app;

import nl.maakscan.content.QuestionnaireLibrary;

import java.util.List;
import java.util.Locale;

/** Loads the questionnaires the program offers: the built-in ones and those in the user's data folder. */
final class Libraries {
    private Libraries() {
    }

    static QuestionnaireLibrary load(String language) {
        return QuestionnaireLibrary.load(Locale.forLanguageTag(language),
                List.of(DataLocations.forThisSystem().questionnaires()));
    }
}
