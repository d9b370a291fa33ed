package nl.maakscan.ui.shell;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.maakscan.store.StoreException;
import nl.maakscan.ui.Loading;
import nl.maakscan.ui.Settings;
import nl.maakscan.ui.Styles;
import nl.maakscan.ui.Texts;
import nl.maakscan.ui.Workspace;
import nl.maakscan.ui.compare.CompareView;
import nl.maakscan.ui.compare.CompareViewModel;
import nl.maakscan.ui.programme.ProgrammeView;
import nl.maakscan.ui.programme.ProgrammeViewModel;
import nl.maakscan.ui.results.ResultsView;
import nl.maakscan.ui.results.ResultsViewModel;
import nl.maakscan.ui.settings.SettingsDialog;
import nl.maakscan.ui.settings.SettingsViewModel;
import nl.maakscan.ui.start.StartView;
import nl.maakscan.ui.start.StartViewModel;
import nl.maakscan.ui.wizard.WizardView;
import nl.maakscan.ui.wizard.WizardViewModel;
import org.controlsfx.control.NotificationPane;

import java.util.List;

/**
 * The window's content: a bar with the program's name, language, theme and settings, and below it
 * the current screen inside a notification bar. Until the store is open it shows a short wait.
 */
public final class ShellView extends BorderPane {

    private final ShellViewModel model;
    private final Texts t;
    private NotificationPane notifications;
    private WizardView wizard;
    /** The screen being read in the background, if any. */
    private Loading loading;
    private final javafx.beans.InvalidationListener onChange = o -> show();

    public ShellView(ShellViewModel model, Texts texts) {
        this.model = model;
        this.t = texts;
        setId("shell");
        setTop(bar());
        show();
        // invalidation, not change: opening the same screen again (after reopening an assessment) rebuilds it
        model.screen().addListener(onChange);
        model.workspace().addListener(onChange);
        model.failure().addListener(onChange);
    }

    /**
     * This view is replaced (by one in another language): it stops following the window's state, so that it
     * no longer builds (and reads from the store) every screen the new view shows.
     */
    public void dispose() {
        model.screen().removeListener(onChange);
        model.workspace().removeListener(onChange);
        model.failure().removeListener(onChange);
        if (loading != null) {
            loading.leave();
        }
    }

    private Node bar() {
        Label name = new Label(t.get("app.title"));
        name.getStyleClass().add(Styles.TITLE);
        name.setId("app-title");
        Button home = Styles.button("nav-start", t.get("nav.start"), null);
        home.setOnAction(e -> {
            leave();
            model.showStart();
        });
        ToggleGroup languages = new ToggleGroup();
        ToggleButton nl = language("nl", "Nederlands", languages);
        ToggleButton en = language("en", "English", languages);
        Button theme = Styles.button("nav-theme", "", null);
        Runnable themeText = () -> {
            theme.setText(t.get(model.theme().get() == Settings.Theme.DARK ? "nav.light" : "nav.dark"));
            theme.setAccessibleText(theme.getText());
        };
        themeText.run();
        model.theme().addListener(o -> themeText.run());
        theme.setOnAction(e -> model.toggleTheme());
        Button settings = Styles.button("nav-settings", t.get("nav.settings"), null);
        settings.setOnAction(e -> {
            Workspace w = model.workspace().get();
            if (w != null) {
                SettingsDialog.show(getScene().getWindow(), new SettingsViewModel(model.settingsStore()), t,
                        w.dialogs());
            }
        });
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox box = new HBox(8, name, home, grow, nl, en, theme, settings);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(8, 16, 8, 16));
        return new VBox(box, new javafx.scene.control.Separator());
    }

    private ToggleButton language(String code, String text, ToggleGroup group) {
        ToggleButton b = new ToggleButton(text);
        b.setId("nav-lang-" + code);
        b.setAccessibleText(text);
        b.setToggleGroup(group);
        b.setSelected(code.equals(t.language()));
        b.setOnAction(e -> {
            b.setSelected(true);
            if (!code.equals(model.language().get())) {
                leave();
                model.language().set(code);
            }
        });
        return b;
    }

    private void show() {
        wizard = null;
        if (loading != null) {
            loading.leave();
            loading = null;
        }
        Workspace w = model.workspace().get();
        if (w != null && notifications == null) {
            notifications = new NotificationPane();
            notifications.setId("notifications");
            notifications.setShowFromTop(false);
        }
        if (model.failure().get() != null) {
            Label problem = new Label(model.failure().get());
            problem.setId("store-failure");
            problem.setWrapText(true);
            problem.getStyleClass().add(Styles.DANGER);
            VBox box = new VBox(12, Styles.heading(t.get("error.store")), problem);
            ShellViewModel.Recovery recovery = model.recovery().get();
            if (recovery != null) {
                Button action = Styles.button("store-recover", t.get(recovery.textKey()), Styles.ACCENT);
                action.setOnAction(e -> {
                    model.failure().set(null);
                    recovery.action().run();
                });
                box.getChildren().add(action);
            }
            box.setPadding(new Insets(24));
            setCenter(box);
            return;
        }
        if (w == null) {
            // the first frame: kept light (no animation, no ControlsFX) so that it shows at once
            Label wait = new Label();
            wait.setId("start-loading-step");
            wait.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                    () -> t.get(model.loading().get()), model.loading()));
            wait.getStyleClass().add(Styles.TEXT_MUTED);
            VBox box = new VBox(wait);
            box.setAlignment(Pos.CENTER);
            box.setId("start-loading");
            setCenter(box);
            return;
        }
        setCenter(notifications);
        ShellViewModel.Screen s = model.screen().get();
        List<String> ids = s.assessments();
        try {
            // the wizard and the comparison read their assessments in the background, as the results do
            notifications.setContent(switch (s.kind()) {
                case START -> new StartView(new StartViewModel(w, t, model, model.company()));
                case WIZARD -> loading = new Loading("wizard-loading", t.get("wizard.loading"), w.tasks(),
                        () -> WizardViewModel.load(w, ids.get(0)),
                        loaded -> wizard = new WizardView(new WizardViewModel(w, t, model, loaded)), e -> failed(w, e));
                case RESULTS -> new ResultsView(new ResultsViewModel(w, t, model, ids.get(0)));
                case COMPARE -> loading = new Loading("compare-loading", t.get("compare.loading"), w.tasks(),
                        () -> new CompareViewModel(w, t, model, ids.get(0), ids.get(1)), CompareView::new,
                        e -> failed(w, e));
                case PROGRAMME -> new ProgrammeView(new ProgrammeViewModel(w, t, model));
            });
        } catch (StoreException e) {
            w.dialogs().error(t.get("error.store"), e.message(t.language()));
            if (s.kind() != ShellViewModel.Screen.Kind.START) {
                model.showStart();
            }
        }
    }

    /** A screen could not be read (a store failure, or an assessment that is gone): told, and back to the start. */
    private void failed(Workspace w, Throwable e) {
        w.dialogs().error(t.get("error.store"), e instanceof StoreException s ? s.message(t.language())
                : String.valueOf(e.getMessage()));
        model.showStart();
    }

    /** Commits what is being typed in the wizard (before the language changes or the window closes). */
    public void leave() {
        if (wizard != null) {
            wizard.leavePage();
        }
    }

    public NotificationPane notifications() {
        return notifications;
    }
}
