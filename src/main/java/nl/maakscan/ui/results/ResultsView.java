package nl.maakscan.ui.results;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.maakscan.advice.Recommendation;
import nl.maakscan.advice.Scores;
import nl.maakscan.model.Questionnaire;
import nl.maakscan.ui.Styles;
import nl.maakscan.ui.Texts;

import java.util.List;
import java.util.Locale;

/** The results: overall level, radar chart, bars per dimension, the top technologies and the plan. */
public final class ResultsView extends BorderPane {

    private static final int TOP = 5;
    private final ResultsViewModel model;
    private final Texts t;
    private final String lang;
    private Questionnaire q;

    /** Shows a short wait until the results are loaded (in the background), then the results. */
    public ResultsView(ResultsViewModel model) {
        this.model = model;
        this.t = model.texts();
        this.lang = t.language();
        setId("results-view");
        sceneProperty().addListener((o, was, is) -> {
            if (was != null && is == null) {
                model.leave();
            }
        });
        if (model.ready().get()) {
            build(false);
        } else {
            Label wait = Styles.muted(t.get("results.loading"));
            wait.setId("results-loading");
            VBox box = new VBox(wait);
            box.setAlignment(Pos.CENTER);
            setCenter(box);
            model.ready().addListener((o, was, is) -> {
                if (is) {
                    build(true);
                }
            });
        }
    }

    /**
     * Builds the screen; {@code inFrames}: one part per frame (the summary first), so that no frame of the
     * user-interface thread has to style and lay out the whole screen at once.
     */
    private void build(boolean inFrames) {
        this.q = model.questionnaire();
        setTop(toolbar());
        VBox content = new VBox(20);
        content.setPadding(new Insets(16));
        content.setMaxWidth(1100);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setId("results-scroll");
        setCenter(scroll);
        List<java.util.function.Supplier<Node>> parts = List.of(this::summary, this::dimensions,
                () -> model.peers().map(p -> new PeerPane(p, q, t).build()).orElse(null),
                this::recommendations, this::plan,
                () -> nl.maakscan.ui.PlanStatusPane.of("results-previous-plan", model.previousPlan(), t));
        if (!inFrames) {
            parts.forEach(part -> add(content, part));
            return;
        }
        java.util.Iterator<java.util.function.Supplier<Node>> next = parts.iterator();
        new javafx.animation.AnimationTimer() {
            @Override
            public void handle(long now) {
                if (next.hasNext() && getScene() != null) {
                    add(content, next.next());
                } else {
                    stop();
                }
            }
        }.start();
    }

    private static void add(VBox content, java.util.function.Supplier<Node> part) {
        Node node = part.get();
        if (node != null) {
            content.getChildren().add(node);
        }
    }

    private Node toolbar() {
        Label title = Styles.heading(t.format("results.title", model.stored().company().name(),
                model.stored().info().label() == null ? "" : model.stored().info().label()));
        title.setId("results-title");
        Button back = Styles.button("results-back", t.get("results.back"), null);
        back.setOnAction(e -> model.back());
        Button edit = Styles.button("results-edit", t.get("results.edit"), null);
        edit.setOnAction(e -> model.edit());
        Button report = Styles.button("results-report", t.get("results.report"), Styles.ACCENT);
        report.setOnAction(e -> model.createReport());
        report.setVisible(model.canReport());
        report.setManaged(model.canReport());
        ProgressBar progress = new ProgressBar();
        progress.setId("results-report-progress");
        progress.progressProperty().bind(model.progress());
        progress.setAccessibleText(t.get("results.reportProgress"));
        Label doing = Styles.muted("");
        doing.setId("results-report-doing");
        doing.textProperty().bind(model.progressText());
        doing.setMinWidth(Region.USE_PREF_SIZE);
        for (Node n : List.of(progress, doing)) {
            n.visibleProperty().bind(model.busy());
            n.managedProperty().bind(model.busy());
        }
        Button export = Styles.button("results-export", t.get("results.export"), null);
        export.setOnAction(e -> model.exportBundle());
        // a disabled button that has the focus hands it to the next control, which lies in the scrolled page:
        // the page would jump to its top. Hand the focus to a neighbour in the toolbar first.
        model.busy().addListener((o, was, now) -> {
            if (now && report.isFocused()) {
                export.requestFocus();
            }
            report.setDisable(now);
        });
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        for (Button b : List.of(back, edit, export, report)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        title.setMinWidth(0);
        HBox bar = new HBox(8, back, title, grow, doing, progress, edit, export, report);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(12, 16, 12, 16));
        return bar;
    }

