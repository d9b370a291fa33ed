package nl.maakscan.ui;

import nl.maakscan.advice.PlanRates;

/**
 * What the program remembers between sessions: language ({@code nl}/{@code en}), theme, the
 * assessor's name, organisation and logo (for the report's cover), the window's place and size
 * (null until the window has been moved or resized once) and the day rate and programme budget that
 * price the plan.
 */
public record Settings(String language, Theme theme, String assessorName, String organisation, String logo,
        Window window, PlanRates rates) {

    public Settings {
        rates = rates == null ? PlanRates.POLICY : rates;
    }

    public Settings(String language, Theme theme, String assessorName, String organisation, String logo,
            Window window) {
        this(language, theme, assessorName, organisation, logo, window, PlanRates.POLICY);
    }

    /** The window's position and size. */
    public record Window(double x, double y, double width, double height, boolean maximized) {
    }

    public static Settings defaults(String language) {
        return new Settings(language, Theme.LIGHT, null, null, null, null);
    }

    public Settings withLanguage(String newLanguage) {
        return new Settings(newLanguage, theme, assessorName, organisation, logo, window, rates);
    }

    public Settings withTheme(Theme newTheme) {
        return new Settings(language, newTheme, assessorName, organisation, logo, window, rates);
    }

    public Settings withAssessor(String name, String newOrganisation, String newLogo) {
        return new Settings(language, theme, name, newOrganisation, newLogo, window, rates);
    }

    public Settings withWindow(Window newWindow) {
        return new Settings(language, theme, assessorName, organisation, logo, newWindow, rates);
    }

    /** The day rate and programme budget that price the plan (null values: the questionnaire's policy). */
    public Settings withRates(PlanRates newRates) {
        return new Settings(language, theme, assessorName, organisation, logo, window, newRates);
    }

    /** Light and dark, both AtlantaFX Primer themes. */
    public enum Theme { LIGHT, DARK }

    /** Where settings are kept: a file in the user's data folder; in memory in tests. */
    public interface Store {
        Settings load();

        void save(Settings settings);
    }
}
