package nl.maakscan.ui.compare;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.maakscan.store.AssessmentInfo;
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
        javafx.scene.control.ComboBox<AssessmentInfo> first = choice("compare-first", model, t, model.first());
        javafx.scene.control.ComboBox<AssessmentInfo> second = choice("compare-second", model, t, model.second());
        Runnable change = () -> model.compare(first.getValue().id(), second.getValue().id());
        first.setOnAction(e -> change.run());
        second.setOnAction(e -> change.run());
        HBox pick = new HBox(8, new javafx.scene.control.Label(t.get("compare.pick")), first,
                new javafx.scene.control.Label(t.get("compare.with")), second);
        pick.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
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
        getChildren().addAll(top, pick, table);
        VBox tracking = nl.maakscan.ui.PlanStatusPane.of("compare-previous-plan", model.previousPlan(), t);
        if (tracking != null) {
            javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(tracking);
            scroll.setFitToWidth(true);
            scroll.setMaxHeight(260);
            getChildren().add(scroll);
        }
    }

    private static javafx.scene.control.ComboBox<AssessmentInfo> choice(String id, CompareViewModel model, Texts t,
            StoredAssessment selected) {
        javafx.scene.control.ComboBox<AssessmentInfo> box = new javafx.scene.control.ComboBox<>();
        box.setId(id);
        box.getItems().setAll(model.choices());
        box.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(AssessmentInfo a) {
                return a == null ? "" : t.format("compare.column", a.label() == null ? "" : a.label(),
                        a.date() != null ? a.date() : a.created().toString().substring(0, 10));
            }

            @Override
            public AssessmentInfo fromString(String s) {
                return null;
            }
        });
        box.getItems().stream().filter(a -> a.id().equals(selected.info().id())).findFirst().ifPresent(box::setValue);
        box.setAccessibleText(t.get(id.equals("compare-first") ? "compare.pick" : "compare.with"));
        return box;
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
