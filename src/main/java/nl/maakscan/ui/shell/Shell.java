package nl.maakscan.ui.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import nl.maakscan.ui.Settings;
import nl.maakscan.ui.Texts;

/**
 * Puts the shell into a scene, builds it again in the other language when the language changes (the
 * screen and its data stay; the wizard resumes at the same question from the store) and applies the
 * light or dark theme.
 */
public final class Shell {

    private final ShellViewModel model;
    private final Scene scene;
    private ShellView view;
    private Texts texts;

    public Shell(ShellViewModel model, Scene scene) {
        this.model = model;
        this.scene = scene;
        theme(model.theme().get());
        build(model.language().get());
        model.language().addListener((o, was, is) -> build(is));
        model.theme().addListener((o, was, is) -> theme(is));
    }

    /** AtlantaFX's Primer light or dark theme for the whole program. */
    private static void theme(Settings.Theme theme) {
        Application.setUserAgentStylesheet(theme == Settings.Theme.DARK ? new PrimerDark().getUserAgentStylesheetBSS()
                : new PrimerLight().getUserAgentStylesheetBSS());
    }

    private void build(String language) {
        texts = new Texts(language);
        if (view != null) {
            view.dispose();
        }
        view = new ShellView(model, texts);
        scene.setRoot(view);
    }

    public ShellView view() {
        return view;
    }

    public Texts texts() {
        return texts;
    }
}
