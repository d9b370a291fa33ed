package nl.maakscan.ui;

import nl.maakscan.advice.PlanRates;

/**
 * What the program remembers between sessions: language ({@code nl}/{@code en}), theme, the
 * assessor's name, organisation and logo (for the report's cover), the window's place and size
 * (null until the window has been moved or resized once), the day rate and programme budget that
 * price the plan, and the address of the organisation's server last synced to (an address only: a server
 * address never holds a password, and no login is remembered).
 */
public record Settings(String language, Theme theme, String assessorName, String organisation, String logo,
        Window window, PlanRates rates, String syncServer) {

    public Settings {
        rates = rates == null ? PlanRates.POLICY : rates;
    }

    public Settings(String language, Theme theme, String assessorName, String organisation, String logo,
            Window window, PlanRates rates) {
        this(language, theme, assessorName, organisation, logo, window, rates, null);
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
        return new Settings(newLanguage, theme, assessorName, organisation, logo, window, rates, syncServer);
    }

    public Settings withTheme(Theme newTheme) {
        return new Settings(language, newTheme, assessorName, organisation, logo, window, rates, syncServer);
    }

    public Settings withAssessor(String name, String newOrganisation, String newLogo) {
        return new Settings(language, theme, name, newOrganisation, newLogo, window, rates, syncServer);
    }

    public Settings withWindow(Window newWindow) {
        return new Settings(language, theme, assessorName, organisation, logo, newWindow, rates, syncServer);
    }

    /** The day rate and programme budget that price the plan (null values: the questionnaire's policy). */
    public Settings withRates(PlanRates newRates) {
        return new Settings(language, theme, assessorName, organisation, logo, window, newRates, syncServer);
    }

    /** The address of the organisation's server last synced to (null: none yet). */
    public Settings withSyncServer(String address) {
        return new Settings(language, theme, assessorName, organisation, logo, window, rates, address);
    }

    /** Light and dark, both AtlantaFX Primer themes. */
    public enum Theme { LIGHT, DARK }

    /** Where settings are kept: a file in the user's data folder; in memory in tests. */
    public interface Store {
        Settings load();

        void save(Settings settings);
    }
}
