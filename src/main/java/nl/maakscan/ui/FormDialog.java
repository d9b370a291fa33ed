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
        Window window = dialog.getDialogPane().getScene().getWindow();
        javafx.beans.InvalidationListener centre = o -> {
            if (window.isShowing() && window.getWidth() > 0 && window.getHeight() > 0) {
                javafx.application.Platform.runLater(() -> centre(window, owner));  // after JavaFX's own placing
            }
        };
        window.widthProperty().addListener(centre);
        window.heightProperty().addListener(centre);
    }

    /**
     * Over the middle of its owner once its real size is known: JavaFX places a dialog by the size its wrapping
     * texts would take on one line, so a dialog with a long help text opened half off the screen.
     */
    private static void centre(Window window, Window owner) {
        if (owner == null || !owner.isShowing()) {
            window.centerOnScreen();
            return;
        }
        window.setX(owner.getX() + Math.max(0, (owner.getWidth() - window.getWidth()) / 2));
        window.setY(owner.getY() + Math.max(0, (owner.getHeight() - window.getHeight()) / 3));
    }

    /**
     * Shows {@code content} and waits; true when the user chose the OK button (not Cancel, not closed). A form
     * without padding of its own gets the settings form's, so its texts do not touch the dialog's edge.
     */
    public boolean showAndWait(Node content) {
        if (content instanceof javafx.scene.layout.Region r && r.getPadding().equals(javafx.geometry.Insets.EMPTY)) {
            r.setPadding(new javafx.geometry.Insets(8, 12, 8, 12));
        }
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
