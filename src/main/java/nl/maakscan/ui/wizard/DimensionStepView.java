package nl.maakscan.ui.wizard;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import nl.maakscan.model.Dimension;
import nl.maakscan.model.Question;
import nl.maakscan.ui.Styles;

import java.util.ArrayList;
import java.util.List;

/**
 * A dimension's page: its explanation and its questions. The current question is highlighted, has
 * the keyboard focus and is on screen; when the owner scrolls it away, the highlight moves to the
 * question that is then on screen, so that a key never answers a question the owner cannot see.
 */
final class DimensionStepView extends VBox implements StepView {

    /** The share of a question's cards that must be on screen for keys to answer it. */
    static final double SHOWN = 0.5;

    private final WizardViewModel model;
    private final PageScroller scroller;
    private final List<QuestionPane> panes = new ArrayList<>();
    private final ChangeListener<String> onCurrent = (o, was, is) -> mark(is, true);

    DimensionStepView(WizardViewModel model, PageScroller scroller, Dimension dimension, int dimensionNumber) {
        this.model = model;
        this.scroller = scroller;
        String lang = model.texts().language();
        setSpacing(12);
        Label title = Styles.heading(dimensionNumber + ". " + dimension.name().get(lang));
        title.setId("dimension-title");
        title.setWrapText(true);
        Label explanation = new Label(dimension.explanation() == null ? "" : dimension.explanation().get(lang));
        explanation.setWrapText(true);
        explanation.getStyleClass().add(Styles.TEXT_MUTED);
        Label keys = new Label(model.texts().get("wizard.keys"));
        keys.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.HINT);
        keys.setWrapText(true);
        getChildren().addAll(title, explanation, keys);
        if (model.previous() != null) {
            // a follow-up: its answers were copied from the previous assessment, and the cards say which level that was
            Label copied = new Label(model.texts().format("wizard.followUp",
                    model.previous().label() == null ? "" : model.previous().label(),
                    model.texts().date(model.previous().date() != null ? model.previous().date()
                            : model.previous().created().toString())));
            copied.setId("wizard-follow-up");
            copied.setWrapText(true);
            copied.getStyleClass().add(Styles.HINT);
            getChildren().add(copied);
        }
        int i = 1;
        for (Question q : model.visibleQuestions(dimension)) {
            QuestionPane pane = new QuestionPane(model, q, dimensionNumber + "." + i++);
            panes.add(pane);
            getChildren().add(pane);
        }
        model.currentQuestion().addListener(onCurrent);
        scroller.onUserScroll(this::follow);
        if (!panes.isEmpty()) {
            String current = model.currentQuestion().get();
            mark(current != null && pane(current) != null ? current : panes.get(0).questionId(), true);
        }
    }

    private QuestionPane pane(String questionId) {
        return panes.stream().filter(p -> p.questionId().equals(questionId)).findFirst().orElse(null);
    }

    /** The current question's pane, or null. */
    QuestionPane current() {
        return pane(model.currentQuestion().get());
    }

    /** True when the current question's cards are on screen, so that a key may answer it. */
    boolean currentShown() {
        QuestionPane p = current();
        return p != null && scroller.shown(p.cards()) >= SHOWN;
    }

    /** Brings the current question back on screen (a key pressed while it was not). */
    void showCurrent() {
        QuestionPane p = current();
        if (p != null) {
            scroller.reveal(p);
            p.focusAnswer();
        }
    }

    /** After the owner scrolled: the highlight goes to the question most on screen if the current one is not. */
    private void follow() {
        if (currentShown() || panes.isEmpty()) {
            return;
        }
        QuestionPane best = panes.get(0);
        double most = -1;
        for (QuestionPane p : panes) {
            double s = scroller.shown(p.cards());
            if (s > most + 0.01) {
                most = s;
                best = p;
            }
        }
        if (most > 0) {
            model.currentQuestion().removeListener(onCurrent);
            model.currentQuestion().set(best.questionId());
            model.currentQuestion().addListener(onCurrent);
            mark(best.questionId(), false);
        }
    }

    private void mark(String questionId, boolean reveal) {
        for (QuestionPane p : panes) {
            boolean isCurrent = p.questionId().equals(questionId);
            p.markCurrent(isCurrent);
            // a click inside the question already has the focus there: no jump under the mouse
            if (isCurrent && !focusInside(p)) {
                p.focusAnswer();
                if (reveal) {
                    scroller.reveal(p);
                }
            }
        }
    }

    private boolean focusInside(Node pane) {
        Node focus = getScene() == null ? null : getScene().getFocusOwner();
        for (Node n = focus; n != null; n = n.getParent()) {
            if (n == pane) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void leave() {
        panes.forEach(QuestionPane::flushNote);
        model.currentQuestion().removeListener(onCurrent);
        scroller.onUserScroll(null);
    }

    /** Runs once the node is in a scene (now, or when it is put in one). */
    static void whenInScene(Node node, Runnable action) {
        if (node.getScene() != null) {
            action.run();
            return;
        }
        node.sceneProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends javafx.scene.Scene> o,
                    javafx.scene.Scene was, javafx.scene.Scene is) {
                if (is != null) {
                    node.sceneProperty().removeListener(this);
                    Platform.runLater(action);
                }
            }
        });
    }
}
