package nl.maakscan.ui.compare;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
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
        TableColumn<CompareViewModel.Row, String> changeColumn = column(t.get("compare.change"), r -> change(r, t));
        changeColumn.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER, Styles.TEXT_MUTED);
                CompareViewModel.Row r = empty || getTableRow() == null ? null : getTableRow().getItem();
                Double d = r == null ? null : r.change();
                // colour and an arrow only where something changed
                getStyleClass().add(d == null || d == 0 ? Styles.TEXT_MUTED : d > 0 ? Styles.SUCCESS : Styles.DANGER);
            }
        });
        table.getColumns().add(changeColumn);
        table.getColumns().get(0).setPrefWidth(300);
        table.setPrefHeight(420);
        java.util.List<String> labels = model.rows().stream().map(CompareViewModel.Row::dimension).toList();
        nl.maakscan.ui.results.RadarChart radar = new nl.maakscan.ui.results.RadarChart(labels,
                model.rows().stream().map(CompareViewModel.Row::second).toArray(Double[]::new),
                model.targets().toArray(Double[]::new),
                model.rows().stream().map(CompareViewModel.Row::first).toArray(Double[]::new));
        radar.setId("compare-radar");
        radar.setAccessibleText(t.get("compare.radar"));
        Label legend = new Label(t.format("compare.legend", name(model.second(), t), name(model.first(), t)));
        legend.setWrapText(true);
        legend.getStyleClass().add(Styles.HINT);
        VBox radarBox = new VBox(4, radar, legend);
        radarBox.setMinWidth(360);
        HBox.setHgrow(table, Priority.ALWAYS);
        HBox figures = new HBox(16, table, radarBox);
        javafx.scene.control.ScrollPane changed = new javafx.scene.control.ScrollPane(changed(model, t));
        changed.setFitToWidth(true);
        VBox.setVgrow(changed, Priority.ALWAYS);
        getChildren().addAll(top, pick, figures, Styles.heading(t.get("compare.changedQuestions")), changed);
        VBox tracking = nl.maakscan.ui.PlanStatusPane.of("compare-previous-plan", model.previousPlan(), t);
        if (tracking != null) {
            javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(tracking);
            scroll.setFitToWidth(true);
            scroll.setMaxHeight(260);
            getChildren().add(scroll);
        }
    }

    private static String change(CompareViewModel.Row r, Texts t) {
        Double d = r.change();
        if (d == null) {
            return "–";
        }
        if (d == 0) {
            return t.get("compare.same");
        }
        return (d > 0 ? "▲ " : "▼ ") + String.format(Locale.forLanguageTag(t.language()), "%+.1f", d);
    }

    private static javafx.scene.Node changed(CompareViewModel model, Texts t) {
        VBox list = new VBox(4);
        list.setId("compare-changed");
        if (model.changedAnswers().isEmpty()) {
            list.getChildren().add(Styles.muted(t.get("compare.noChangedQuestions")));
        }
        for (CompareViewModel.ChangedAnswer c : model.changedAnswers()) {
            Label l = new Label(t.format("compare.changedQuestion", c.number(), c.question(), c.first(), c.second()));
            l.setWrapText(true);
            l.setId("compare-changed-" + c.questionId());
            list.getChildren().add(l);
        }
        return list;
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
                        t.date(a.date() != null ? a.date() : a.created().toString()));
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
        String date = t.date(a.info().date() != null ? a.info().date() : a.info().created().toString());
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
