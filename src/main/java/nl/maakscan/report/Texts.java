package nl.maakscan.report;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The report's own words in one language ({@code nl/maakscan/report/report_{nl,en}.properties}). */
public final class Texts {

    private final String language;
    private final Locale locale;
    private final ResourceBundle bundle;

    public Texts(String language) {
        this.language = "en".equals(language) ? "en" : "nl";
        this.locale = Locale.forLanguageTag(this.language);
        this.bundle = ResourceBundle.getBundle("nl.maakscan.report.report", locale);
    }

    public String language() {
        return language;
    }

    public Locale locale() {
        return locale;
    }

    /** The text for {@code key} with {@code args} filled in ({@link MessageFormat} patterns). */
    public String t(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    /** A number with {@code decimals} decimals in this language, or "-" when unknown. */
    public String num(Double value, int decimals) {
        return value == null ? "-" : String.format(locale, "%." + decimals + "f", value);
    }
}
