package nl.maakscan.ui;

/**
 * What the program remembers between sessions: language ({@code nl}/{@code en}), theme, the
 * assessor's name, organisation and logo (for the report's cover) and the window's place and size
 * (null until the window has been moved or resized once).
 */
public record Settings(String language, Theme theme, String assessorName, String organisation, String logo,
        Window window) {

    /** The window's position and size. */
    public record Window(double x, double y, double width, double height, boolean maximized) {
    }

    public static Settings defaults(String language) {
        return new Settings(language, Theme.LIGHT, null, null, null, null);
    }

    public Settings withLanguage(String newLanguage) {
        return new Settings(newLanguage, theme, assessorName, organisation, logo, window);
    }

    public Settings withTheme(Theme newTheme) {
        return new Settings(language, newTheme, assessorName, organisation, logo, window);
    }

    public Settings withAssessor(String name, String newOrganisation, String newLogo) {
        return new Settings(language, theme, name, newOrganisation, newLogo, window);
    }

    public Settings withWindow(Window newWindow) {
        return new Settings(language, theme, assessorName, organisation, logo, newWindow);
    }

    /** Light and dark, both AtlantaFX Primer themes. */
    public enum Theme { LIGHT, DARK }

    /** Where settings are kept: a file in the user's data folder; in memory in tests. */
    public interface Store {
        Settings load();

        void save(Settings settings);
    }
}
