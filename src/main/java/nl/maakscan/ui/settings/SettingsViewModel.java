package nl.maakscan.ui.settings;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.maakscan.advice.PlanRates;
import nl.maakscan.ui.Settings;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The assessor's name, organisation and logo (the report's cover, new assessments), and the day rate and
 * programme budget per company that price the plan (empty: the questionnaire's defaults).
 */
public final class SettingsViewModel {

    private final Settings.Store store;
    private final StringProperty assessorName = new SimpleStringProperty("");
    private final StringProperty organisation = new SimpleStringProperty("");
    private final StringProperty logo = new SimpleStringProperty("");
    private final StringProperty dayRate = new SimpleStringProperty("");
    private final StringProperty programmeBudget = new SimpleStringProperty("");

    public SettingsViewModel(Settings.Store store) {
        this.store = store;
        Settings s = store.load();
        assessorName.set(s.assessorName() == null ? "" : s.assessorName());
        organisation.set(s.organisation() == null ? "" : s.organisation());
        logo.set(s.logo() == null ? "" : s.logo());
        dayRate.set(s.rates().dayRate() == null ? "" : whole(s.rates().dayRate()));
        programmeBudget.set(s.rates().programmeBudget() == null ? "" : whole(s.rates().programmeBudget()));
    }

    private static String whole(double euros) {
        return Long.toString(Math.round(euros));
    }

    /**
     * A positive amount in whole euros typed by the user ("1.250", "1250", "€ 1250"); null when empty,
     * which means the questionnaire's default (see questionnaires/README.md, "The next-step plan").
     */
    static Double euros(String text) {
        String digits = text == null ? "" : text.replaceAll("[^0-9]", "");
        if (digits.isEmpty() || digits.length() > 9) {
            return null;
        }
        long value = Long.parseLong(digits);
        return value > 0 ? (double) value : null;
    }

    /** True when both amounts are empty (the default) or readable as positive euros. */
    public boolean amountsValid() {
        return (dayRate.get().isBlank() || euros(dayRate.get()) != null)
                && (programmeBudget.get().isBlank() || euros(programmeBudget.get()) != null);
    }

    /** True when no logo is chosen or the chosen file exists. */
    public boolean logoFound() {
        return logo.get().isBlank() || Files.isRegularFile(Path.of(logo.get()));
    }

    public void save() {
        store.save(store.load().withAssessor(blankToNull(assessorName.get()), blankToNull(organisation.get()),
                blankToNull(logo.get())).withRates(new PlanRates(euros(dayRate.get()), euros(programmeBudget.get()))));
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

    public StringProperty dayRate() {
        return dayRate;
    }

    public StringProperty programmeBudget() {
        return programmeBudget;
    }
}
