package nl.maakscan.ui.shell;

import javafx.scene.Scene;
import nl.maakscan.ui.Texts;

/**
 * Puts the shell into a scene and builds it again in the other language when the language changes;
 * the screen and its data stay (the wizard resumes at the same question from the store).
 */
public final class Shell {

    private final ShellViewModel model;
    private final Scene scene;
    private ShellView view;
    private Texts texts;

    public Shell(ShellViewModel model, Scene scene) {
        this.model = model;
        this.scene = scene;
        build(model.language().get());
        model.language().addListener((o, was, is) -> build(is));
    }

    private void build(String language) {
        texts = new Texts(language);
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
