package nl.maakscan.ui.settings;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.maakscan.ui.Settings;

import java.nio.file.Files;
import java.nio.file.Path;

/** The assessor's name, organisation and logo, used on the report's cover and for new assessments. */
public final class SettingsViewModel {

    private final Settings.Store store;
    private final StringProperty assessorName = new SimpleStringProperty("");
    private final StringProperty organisation = new SimpleStringProperty("");
    private final StringProperty logo = new SimpleStringProperty("");

    public SettingsViewModel(Settings.Store store) {
        this.store = store;
        Settings s = store.load();
        assessorName.set(s.assessorName() == null ? "" : s.assessorName());
        organisation.set(s.organisation() == null ? "" : s.organisation());
        logo.set(s.logo() == null ? "" : s.logo());
    }

    /** True when no logo is chosen or the chosen file exists. */
    public boolean logoFound() {
        return logo.get().isBlank() || Files.isRegularFile(Path.of(logo.get()));
    }

    public void save() {
        store.save(store.load().withAssessor(blankToNull(assessorName.get()), blankToNull(organisation.get()),
                blankToNull(logo.get())));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public StringProperty assessorName() {
        return assessorName;
    }

    public StringProperty organisation() {
        return organisation;
    }

    public StringProperty logo() {
        return logo;
    }
}
