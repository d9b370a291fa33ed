package nl.maakscan.app;

import nl.maakscan.store.PrivateFiles;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Maakscan keeps its data, by the conventions of each system: {@code $XDG_DATA_HOME/maakscan}
 * (else {@code ~/.local/share/maakscan}) on Linux, {@code %APPDATA%\Maakscan} on Windows and
 * {@code ~/Library/Application Support/Maakscan} on macOS.
 */
public final class DataLocations {

    private final Path dataDirectory;

    DataLocations(Path dataDirectory) {
        this.dataDirectory = dataDirectory;
    }

    public static DataLocations forThisSystem() {
        return new DataLocations(dataDirectory(System.getProperty("os.name", ""), System.getenv(),
                Path.of(System.getProperty("user.home"))));
    }

    static Path dataDirectory(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            return (appData != null && !appData.isBlank() ? Path.of(appData) : home.resolve("AppData/Roaming"))
                    .resolve("Maakscan");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library/Application Support/Maakscan");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local/share")).resolve("maakscan");
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /** Questionnaires a user adds; loaded next to the built-in ones. */
    public Path questionnaires() {
        return dataDirectory.resolve("questionnaires");
    }

    /**
     * The database: {@code --db} first, then {@code MAAKSCAN_DB}, then the data folder. The data folder
     * is made owner-only (0700 on POSIX systems) when it is used: it holds the companies' answers. A
     * folder named with {@code --db} or {@code MAAKSCAN_DB} is left as the user has it.
     */
    public Path database(Path fromOption) {
        if (fromOption != null) {
            return fromOption;
        }
        String env = System.getenv("MAAKSCAN_DB");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        makePrivate();
        return dataDirectory.resolve("maakscan.db");
    }

    /**
     * The database as the user named it: {@code --db} first (a file or a server address such as
     * {@code postgresql://host:5432/maakscan}), then {@code MAAKSCAN_DB}, then the file in the data folder.
     */
    public String target(String fromOption) {
        if (fromOption != null && !fromOption.isBlank()) {
            return fromOption;
        }
        String env = System.getenv("MAAKSCAN_DB");
        if (env != null && !env.isBlank()) {
            return env;
        }
        return database(null).toString();
    }

    /** Creates the data folder owner-only, or makes an existing one owner-only; a failure is left to the store. */
    void makePrivate() {
        try {
            PrivateFiles.createDirectories(dataDirectory);
            PrivateFiles.restrictDirectory(dataDirectory);
        } catch (IOException e) {
            // opening the database then says what is wrong with the folder
        }
    }
}
