package nl.maakscan.ui.programme;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import nl.maakscan.model.Choice;
import nl.maakscan.programme.ProgrammeOverview;
import nl.maakscan.programme.ProgrammeOverview.Count;
import nl.maakscan.programme.ProgrammeOverview.Levels;
import nl.maakscan.ui.Styles;
import nl.maakscan.ui.Texts;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The programme overview: the selection at the top, then the key figures, the counts per quarter, coach and
 * sector, the technologies recommended most often, and the topics with their average level (all companies and
 * per size band) and the change since the first assessment.
 */
public final class ProgrammeView extends BorderPane {

    private static final int TECHNOLOGIES = 10;
    private final ProgrammeViewModel model;
    private final Texts t;
    private final String lang;
    private final VBox content = new VBox(16);

    public ProgrammeView(ProgrammeViewModel model) {
        this.model = model;
        this.t = model.texts();
        this.lang = t.language();
        setId("programme-view");
        setTop(toolbar());
        content.setPadding(new Insets(16));
        content.setMaxWidth(1100);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setId("programme-scroll");
        setCenter(scroll);
        model.overview().addListener((o, was, is) -> show(is));
        model.refresh();
        show(model.overview().get());
    }

    private Node toolbar() {
        Button back = Styles.button("programme-back", t.get("programme.back"), null);
        back.setOnAction(e -> model.back());
        Label title = Styles.heading(t.get("programme.title"));
        DatePicker from = new DatePicker();
        from.setId("programme-from");
        from.valueProperty().bindBidirectional(model.from());
        from.setPromptText(t.get("programme.from"));
        from.setAccessibleText(t.get("programme.from"));
        DatePicker to = new DatePicker();
        to.setId("programme-to");
        to.valueProperty().bindBidirectional(model.to());
        to.setPromptText(t.get("programme.to"));
        to.setAccessibleText(t.get("programme.to"));
        ComboBox<Choice> sector = new ComboBox<>();
        sector.setId("programme-sector");
        sector.getItems().add(null);
        sector.getItems().addAll(model.sectors());
        sector.setAccessibleText(t.get("programme.sector"));
        sector.setCellFactory(v -> new ChoiceCell());
        sector.setButtonCell(new ChoiceCell());
        sector.valueProperty().bindBidirectional(model.sector());
        Button refresh = Styles.button("programme-refresh", t.get("programme.refresh"), Styles.ACCENT);
        refresh.setOnAction(e -> model.refresh());
        refresh.disableProperty().bind(model.busy());
        Button pdf = Styles.button("programme-pdf", t.get("programme.pdf"), null);
        pdf.setOnAction(e -> model.writePdf());
        pdf.disableProperty().bind(model.busy().or(model.overview().isNull()));
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(20, 20);
        busy.visibleProperty().bind(model.busy());
        from.setPrefWidth(150);
        to.setPrefWidth(150);
        sector.setPrefWidth(230);
        for (javafx.scene.layout.Region r : List.of(back, title, refresh, pdf)) {
            r.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        HBox bar = new HBox(8, back, title, from, to, sector, refresh, pdf, busy);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(12, 16, 12, 16));
        Label problem = new Label();
        problem.setId("programme-problem");
        problem.getStyleClass().add(Styles.DANGER);
        problem.textProperty().bind(model.problem());
        problem.visibleProperty().bind(model.problem().isNotNull());
        problem.managedProperty().bind(problem.visibleProperty());
        VBox top = new VBox(4, bar, problem);
        VBox.setMargin(problem, new Insets(0, 16, 8, 16));
        return top;
    }

    private final class ChoiceCell extends ListCell<Choice> {
        @Override
        protected void updateItem(Choice c, boolean empty) {
            super.updateItem(c, empty);
            setText(empty ? null : c == null ? t.get("programme.allSectors") : c.name().get(lang));
        }
    }

