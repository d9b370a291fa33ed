package nl.maakscan.ui.wizard;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.maakscan.model.LevelAnswer;
import nl.maakscan.ui.Styles;
import nl.maakscan.ui.Texts;

/**
 * The wizard: a step bar on the left for free navigation, the current page in the middle, progress
 * and the saved state on top, Back and Next below. Keys: 0-5 pick a level, N not applicable, W/D
 * don't know, up and down move between questions, Page Up/Down and Alt+left/right between steps.
 */
public final class WizardView extends BorderPane {

    private final WizardViewModel model;
    private final Texts t;
    private final ScrollPane scroll = new ScrollPane();
    private final PageScroller scroller = new PageScroller(scroll);
    private StepView page;

    public WizardView(WizardViewModel model) {
        this.model = model;
        this.t = model.texts();
        setId("wizard-view");
        setTop(header());
        setLeft(stepBar());
        scroll.setFitToWidth(true);
        scroll.setPadding(new Insets(10, 16, 10, 16));
        scroll.setId("wizard-page");
        setCenter(scroll);
        setBottom(buttons());
        showStep();
        model.current().addListener((o, was, is) -> showStep());
        addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        addEventHandler(ScrollTo.SCROLL_TO, e -> scroller.reveal(e.target()));
    }

    private Node header() {
        Label title = new Label();
        title.getStyleClass().add(atlantafx.base.theme.Styles.TITLE_4);
        title.setId("wizard-title");
        title.textProperty().bind(Bindings.createStringBinding(() -> model.company().get().name() + " · "
                + (model.info().get().label() == null ? "" : model.info().get().label()), model.company(),
                model.info()));
        Label stepOf = new Label();
        stepOf.setId("wizard-step-of");
        stepOf.textProperty().bind(Bindings.createStringBinding(() -> t.format("wizard.stepOf",
                model.current().get() + 1, model.steps().size(), Math.round(model.answeredShare().get() * 100)),
                model.current(), model.answeredShare()));
        ProgressBar progress = new ProgressBar();
        progress.setId("wizard-progress");
        progress.setAccessibleText(t.get("wizard.progress"));
        progress.progressProperty().bind(model.answeredShare());
        progress.setPrefWidth(140);
        progress.setMinWidth(80);
        Label saved = new Label();
        saved.setId("wizard-saved");
        saved.textProperty().bind(Bindings.createStringBinding(() -> savedText(model.saver().state().get()),
                model.saver().state()));
        saved.getStyleClass().add(Styles.SAVED);
        model.saver().state().addListener((o, was, is) -> saved.getStyleClass().setAll("label",
                is.saved() || is.saving() ? Styles.SAVED : Styles.DANGER));
        saved.setOnMouseClicked(e -> model.saver().retry());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        stepOf.setMinWidth(Region.USE_PREF_SIZE);
        saved.setMinWidth(Region.USE_PREF_SIZE);
        title.setMinWidth(120);
        HBox box = new HBox(16, title, grow, stepOf, progress, saved);
        if (model.readOnly()) {
            Button reopen = Styles.button("wizard-reopen", t.get("wizard.reopen"), null);
            reopen.setMinWidth(Region.USE_PREF_SIZE);
            reopen.setOnAction(e -> model.reopen());
            box.getChildren().add(reopen);
        }
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        box.setPadding(new Insets(6, 16, 6, 16));
        return box;
    }

    private String savedText(Saver.State s) {
        if (model.readOnly()) {
            return t.get("wizard.readOnly");
        }
        if (s.saving()) {
            return t.get("wizard.saving");
        }
        if (!s.saved()) {
            return t.get("wizard.notSaved");
        }
        return s.at() == null ? t.get("wizard.savedAll") : t.format("wizard.savedAt", s.at().toString());
    }

