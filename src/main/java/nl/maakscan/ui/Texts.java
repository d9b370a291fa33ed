package nl.maakscan.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The screens' texts in one language (bundle {@code nl.maakscan.ui.messages}). */
public final class Texts {

    public static final String BUNDLE = "nl.maakscan.ui.messages";

    private final String language;
    private final ResourceBundle bundle;

    public Texts(String language) {
        this.language = "en".equals(language) ? "en" : "nl";
        // properties files only: looking for bundle classes first searches every jar, at start-up
        this.bundle = ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(this.language),
                ResourceBundle.Control.getControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** {@code nl} or {@code en}: also the language picked from the questionnaire's bilingual texts. */
    public String language() {
        return language;
    }

    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }

    public String format(String key, Object... args) {
        return new MessageFormat(get(key), Locale.forLanguageTag(language)).format(args);
    }

    /** The one date format of each language: 02-12-2026 in Dutch, 2 Dec 2026 in English. */
    public java.time.format.DateTimeFormatter dateFormat() {
        return java.time.format.DateTimeFormatter.ofPattern("nl".equals(language) ? "dd-MM-yyyy" : "d MMM yyyy",
                Locale.forLanguageTag(language));
    }

    /** A date stored as yyyy-mm-dd (or a timestamp starting with it) in this language's format; "–" when there is none. */
    public String date(String isoDate) {
        if (isoDate == null || isoDate.length() < 10) {
            return "–";
        }
        try {
            return java.time.LocalDate.parse(isoDate.substring(0, 10)).format(dateFormat());
        } catch (java.time.format.DateTimeParseException e) {
            return isoDate;
        }
    }

    /** A level such as 2.4 written the local way (2,4 in Dutch), or a dash when unknown. */
    public String level(Double level) {
        return level == null ? "–" : String.format(Locale.forLanguageTag(language), "%.1f", level);
    }
}