    private void show(ProgrammeOverview o) {
        content.getChildren().clear();
        if (o == null) {
            return;
        }
        var n = o.totals();
        var b = o.budget();
        Label key = new Label(t.format("programme.totals", n.companies(), n.assessments(), n.finished(),
                n.followUps()));
        key.setId("programme-totals");
        key.getStyleClass().add(Styles.TITLE);
        Label budget = new Label(t.format("programme.budgetLine", b.adviserDays(), b.adviserCost(), b.budget(),
                b.share(), b.overBudget()));
        budget.setId("programme-budget");
        budget.setWrapText(true);
        content.getChildren().addAll(key, budget);
        if (n.samplesLeftOut() > 0) {
            content.getChildren().add(Styles.muted(t.format("programme.samplesLeftOut", n.samplesLeftOut())));
        }
        if (n.assessments() == 0) {
            content.getChildren().add(Styles.muted(t.get("programme.none")));
            return;
        }
        FlowPane counts = new FlowPane(32, 16,
                counts("programme-periods", "programme.periods", o.periods(), Count::key),
                counts("programme-coaches", "programme.coaches", o.coaches(), c -> c.key() == null
                        ? t.get("programme.noCoach") : c.key()),
                counts("programme-sectors", "programme.sectors", o.sectors(), c -> c.key() == null
                        ? t.get("programme.noSector") : o.sectorName(c.key(), lang)),
                technologies(o));
        content.getChildren().addAll(counts, topics(o));
    }

    /** A column heading that keeps its whole text. */
    private static Label head(String text) {
        Label l = Styles.bold(text);
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    private Node counts(String id, String heading, List<Count> counts, Function<Count, String> name) {
        GridPane grid = Styles.grid(16, 4);
        grid.add(head(t.get(heading)), 0, 0);
        grid.add(head(t.get("programme.companies")), 1, 0);
        grid.add(head(t.get("programme.assessments")), 2, 0);
        int row = 1;
        for (Count c : counts) {
            grid.add(new Label(name.apply(c)), 0, row);
            grid.add(new Label(Integer.toString(c.companies())), 1, row);
            grid.add(new Label(Integer.toString(c.assessments())), 2, row++);
        }
        grid.setId(id);
        return grid;
    }

    private Node technologies(ProgrammeOverview o) {
        VBox box = new VBox(4, Styles.bold(t.format("programme.technologies", nl.maakscan.programme.Programme.TOP)));
        box.setId("programme-technologies");
        int rank = 0;
        for (var x : o.technologies().subList(0, Math.min(TECHNOLOGIES, o.technologies().size()))) {
            box.getChildren().add(new Label(t.format("programme.technology", ++rank,
                    o.technologyName(x.technologyId(), lang), x.times(), x.share())));
        }
        return box;
    }

    /** Topics as rows: all companies, each size band and the change since the first assessment. */
    private Node topics(ProgrammeOverview o) {
        List<Levels> columns = o.levelsPerSizeBand();
        Levels all = o.allLevels();
        GridPane grid = Styles.grid(16, 4);
        grid.setId("programme-topics");
        grid.add(head(t.get("programme.topic")), 0, 0);
        grid.add(head(t.format("programme.allN", all == null ? 0 : all.companies())), 1, 0);
        int c = 2;
        for (Levels l : columns) {
            grid.add(head(l.band() == null ? t.format("programme.bandUnknownN", l.companies())
                    : t.format("programme.bandN", l.band().id(), l.companies())), c++, 0);
        }
        grid.add(head(t.format("programme.change", o.progress().companies())), c, 0);
        int row = 1;
        for (String topic : o.topics()) {
            Label name = new Label(o.topicName(topic, lang));
            name.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            grid.add(name, 0, row);
            grid.add(new Label(t.level(all == null ? null : all.average(topic))), 1, row);
            int col = 2;
            for (Levels l : columns) {
                grid.add(new Label(t.level(l.average(topic))), col++, row);
            }
            Double change = o.progress().averageChange().get(topic);
            grid.add(new Label(change == null ? "–" : Math.abs(change) < 0.05 ? t.level(0.0)
                    : String.format(Locale.forLanguageTag(lang), "%+.1f", change)), col, row++);
        }
        VBox box = new VBox(8, Styles.heading(t.get("programme.levels")), grid);
        return box;
    }
}
