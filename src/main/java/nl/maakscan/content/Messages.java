package nl.maakscan.content;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Problem texts for questionnaire validation, in Dutch or English. */
final class Messages {
    private final ResourceBundle bundle;
    private final Locale locale;

    Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("nl.maakscan.content.problems", locale);
    }

    String format(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }
}
