package nl.maakscan.ui.compare;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.maakscan.store.StoredAssessment;
import nl.maakscan.ui.Styles;
import nl.maakscan.ui.Texts;

import java.util.Locale;
import java.util.function.Function;

/** Two assessments of one company: the level per dimension in each and the change. */
public final class CompareView extends VBox {

    public CompareView(CompareViewModel model) {
        Texts t = model.texts();
        setId("compare-view");
        setSpacing(12);
        setPadding(new Insets(16));
        Button back = Styles.button("compare-back", t.get("results.back"), null);
        back.setOnAction(e -> model.back());
        HBox top = new HBox(12, back, Styles.heading(t.format("compare.title", model.second().company().name())));
        TableView<CompareViewModel.Row> table = new TableView<>();
        table.setId("compare-table");
        table.setAccessibleText(t.get("compare.table"));
        table.getItems().setAll(model.rows());
        table.getItems().add(model.overall());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column(t.get("compare.dimension"), CompareViewModel.Row::dimension));
        table.getColumns().add(column(name(model.first(), t), r -> t.level(r.first())));
        table.getColumns().add(column(name(model.second(), t), r -> t.level(r.second())));
        table.getColumns().add(column(t.get("compare.change"), r -> r.change() == null ? "–"
                : String.format(Locale.forLanguageTag(t.language()), "%+.1f", r.change())));
        table.getColumns().get(0).setPrefWidth(360);
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(top, table);
    }

    private static String name(StoredAssessment a, Texts t) {
        String date = a.info().date() != null ? a.info().date() : a.info().created().toString().substring(0, 10);
        return t.format("compare.column", a.info().label() == null ? "" : a.info().label(), date);
    }

    private static TableColumn<CompareViewModel.Row, String> column(String title,
            Function<CompareViewModel.Row, String> value) {
        TableColumn<CompareViewModel.Row, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setSortable(false);
        return c;
    }
}
