package nl.maakscan.ui;

import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.stage.Window;

import java.util.function.Supplier;

/**
 * The set-up the window's small forms share (settings, sync, a server's password): a dialog over the window
 * with a title, the form, and two buttons, the one that does the work and Cancel; and fields with a stable id,
 * an accessible name and the label that names them.
 */
public final class FormDialog {

    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final ButtonType ok;

    /** A dialog owned by {@code owner}, titled {@code title}, whose OK button reads {@code okText}. */
    public FormDialog(Window owner, Texts t, String title, String okText) {
        dialog.initOwner(owner);
        dialog.setTitle(title);
        ok = new ButtonType(okText, ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, new ButtonType(t.get("common.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
    }

    /** Shows {@code content} and waits; true when the user chose the OK button (not Cancel, not closed). */
    public boolean showAndWait(Node content) {
        dialog.getDialogPane().setContent(content);
        return dialog.showAndWait().filter(b -> b == ok).isPresent();
    }

    /** {@code field} with its id and accessible name, and the label that names it. */
    public static <T extends TextInputControl> Labelled<T> field(Supplier<T> field, String id, String label) {
        T f = field.get();
        f.setId(id);
        f.setAccessibleText(label);
        Label l = new Label(label);
        l.setLabelFor(f);
        return new Labelled<>(l, f);
    }

    /** A field and its label. */
    public record Labelled<T extends TextInputControl>(Label label, T field) {
    }
}
