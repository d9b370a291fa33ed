package nl.maakscan.app;

import nl.maakscan.advice.PlanRates;
import nl.maakscan.store.AtomicFiles;
import nl.maakscan.store.PostgresDatabase;
import nl.maakscan.ui.Settings;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The window's settings as a properties file in the data folder ({@code settings.properties}),
 * replaced atomically on each change. An unreadable file gives the defaults; it never stops the
 * program from starting.
 */
final class SettingsFile implements Settings.Store {

    private final Path file;
    private final String defaultLanguage;

    SettingsFile(Path file, String defaultLanguage) {
        this.file = file;
        this.defaultLanguage = defaultLanguage;
    }

    @Override
    public synchronized Settings load() {
        Properties p = new Properties();
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException | IllegalArgumentException e) {
                return Settings.defaults(defaultLanguage);
            }
        }
        String language = p.getProperty("language", defaultLanguage);
        Settings.Theme theme = "dark".equals(p.getProperty("theme")) ? Settings.Theme.DARK : Settings.Theme.LIGHT;
        return new Settings("en".equals(language) ? "en" : "nl", theme, p.getProperty("assessor.name"),
                p.getProperty("assessor.organisation"), p.getProperty("assessor.logo"), window(p),
                new PlanRates(amount(p, "plan.dayRate"), amount(p, "plan.programmeBudget")), server(p));
    }

    /** A positive amount in euros, or null when absent or unreadable. */
    private static Double amount(Properties p, String key) {
        try {
            double value = Double.parseDouble(p.getProperty(key, ""));
            return value > 0 && Double.isFinite(value) ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The server last synced to; null when absent or not a server address (a file path, say). */
    private static String server(Properties p) {
        String address = p.getProperty("sync.server");
        return address != null && PostgresDatabase.isAddress(address.strip()) ? address.strip() : null;
    }

    private static Settings.Window window(Properties p) {
        try {
            return new Settings.Window(Double.parseDouble(p.getProperty("window.x")),
                    Double.parseDouble(p.getProperty("window.y")), Double.parseDouble(p.getProperty("window.width")),
                    Double.parseDouble(p.getProperty("window.height")),
                    Boolean.parseBoolean(p.getProperty("window.maximized")));
        } catch (NullPointerException | NumberFormatException e) {
            return null;
        }
    }

    @Override
    public synchronized void save(Settings s) {
        Properties p = new Properties();
        p.setProperty("language", s.language());
        p.setProperty("theme", s.theme() == Settings.Theme.DARK ? "dark" : "light");
        put(p, "assessor.name", s.assessorName());
        put(p, "assessor.organisation", s.organisation());
        put(p, "assessor.logo", s.logo());
        put(p, "plan.dayRate", s.rates().dayRate() == null ? null : s.rates().dayRate().toString());
        put(p, "plan.programmeBudget", s.rates().programmeBudget() == null ? null
                : s.rates().programmeBudget().toString());
        put(p, "sync.server", s.syncServer());
        if (s.window() != null) {
            p.setProperty("window.x", Double.toString(s.window().x()));
            p.setProperty("window.y", Double.toString(s.window().y()));
            p.setProperty("window.width", Double.toString(s.window().width()));
            p.setProperty("window.height", Double.toString(s.window().height()));
            p.setProperty("window.maximized", Boolean.toString(s.window().maximized()));
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStreamWriter w = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            p.store(w, "Maakscan settings");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        AtomicFiles.write(file, bytes.toByteArray());
    }

    private static void put(Properties p, String key, String value) {
        if (value != null) {
            p.setProperty(key, value);
        }
    }
}
