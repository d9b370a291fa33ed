package nl.maakscan.ui.wizard;

import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import nl.maakscan.model.Dimension;
import nl.maakscan.model.LevelAnswer;
import nl.maakscan.model.Question;
import nl.maakscan.ui.Styles;
import nl.maakscan.ui.Texts;

/** The review: questions without an answer and "don't know" answers, each a link to its question. */
final class ReviewStepView extends VBox implements StepView {

    ReviewStepView(WizardViewModel model) {
        Texts t = model.texts();
        String lang = t.language();
        setSpacing(8);
        VBox open = new VBox(2);
        open.setId("review-unanswered");
        VBox unsure = new VBox(2);
        unsure.setId("review-dontknow");
        int dimensionNumber = 1;
        for (Dimension d : model.questionnaire().dimensions()) {
            int n = 1;
            for (Question q : model.visibleQuestions(d)) {
                LevelAnswer a = model.answers().get(q.id());
                String text = dimensionNumber + "." + n++ + "  " + d.name().get(lang) + ": " + q.text().get(lang);
                if (a == null || a.kind() == LevelAnswer.Kind.DONT_KNOW) {
                    Hyperlink link = new Hyperlink(text);
                    link.setId("review-" + q.id());
                    link.setWrapText(true);
                    link.setOnAction(e -> model.goToQuestion(q.id()));
                    (a == null ? open : unsure).getChildren().add(link);
                }
            }
            dimensionNumber++;
        }
        int total = model.visibleQuestions().size();
        Label summary = new Label(t.format("review.summary", total - open.getChildren().size(), total,
                open.getChildren().size(), unsure.getChildren().size()));
        summary.setId("review-summary");
        summary.setWrapText(true);
        getChildren().addAll(Styles.heading(t.get("step.review")), summary);
        if (!open.getChildren().isEmpty()) {
            getChildren().addAll(Styles.bold(t.get("review.unanswered")), open);
        }
        if (!unsure.getChildren().isEmpty()) {
            getChildren().addAll(Styles.bold(t.get("review.dontKnow")), unsure);
        }
        Label finishText = new Label(t.get(model.readOnly() ? "review.final" : "review.finishHelp"));
        finishText.setWrapText(true);
        finishText.getStyleClass().add(Styles.TEXT_MUTED);
        Button finish = Styles.button("wizard-finish", t.get(model.readOnly() ? "review.showResults" : "review.finish"),
                Styles.ACCENT);
        finish.setOnAction(e -> model.finish());
        getChildren().addAll(finishText, finish);
    }

}
