package nl.maakscan.ui.shell;

import nl.maakscan.ui.Settings;
import nl.maakscan.ui.UiFixture;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ShellViewModelTest {

    @Test
    void navigationChangesTheScreenAndLanguageAndThemeAreRemembered() {
        UiFixture.MemorySettings settings = new UiFixture.MemorySettings();
        ShellViewModel shell = new ShellViewModel(settings);

        shell.openCompare("a", "b");
        assertThat(shell.screen().get()).isEqualTo(new ShellViewModel.Screen(ShellViewModel.Screen.Kind.COMPARE,
                List.of("a", "b")));
        shell.openWizard("a");
        assertThat(shell.screen().get().kind()).isEqualTo(ShellViewModel.Screen.Kind.WIZARD);
        shell.showStart();
        assertThat(shell.screen().get()).isEqualTo(ShellViewModel.Screen.start());

        shell.language().set("en");
        shell.toggleTheme();

        assertThat(settings.load().language()).isEqualTo("en");
        assertThat(settings.load().theme()).isEqualTo(Settings.Theme.DARK);
        assertThat(new ShellViewModel(settings).language().get()).isEqualTo("en");
    }
}
