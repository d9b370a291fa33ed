package nl.maakscan.ui.sync;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import nl.maakscan.ui.Styles;
import nl.maakscan.ui.Texts;

/** Asks for the organisation server's address, then syncs (see {@link SyncViewModel}). */
public final class SyncDialog {

    private SyncDialog() {
    }

    public static void show(Window owner, SyncViewModel model, Texts t, String laptopName) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(t.get("sync.title"));
        ButtonType sync = new ButtonType(t.get("sync.start"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(sync, new ButtonType(t.get("common.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        TextField address = new TextField();
        address.setId("sync-address");
        address.setPromptText("postgresql://server.example.org/maakscan");
        address.textProperty().bindBidirectional(model.address());
        Label label = new Label(t.get("sync.address"));
        label.setLabelFor(address);
        dialog.getDialogPane().setContent(new VBox(8, label, address, Styles.muted(t.get("sync.help"))));
        if (dialog.showAndWait().filter(b -> b == sync).isPresent()) {
            model.sync(laptopName);
        }
    }
}