    private Node summary() {
        Scores s = model.advice().scores();
        Label level = new Label(t.level(s.overallLevel()));
        level.setId("results-overall");
        level.getStyleClass().add(Styles.BIG_NUMBER);
        Label levelText = Styles.muted(t.get("results.overallLevel"));
        Label score = Styles.muted(t.format("results.score", s.overallScore() == null ? "–"
                : String.format(Locale.ROOT, "%.0f", s.overallScore()),
                s.confidence() == null ? "–" : String.format(Locale.ROOT, "%.0f", s.confidence() * 100)));
        List<ResultsViewModel.Row> rows = model.rows();
        Double[] current = rows.stream().map(r -> r.score().level()).toArray(Double[]::new);
        Double[] target = rows.stream().map(r -> (double) r.score().target()).toArray(Double[]::new);
        Double[] previous = model.previous().isPresent()
                ? rows.stream().map(ResultsViewModel.Row::previous).toArray(Double[]::new) : null;
        RadarChart radar = new RadarChart(rows.stream().map(r -> r.dimension().name().get(lang)).toList(), current,
                target, previous);
        radar.setId("results-radar");
        radar.setAccessibleText(t.get("results.radar"));
        Label legend = Styles.muted(t.get(previous == null ? "results.legend" : "results.legendPrevious"));
        VBox left = new VBox(4, Styles.heading(t.get("results.summary")), level, levelText, score, legend);
        List<Recommendation> top = model.advice().recommendations().stream().limit(3).toList();
        if (!top.isEmpty()) {
            Label first = Styles.bold(t.get("results.topThree"));
            first.setPadding(new Insets(12, 0, 0, 0));
            left.getChildren().add(first);
            top.forEach(r -> left.getChildren().add(wrap(r.rank() + ". " + r.technology().name().get(lang))));
        }
        left.setPrefWidth(300);
        HBox box = new HBox(24, left, radar);
        box.getStyleClass().add(Styles.CARD);
        return box;
    }

    private Node dimensions() {
        VBox box = new VBox(8, Styles.heading(t.get("results.dimensions")));
        box.setId("results-dimensions");
        for (ResultsViewModel.Row r : model.rows()) {
            Label name = Styles.bold(r.dimension().name().get(lang));
            ProgressBar bar = new ProgressBar(r.score().level() == null ? 0 : r.score().level() / 5);
            bar.setPrefWidth(260);
            bar.setAccessibleText(name.getText());
            String figures = t.format("results.dimensionFigures", t.level(r.score().level()), r.score().target())
                    + (r.previous() == null ? "" : " " + t.format("results.previousLevel", t.level(r.previous())));
            HBox line = new HBox(12, bar, new Label(figures));
            line.setAlignment(Pos.CENTER_LEFT);
            VBox entry = new VBox(2, name, line);
            if (!r.nextSteps().isEmpty()) {
                TitledPane more = new TitledPane(t.format("results.nextLevel", r.nextSteps().size()), null);
                more.setExpanded(false);
                more.setId("results-next-" + r.dimension().id());
                // made when first opened: closed, its many wrapped lines would only cost the first frame time
                more.expandedProperty().addListener((o, was, is) -> {
                    if (is && more.getContent() == null) {
                        more.setContent(nextSteps(r));
                    }
                });
                entry.getChildren().add(more);
            }
            box.getChildren().add(entry);
        }
        return box;
    }

    private Node nextSteps(ResultsViewModel.Row r) {
        VBox next = new VBox(6);
        for (ResultsViewModel.NextLevel n : r.nextSteps()) {
            Label question = Styles.bold(n.question().text().get(lang));
            question.setWrapText(true);
            next.getChildren().addAll(question,
                    wrap(t.format("results.now", n.current(), n.currentText())),
                    wrap(t.format("results.next", n.current() + 1, n.nextText())));
        }
        return next;
    }

    private Node recommendations() {
        VBox box = new VBox(10, Styles.heading(t.get("results.recommendations")));
        box.setId("results-recommendations");
        Reasons reasons = new Reasons(q, t.language());
        List<Recommendation> top = model.advice().recommendations().stream().limit(TOP).toList();
        if (top.isEmpty()) {
            box.getChildren().add(Styles.muted(t.get("results.noRecommendations")));
        }
        for (Recommendation r : top) {
            VBox entry = new VBox(2, Styles.bold(r.rank() + ". " + r.technology().name().get(lang)));
            entry.setId("recommendation-" + r.technology().id());
            entry.getChildren().add(wrap(t.format("results.because", reasons.needs(r))));
            String priorities = reasons.priorities(r);
            if (!priorities.isEmpty()) {
                entry.getChildren().add(wrap(t.format("results.priorities", priorities)));
            }
            if (!r.missing().isEmpty()) {
                Label missing = wrap(t.format("results.missing", reasons.missing(r)));
                missing.getStyleClass().add(Styles.DANGER);
                entry.getChildren().add(missing);
            }
            entry.getChildren().add(wrap(t.format("results.firstStep", r.technology().firstStep().get(lang))));
            box.getChildren().add(entry);
        }
        return box;
    }

    private Node plan() {
        return new PlanPane(model.plan(), t).build();
    }

    private static Label wrap(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        return l;
    }
}