    private Node stepBar() {
        ListView<Step> steps = new ListView<>();
        steps.getItems().setAll(model.steps());
        steps.setId("wizard-steps");
        steps.setAccessibleText(t.get("wizard.steps"));
        // narrower on a small screen, so that the six cards of a question keep their room
        steps.prefWidthProperty().bind(Bindings.createDoubleBinding(() -> Math.max(210, Math.min(290,
                getWidth() * 0.21)), widthProperty()));
        steps.setCellFactory(v -> new ListCell<>() {
            {
                setPrefWidth(0);  // long names wrap instead of a sideways scroll bar or an ellipsis
                setWrapText(true);
            }

            @Override
            protected void updateItem(Step s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : (complete(s) ? "✓ " : "") + title(s));
                setTooltip(empty || s == null ? null : new javafx.scene.control.Tooltip(getText()));
            }
        });
        steps.getSelectionModel().select(model.current().get());
        steps.getSelectionModel().selectedIndexProperty().addListener((o, was, is) -> {
            if (is.intValue() >= 0) {
                model.goTo(is.intValue());
            }
        });
        model.current().addListener((o, was, is) -> steps.getSelectionModel().select(is.intValue()));
        model.answers().addListener((javafx.collections.MapChangeListener<String, LevelAnswer>) c -> steps.refresh());
        return steps;
    }

    /** A dimension page is complete when each of its questions has an answer. */
    private boolean complete(Step s) {
        return s.kind() == Step.Kind.DIMENSION
                && model.visibleQuestions(s.dimension()).stream().allMatch(q -> model.answers().containsKey(q.id()));
    }

    private String title(Step s) {
        return s.kind() == Step.Kind.DIMENSION ? s.dimension().name().get(t.language())
                : t.get("step." + s.kind().name().toLowerCase(java.util.Locale.ROOT));
    }

    private Node buttons() {
        Button back = Styles.button("wizard-back", t.get("wizard.back"), null);
        back.setOnAction(e -> model.back());
        back.disableProperty().bind(model.canGoBack().not());
        Button next = Styles.button("wizard-next", t.get("wizard.next"), Styles.ACCENT);
        next.setOnAction(e -> model.next());
        next.disableProperty().bind(model.canGoNext().not());
        Button close = Styles.button("wizard-close", t.get("wizard.close"), null);
        close.setOnAction(e -> {
            leavePage();
            model.close();
        });
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox box = new HBox(8, close, grow, back, next);
        box.setPadding(new Insets(8, 16, 8, 16));
        return box;
    }

    private void showStep() {
        leavePage();
        Step s = model.step().get();
        Node content = switch (s.kind()) {
            case PROFILE -> new ProfileStepView(model);
            case PRIORITIES -> new PrioritiesStepView(model);
            case DIMENSION -> new DimensionStepView(model, scroller, s.dimension(),
                    model.questionnaire().dimensions().indexOf(s.dimension()) + 1);
            case ADOPTION -> new AdoptionStepView(model, scroller);
            case TARGETS -> new TargetsStepView(model, scroller);
            case PLAN_TRACKING -> new PlanTrackingStepView(new FollowUpViewModel(model));
            case CONCLUSIONS -> new ConclusionsStepView(new FollowUpViewModel(model));
            case REVIEW -> new ReviewStepView(model);
        };
        page = (StepView) content;
        VBox holder = new VBox(content);
        holder.setMaxWidth(980);
        scroller.top();
        scroll.setContent(holder);
        if (content instanceof DimensionStepView d) {
            d.showCurrent();
        }
    }

    /** Commits what is being typed on the current page (also called when the window closes). */
    public void leavePage() {
        if (page != null) {
            page.leave();
        }
    }

    private void key(KeyEvent e) {
        boolean typing = getScene() != null && getScene().getFocusOwner() instanceof TextInputControl;
        if (e.isAltDown() && (e.getCode() == KeyCode.RIGHT || e.getCode() == KeyCode.LEFT)
                || !typing && (e.getCode() == KeyCode.PAGE_DOWN || e.getCode() == KeyCode.PAGE_UP)) {
            boolean forward = e.getCode() == KeyCode.RIGHT || e.getCode() == KeyCode.PAGE_DOWN;
            leavePage();
            if (forward) {
                model.next();
            } else {
                model.back();
            }
            e.consume();
            return;
        }
        if (typing || e.isControlDown() || e.isAltDown()) {
            return;
        }
        if (model.step().get().kind() != Step.Kind.DIMENSION) {
            if (page != null && !model.readOnly() && page.key(e.getCode())) {
                e.consume();
            }
            return;
        }
        int digit = digit(e.getCode());
        boolean answers = digit >= 0 && digit <= 5 || e.getCode() == KeyCode.N || e.getCode() == KeyCode.W
                || e.getCode() == KeyCode.D;
        if (answers && page instanceof DimensionStepView d && !d.currentShown()) {
            d.showCurrent();                 // never answer a question that is not on screen: show it first
            e.consume();
            return;
        }
        if (digit >= 0 && digit <= 5) {
            model.pickLevel(digit);
            model.moveQuestion(1);
        } else if (e.getCode() == KeyCode.N) {
            answerCurrent(LevelAnswer.notApplicable());
            model.moveQuestion(1);
        } else if (e.getCode() == KeyCode.W || e.getCode() == KeyCode.D) {
            answerCurrent(LevelAnswer.dontKnow());
            model.moveQuestion(1);
        } else if (e.getCode() == KeyCode.DOWN) {
            model.moveQuestion(1);
        } else if (e.getCode() == KeyCode.UP) {
            model.moveQuestion(-1);
        } else {
            return;
        }
        e.consume();
    }

    private static int digit(KeyCode code) {
        if (code.isDigitKey()) {
            String name = code.getName();
            return name.charAt(name.length() - 1) - '0';
        }
        return -1;
    }

    private void answerCurrent(LevelAnswer answer) {
        if (model.currentQuestion().get() != null) {
            model.answer(model.currentQuestion().get(), answer);
        }
    }
}
