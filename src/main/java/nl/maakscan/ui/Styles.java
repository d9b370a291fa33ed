package nl.maakscan.ui;

import javafx.scene.control.Button;
import javafx.scene.control.Label;

/**
 * Style classes used by the screens (AtlantaFX's, plus the few of {@code maakscan.css}) and small
 * factories for the controls every screen makes the same way.
 */
public final class Styles {

    public static final String ACCENT = atlantafx.base.theme.Styles.ACCENT;
    public static final String DANGER = atlantafx.base.theme.Styles.DANGER;
    public static final String SUCCESS = atlantafx.base.theme.Styles.SUCCESS;
    public static final String TEXT_MUTED = atlantafx.base.theme.Styles.TEXT_MUTED;
    public static final String TITLE = atlantafx.base.theme.Styles.TITLE_3;
    public static final String SMALL = atlantafx.base.theme.Styles.TEXT_SMALL;
    /** Help text under a heading or field: muted but at a readable size (13 px, AA contrast in both themes). */
    public static final String HINT = "hint";
    /** Why a field's value cannot be saved, in words under the field. */
    public static final String FIELD_ERROR = "field-error";
    public static final String LEVEL_CARD = "level-card";
    public static final String QUESTION = "question";
    public static final String CHOICE_ROW = "choice-row";
    public static final String CURRENT_QUESTION = "current-question";
    public static final String STEP_DONE = "step-done";
    public static final String CARD = "card-pane";
    public static final String SAVED = "saved-state";
    public static final String BIG_NUMBER = "big-number";

    /** The program's own stylesheet, on top of the AtlantaFX theme. */
    public static final String STYLESHEET = Styles.class.getResource("maakscan.css").toExternalForm();

    private Styles() {
    }

    public static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(TITLE);
        return l;
    }

    public static Label bold(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(atlantafx.base.theme.Styles.TEXT_BOLD);
        return l;
    }

    /** A label that wraps, in the muted colour, for explanations under a heading. */
    public static Label muted(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add(TEXT_MUTED);
        return l;
    }

    /** A grid with the given gaps between columns and rows. */
    public static javafx.scene.layout.GridPane grid(double hgap, double vgap) {
        javafx.scene.layout.GridPane grid = new javafx.scene.layout.GridPane();
        grid.setHgap(hgap);
        grid.setVgap(vgap);
        return grid;
    }

    /** A button with a stable id, its text also as accessible text, and an optional style class. */
    public static Button button(String id, String text, String styleClass) {
        Button b = new Button(text);
        b.setId(id);
        b.setAccessibleText(text);
        b.setMnemonicParsing(false);
        if (styleClass != null) {
            b.getStyleClass().add(styleClass);
        }
        return b;
    }
}
