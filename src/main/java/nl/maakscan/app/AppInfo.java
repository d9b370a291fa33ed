package nl.maakscan.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The program's version, written into the build. */
public final class AppInfo {
    private AppInfo() {
    }

    public static String version() {
        try (InputStream in = AppInfo.class.getResourceAsStream("version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }
}
