package nl.maakscan.ui.sync;

import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import nl.maakscan.ui.FormDialog;
import nl.maakscan.ui.Styles;
import nl.maakscan.ui.Texts;

/**
 * Asks for the organisation server's address (filled in with the last one synced to), then syncs (see
 * {@link SyncViewModel}).
 */
public final class SyncDialog {

    private SyncDialog() {
    }

    public static void show(Window owner, SyncViewModel model, Texts t, String laptopName) {
        model.fillIn();
        FormDialog dialog = new FormDialog(owner, t, t.get("sync.title"), t.get("sync.start"));
        FormDialog.Labelled<TextField> address = FormDialog.field(TextField::new, "sync-address",
                t.get("sync.address"));
        address.field().setPromptText("postgresql://server.example.org/maakscan");
        address.field().setPrefColumnCount(40);
        address.field().textProperty().bindBidirectional(model.address());
        javafx.application.Platform.runLater(address.field()::requestFocus);   // type the address straight away
        if (dialog.showAndWait(new VBox(8, address.label(), address.field(), Styles.muted(t.get("sync.help"))))) {
            model.sync(laptopName);
        }
    }
}
