package nl.maakscan.ui.settings;

import nl.maakscan.ui.UiFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class SettingsViewModelTest {

    @TempDir
    Path dir;

    @Test
    void assessorOrganisationAndLogoAreSavedAndTheRestOfTheSettingsKept() throws Exception {
        UiFixture.MemorySettings store = new UiFixture.MemorySettings();
        store.save(store.load().withLanguage("en"));
        Path logo = Files.writeString(dir.resolve("logo.png"), "png");
        SettingsViewModel s = new SettingsViewModel(store);

        s.assessorName().set(" Anna de Vries ");
        s.organisation().set("Smart Industry Hub Oost");
        s.logo().set(logo.toString());
        s.save();

        assertThat(s.logoFound()).isTrue();
        assertThat(store.load().assessorName()).isEqualTo("Anna de Vries");
        assertThat(store.load().organisation()).isEqualTo("Smart Industry Hub Oost");
        assertThat(store.load().logo()).isEqualTo(logo.toString());
        assertThat(store.load().language()).isEqualTo("en");
    }

    @Test
    void aLogoThatIsNotThereIsNoticed() {
        SettingsViewModel s = new SettingsViewModel(new UiFixture.MemorySettings());

        s.logo().set(dir.resolve("missing.png").toString());

        assertThat(s.logoFound()).isFalse();
    }

    @Test
    void dayRateAndProgrammeBudgetAreSavedAsEurosAndEmptyMeansTheDefault() {
        UiFixture.MemorySettings store = new UiFixture.MemorySettings();
        SettingsViewModel s = new SettingsViewModel(store);

        s.dayRate().set("€ 1.250");
        s.programmeBudget().set("");
        s.save();

        assertThat(s.amountsValid()).isTrue();
        assertThat(store.load().rates().dayRate()).isEqualTo(1250.0);
        assertThat(store.load().rates().programmeBudget()).isNull();
        assertThat(new SettingsViewModel(store).dayRate().get()).isEqualTo("1250");
    }

    @Test
    void anAmountWithoutDigitsIsRefusedAndLeavesTheDefault() {
        UiFixture.MemorySettings store = new UiFixture.MemorySettings();
        SettingsViewModel s = new SettingsViewModel(store);

        s.programmeBudget().set("veel");
        s.save();

        assertThat(s.amountsValid()).isFalse();
        assertThat(store.load().rates().programmeBudget()).isNull();
    }
}
