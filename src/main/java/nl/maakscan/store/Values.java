package nl.maakscan.store;

import nl.maakscan.model.Company;

import java.util.UUID;
import java.util.regex.Pattern;

/** The checks every value passes before it is written, whatever the engine or the way in (window, bundle). */
final class Values {

    static final int MAX_TEXT = 500;
    static final int MAX_NOTE = 20_000;
    private static final Pattern KVK = Pattern.compile("\\d{8}");

    private Values() {
    }

    /** The company with its texts trimmed, or an {@link StoreException.InvalidValue}. */
    static Company checked(Company c, String id) {
        String name = text(c.name(), "name", MAX_TEXT);
        if (name == null) {
            throw new StoreException.InvalidValue("store.nameRequired");
        }
        String kvk = c.kvk() == null || c.kvk().isBlank() ? null : c.kvk().strip();
        if (kvk != null && !KVK.matcher(kvk).matches()) {
            throw new StoreException.InvalidValue("store.kvk", kvk);
        }
        if (c.employees() != null && c.employees() < 1) {
            throw new StoreException.InvalidValue("store.employees", c.employees());
        }
        uuid(id);
        return new Company(id, name, kvk, text(c.sector(), "sector", MAX_TEXT), c.employees(), c.processes(),
                text(c.place(), "place", MAX_TEXT), text(c.contact(), "contact", MAX_TEXT));
    }

    static void uuid(String id) {
        try {
            UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new StoreException.InvalidValue("store.uuid", id);
        }
    }

    static String text(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String s = value.strip();
        if (s.length() > max) {
            throw new StoreException.InvalidValue("store.tooLong", field, max);
        }
        if (badCharacter(s)) {
            throw new StoreException.InvalidValue("store.badCharacter", field);
        }
        return s;
    }

    /**
     * Whether a text holds a character no text of a company or assessment may hold: NUL and the other
     * control characters apart from tab, line feed and carriage return, or half of a surrogate pair
     * (not a character at all; it cannot be written as UTF-8).
     */
    static boolean badCharacter(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f) {
                return true;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    return true;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    static void range(Integer value, String field) {
        if (value != null && (value < 0 || value > 5)) {
            throw new StoreException.InvalidValue("store.range", field, value);
        }
    }
}
