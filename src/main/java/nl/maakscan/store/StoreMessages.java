package nl.maakscan.store;

import java.util.Locale;

/** Texts of this package, in Dutch or English ({@code messages*.properties}). */
final class StoreMessages {

    /** A value longer than this is shown by its start and its length, so that a message stays readable. */
    private static final int MAX_SHOWN = 200;

    private StoreMessages() {
    }

    static String get(String language, String key, Object... args) {
        java.util.ResourceBundle b = java.util.ResourceBundle.getBundle("nl.maakscan.store.messages",
                Locale.forLanguageTag(language));
        Object[] shown = args.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof CharSequence t && t.length() > MAX_SHOWN) {
                shown[i] = get(language, "message.shortened", t.subSequence(0, 60), t.length());
            }
        }
        return new java.text.MessageFormat(b.getString(key), Locale.forLanguageTag(language)).format(shown);
    }
}
