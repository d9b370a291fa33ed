package nl.maakscan.report;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
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

    /** A date written out in this language: "2 december 2026", "2 December 2026"; "-" when unknown. */
    public String date(LocalDate date) {
        return date == null ? "-" : DateTimeFormatter.ofPattern("d MMMM uuuu", locale).format(date);
    }

    /** An ISO date (yyyy-mm-dd) written out like {@link #date(LocalDate)}; other text is kept as it is. */
    public String date(String iso) {
        if (iso == null || iso.isBlank()) {
            return "-";
        }
        try {
            return date(LocalDate.parse(iso.strip()));
        } catch (DateTimeParseException e) {
            return iso;
        }
    }

    /** A number with {@code decimals} decimals in this language, or "-" when unknown. */
    public String num(Double value, int decimals) {
        return value == null ? "-" : String.format(locale, "%." + decimals + "f", value);
    }
}
