package nl.maakscan.ui.wizard;

import javafx.animation.PauseTransition;
import javafx.collections.MapChangeListener;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import nl.maakscan.model.LevelAnswer;
import nl.maakscan.model.Question;
import nl.maakscan.ui.Styles;
import nl.maakscan.ui.Texts;

import java.util.ArrayList;
import java.util.List;

/**
 * One level question: its text, "why we ask", the six level descriptions as cards, "not applicable",
 * "don't know" and the note. Clicking a card (or a digit key on the page) answers at once.
 */
final class QuestionPane extends VBox {

    private final WizardViewModel model;
    private final Question question;
    private final List<ToggleButton> cards = new ArrayList<>();
    private final List<Label> heads = new ArrayList<>();
    private final ToggleButton notApplicable;
    private final ToggleButton dontKnow;
    private final TextArea note;
    private final GridPane grid;

    QuestionPane(WizardViewModel model, Question question, String number) {
        this.model = model;
        this.question = question;
        Texts t = model.texts();
        String lang = t.language();
        setId("question-" + question.id());
        getStyleClass().add(Styles.QUESTION);
        setSpacing(6);
        Label text = new Label(number + "  " + question.text().get(lang));
        text.setWrapText(true);
        text.getStyleClass().add(atlantafx.base.theme.Styles.TITLE_4);
        Label why = new Label(question.why() == null ? "" : question.why().get(lang));
        why.setWrapText(true);
        why.getStyleClass().add(Styles.TEXT_MUTED);
        why.setVisible(false);
        why.setManaged(false);
        why.setId("why-text-" + question.id());
        Hyperlink whyLink = new Hyperlink(t.get("wizard.why"));
        whyLink.setId("why-" + question.id());
        whyLink.setVisible(question.why() != null);
        whyLink.setOnAction(e -> {
            why.setVisible(!why.isVisible());
            why.setManaged(why.isVisible());
        });
        grid = Styles.grid(8, 6);
        for (int level = 0; level <= Question.MAX_LEVEL; level++) {
            int lv = level;
            ToggleButton card = new ToggleButton();
            card.setId("level-" + question.id() + "-" + level);
            Label head = new Label(t.format("wizard.level", level));
            head.getStyleClass().add(atlantafx.base.theme.Styles.TEXT_BOLD);
            head.setId("level-head-" + question.id() + "-" + level);
            heads.add(head);
            // "Level 2 ✓ chosen · previous assessment" is wider than a card on a small screen: it wraps inside
            // the card instead of widening the card's content past its edge
            head.setWrapText(true);
            head.setMinWidth(0);
            head.prefWidthProperty().bind(card.widthProperty().subtract(28));
            card.setGraphic(head);
            card.setText(question.level(level).get(lang));
            card.setWrapText(true);
            card.setContentDisplay(javafx.scene.control.ContentDisplay.TOP);
            card.setAlignment(javafx.geometry.Pos.TOP_LEFT);
            card.setTextAlignment(javafx.scene.text.TextAlignment.LEFT);
            card.getStyleClass().setAll(Styles.LEVEL_CARD);
            card.setMaxWidth(Double.MAX_VALUE);
            card.setMaxHeight(Double.MAX_VALUE);
            card.setMinWidth(0);
            card.setPrefWidth(260);
            card.setFocusTraversable(true);
            card.setOnAction(e -> choose(LevelAnswer.level(lv)));
            grid.add(card, level % 3, level / 3);
            GridPane.setHgrow(card, Priority.ALWAYS);
            GridPane.setFillHeight(card, true);
            cards.add(card);
        }
        notApplicable = toggle("na-" + question.id(), t.get("wizard.notApplicable"), LevelAnswer.notApplicable());
        dontKnow = toggle("dontknow-" + question.id(), t.get("wizard.dontKnow"), LevelAnswer.dontKnow());
        note = new TextArea();
        note.setId("note-" + question.id());
        note.setPromptText(t.get("wizard.notePrompt"));
        note.setAccessibleText(t.get("wizard.note"));
        note.setPrefRowCount(1);
        note.setMinHeight(40);
        note.setWrapText(true);
        PauseTransition typing = new PauseTransition(Duration.millis(700));
        typing.setOnFinished(e -> model.note(question.id(), note.getText()));
        note.textProperty().addListener((o, was, is) -> typing.playFromStart());
        note.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                typing.stop();
                model.note(question.id(), note.getText());
            }
        });
        javafx.scene.control.Button nextQuestion = Styles.button("next-question-" + question.id(),
                t.get("wizard.nextQuestion"), null);
        nextQuestion.setOnAction(e -> {
            model.currentQuestion().set(question.id());
            model.moveQuestion(1);
        });
        nextQuestion.setFocusTraversable(false);
        javafx.scene.layout.Region grow = new javafx.scene.layout.Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox others = new HBox(8, notApplicable, dontKnow, whyLink, grow, nextQuestion);
        others.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        // the explanation opens below the cards, so that they do not move under the pointer
        getChildren().addAll(text, grid, others, why, note);
        show(model.answers().get(question.id()));
        LevelAnswer given = model.answers().get(question.id());
        note.setText(java.util.Objects.requireNonNullElse(given == null ? model.draftNote(question.id()) : given.note(), ""));
        model.answers().addListener((MapChangeListener<String, LevelAnswer>) c -> {
            if (c.getKey().equals(question.id())) {
                show(c.getValueAdded());
            }
        });
        setOnMouseClicked(e -> model.currentQuestion().set(question.id()));
        for (javafx.scene.Node n : List.of(notApplicable, dontKnow, note)) {
            n.focusedProperty().addListener((o, was, is) -> {
                if (is) {
                    model.currentQuestion().set(question.id());
                }
            });
        }
        cards.forEach(c -> c.focusedProperty().addListener((o, was, is) -> {
            if (is) {
                model.currentQuestion().set(question.id());
            }
        }));
        grid.setDisable(model.readOnly());
        others.setDisable(model.readOnly());
    }

    private ToggleButton toggle(String id, String text, LevelAnswer answer) {
        ToggleButton b = new ToggleButton(text);
        b.setId(id);
        b.setAccessibleText(text);
        b.setOnAction(e -> choose(answer));
        return b;
    }

    private void choose(LevelAnswer answer) {
        model.currentQuestion().set(question.id());
        model.answer(question.id(), answer);
        show(model.answers().get(question.id()));
    }

    private void show(LevelAnswer a) {
        Texts t = model.texts();
        LevelAnswer before = model.previousAnswer(question.id());
        for (int i = 0; i < cards.size(); i++) {
            boolean chosen = a != null && a.hasLevel() && a.level() == i;
            boolean earlier = before != null && before.hasLevel() && before.level() == i;
            cards.get(i).setSelected(chosen);
            // the choice is marked by more than a colour: a check mark and a word
            String head = t.format("wizard.level", i) + (chosen ? "  ✓ " + t.get("wizard.chosen") : "")
                    + (earlier ? "  · " + t.get("wizard.previousLevel") : "");
            heads.get(i).setText(head);
            cards.get(i).setAccessibleText(head + ": " + question.level(i).get(t.language()));
        }
        notApplicable.setSelected(a != null && a.kind() == LevelAnswer.Kind.NOT_APPLICABLE);
        dontKnow.setSelected(a != null && a.kind() == LevelAnswer.Kind.DONT_KNOW);
        notApplicable.setText((notApplicable.isSelected() ? "✓ " : "") + t.get("wizard.notApplicable"));
        dontKnow.setText((dontKnow.isSelected() ? "✓ " : "") + t.get("wizard.dontKnow"));
        note.setDisable(model.readOnly());
        note.setPromptText(t.get(a == null ? "wizard.notePrompt" : "wizard.note"));
    }

    /** Commits a note still being typed (before the page changes or the window closes). */
    void flushNote() {
        model.note(question.id(), note.getText());
    }

    void markCurrent(boolean isCurrent) {
        getStyleClass().remove(Styles.CURRENT_QUESTION);
        if (isCurrent) {
            getStyleClass().add(Styles.CURRENT_QUESTION);
        }
    }

    /** Puts the keyboard focus on the chosen card, or the first (once the page is in the window). */
    void focusAnswer() {
        LevelAnswer a = model.answers().get(question.id());
        ToggleButton card = a != null && a.hasLevel() ? cards.get(a.level()) : cards.get(0);
        DimensionStepView.whenInScene(card, () -> {
            if (getStyleClass().contains(Styles.CURRENT_QUESTION)) {
                card.requestFocus();
            }
        });
    }

    /** The six level cards: what must be on screen for a key to answer this question. */
    javafx.scene.Node cards() {
        return grid;
    }

    String questionId() {
        return question.id();
    }
}
