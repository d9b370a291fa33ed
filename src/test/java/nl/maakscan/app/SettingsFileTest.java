package nl.maakscan.app;

import nl.maakscan.ui.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class SettingsFileTest {

    @TempDir
    Path dir;

    @Test
    void settingsComeBackAsTheyWereSaved() {
        Path file = dir.resolve("sub/settings.properties");
        Settings saved = new Settings("en", Settings.Theme.DARK, "Coach Źółw", "Smart Industry Hub", "/tmp/logo.png",
                new Settings.Window(10, 20, 1300, 900, false));

        new SettingsFile(file, "nl").save(saved);

        assertThat(new SettingsFile(file, "nl").load()).isEqualTo(saved);
    }

    @Test
    void theServerLastSyncedToComesBackAndAnythingButAServerAddressIsIgnored() throws Exception {
        Path file = dir.resolve("settings.properties");
        SettingsFile settings = new SettingsFile(file, "nl");
        settings.save(Settings.defaults("nl").withSyncServer("postgresql://anna@server.example.org/maakscan"));

        assertThat(settings.load().syncServer()).isEqualTo("postgresql://anna@server.example.org/maakscan");
        assertThat(Files.readString(file)).contains("sync.server=postgresql\\://anna@server.example.org/maakscan");

        Files.writeString(file, "sync.server=/home/anna/other.db\n");
        assertThat(settings.load().syncServer()).isNull();
    }

    @Test
    void withoutAFileTheDefaultsHold() {
        Settings s = new SettingsFile(dir.resolve("settings.properties"), "nl").load();

        assertThat(s).isEqualTo(Settings.defaults("nl"));
    }

    @Test
    void aDamagedFileGivesTheDefaultsInsteadOfStoppingTheProgram() throws Exception {
        Path file = dir.resolve("settings.properties");
        Files.writeString(file, "language=en\nwindow.x=\\u00zz\n");

        assertThat(new SettingsFile(file, "nl").load()).isEqualTo(Settings.defaults("nl"));
    }

    @Test
    void onlyTheGuiArgumentsOpenTheWindow() {
        assertThat(Main.isWindowCommand(new String[0])).isTrue();
        assertThat(Main.isWindowCommand(new String[] {"--db", "x.db"})).isTrue();
        assertThat(Main.isWindowCommand(new String[] {"--measure-startup", "--db=x.db"})).isTrue();
        assertThat(Main.isWindowCommand(new String[] {"--db", "x.db", "list"})).isFalse();
        assertThat(Main.isWindowCommand(new String[] {"--version"})).isFalse();
    }
}
