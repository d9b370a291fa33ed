package nl.maakscan.ui.shell;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.maakscan.ui.Navigator;
import nl.maakscan.ui.Settings;
import nl.maakscan.ui.Workspace;

import java.util.List;

/**
 * The window's state: which screen is shown (with the assessments it is about), the language and
 * the theme (both remembered in the settings), and the workspace once the store and the
 * questionnaires are loaded (the first frame does not wait for them).
 */
public final class ShellViewModel implements Navigator {

    /** A screen and the assessment ids it shows. */
    public record Screen(Kind kind, List<String> assessments) {
        public enum Kind { START, WIZARD, RESULTS, COMPARE, PROGRAMME }

        public static Screen start() {
            return new Screen(Kind.START, List.of());
        }
    }

    private final Settings.Store settingsStore;
    private final ObjectProperty<Screen> screen = new SimpleObjectProperty<>(Screen.start());
    private final ObjectProperty<Workspace> workspace = new SimpleObjectProperty<>();
    private final ObjectProperty<String> failure = new SimpleObjectProperty<>();
    private final ObjectProperty<Recovery> recovery = new SimpleObjectProperty<>();
    private final StringProperty language = new SimpleStringProperty();
    private final StringProperty company = new SimpleStringProperty();
    private final ObjectProperty<Settings.Theme> theme = new SimpleObjectProperty<>();
    private final StringProperty loading = new SimpleStringProperty("start.loading");

    public ShellViewModel(Settings.Store settingsStore) {
        this.settingsStore = settingsStore;
        Settings s = settingsStore.load();
        language.set(s.language());
        theme.set(s.theme());
        language.addListener((o, was, is) -> settingsStore.save(settingsStore.load().withLanguage(is)));
        theme.addListener((o, was, is) -> settingsStore.save(settingsStore.load().withTheme(is)));
    }

    @Override
    public void showStart() {
        screen.set(Screen.start());
    }

    @Override
    public void openWizard(String assessmentId) {
        screen.set(new Screen(Screen.Kind.WIZARD, List.of(assessmentId)));
    }

    @Override
    public void openResults(String assessmentId) {
        screen.set(new Screen(Screen.Kind.RESULTS, List.of(assessmentId)));
    }

    @Override
    public void openCompare(String firstAssessmentId, String secondAssessmentId) {
        screen.set(new Screen(Screen.Kind.COMPARE, List.of(firstAssessmentId, secondAssessmentId)));
    }

    @Override
    public void openProgramme() {
        screen.set(new Screen(Screen.Kind.PROGRAMME, List.of()));
    }

    public void toggleTheme() {
        theme.set(theme.get() == Settings.Theme.DARK ? Settings.Theme.LIGHT : Settings.Theme.DARK);
    }

    public Settings.Store settingsStore() {
        return settingsStore;
    }

    public ObjectProperty<Screen> screen() {
        return screen;
    }

    public ObjectProperty<Workspace> workspace() {
        return workspace;
    }

    /** Why the store could not be opened (shown instead of the start screen), or null. */
    public ObjectProperty<String> failure() {
        return failure;
    }

    /**
     * What the user can do about a failure: restore the newest backup of a damaged database, or try
     * again when another program held it. Null when there is nothing to offer.
     */
    public ObjectProperty<Recovery> recovery() {
        return recovery;
    }

    /** A way out of a failure: the button's text key and what it does. */
    public record Recovery(String textKey, Runnable action) {
    }

    /** The company selected last on the start screen, so that coming back shows it again. */
    public StringProperty company() {
        return company;
    }

    /** What is being done before the workspace is ready: a text key of the first screen (the shown step). */
    public StringProperty loading() {
        return loading;
    }

    public StringProperty language() {
        return language;
    }

    public ObjectProperty<Settings.Theme> theme() {
        return theme;
    }
}
