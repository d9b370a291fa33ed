package nl.maakscan.ui.wizard;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import nl.maakscan.model.Dimension;
import nl.maakscan.model.Question;
import nl.maakscan.ui.Styles;

import java.util.ArrayList;
import java.util.List;

/** A dimension's page: its explanation and its questions; the current question is marked and focused. */
final class DimensionStepView extends VBox implements StepView {

    private final WizardViewModel model;
    private final List<QuestionPane> panes = new ArrayList<>();
    private final ChangeListener<String> onCurrent = (o, was, is) -> mark(is);

    DimensionStepView(WizardViewModel model, Dimension dimension, int dimensionNumber) {
        this.model = model;
        String lang = model.texts().language();
        setSpacing(12);
        Label title = Styles.heading(dimensionNumber + ". " + dimension.name().get(lang));
        title.setId("dimension-title");
        Label explanation = new Label(dimension.explanation() == null ? "" : dimension.explanation().get(lang));
        explanation.setWrapText(true);
        explanation.getStyleClass().add(Styles.TEXT_MUTED);
        Label keys = new Label(model.texts().get("wizard.keys"));
        keys.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.SMALL);
        keys.setWrapText(true);
        getChildren().addAll(title, explanation, keys);
        int i = 1;
        for (Question q : dimension.questions()) {
            QuestionPane pane = new QuestionPane(model, q, dimensionNumber + "." + i++);
            panes.add(pane);
            getChildren().add(pane);
        }
        model.currentQuestion().addListener(onCurrent);
        Platform.runLater(() -> {
            String current = model.currentQuestion().get();
            mark(current != null ? current : panes.get(0).questionId());
        });
    }

    private void mark(String questionId) {
        for (QuestionPane p : panes) {
            boolean isCurrent = p.questionId().equals(questionId);
            p.markCurrent(isCurrent);
            if (isCurrent && getScene() != null) {
                // a click inside the question already has the focus there: no jump under the mouse
                if (!(getScene().getFocusOwner() != null && isInside(getScene().getFocusOwner(), p))) {
                    p.focusAnswer();
                    p.fireEvent(new ScrollTo(p));
                }
            }
        }
    }

    private static boolean isInside(javafx.scene.Node node, javafx.scene.Node parent) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (n == parent) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void leave() {
        panes.forEach(QuestionPane::flushNote);
        model.currentQuestion().removeListener(onCurrent);
    }
}
