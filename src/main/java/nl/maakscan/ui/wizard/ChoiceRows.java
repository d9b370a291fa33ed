package nl.maakscan.ui.wizard;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.maakscan.ui.Styles;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * Rows of segmented buttons, one choice per row, answered like the questions: a click, or a key on
 * the highlighted row (0-5, and a letter for the extra choice), after which the next row is highlighted;
 * up and down move the highlight. The meaning of the chosen value is written next to the buttons.
 */
final class ChoiceRows extends VBox {

    /** One button: the value it stands for, the key that chooses it, its text and its meaning. */
    record Choice(int value, KeyCode key, String text, String meaning) {
    }

    /** One row: a stable id, its name and explanation, what is chosen (null for nothing) and what to do on a choice. */
    record Row(String id, String name, String description, Integer chosen, Consumer<Integer> onChoose) {
    }

    private final PageScroller scroller;
    private final List<HBox> rows = new ArrayList<>();
    private final List<List<ToggleButton>> buttons = new ArrayList<>();
    private final List<List<Choice>> choices = new ArrayList<>();
    private final List<Row> data = new ArrayList<>();
    private final Runnable pastLast;
    private int current;

    ChoiceRows(PageScroller scroller, List<Row> rowData, IntFunction<List<Choice>> choicesOfRow, Runnable pastLast) {
        this.scroller = scroller;
        this.pastLast = pastLast;
        setSpacing(4);
        for (int i = 0; i < rowData.size(); i++) {
            add(i, rowData.get(i), choicesOfRow.apply(i));
        }
        mark(0, false);
    }

    private void add(int index, Row row, List<Choice> rowChoices) {
        Label name = new Label(row.name());
        name.setWrapText(true);
        name.getStyleClass().add(atlantafx.base.theme.Styles.TEXT_BOLD);
        VBox text = new VBox(2, name);
        if (row.description() != null && !row.description().isBlank()) {
            Label description = new Label(row.description());
            description.setWrapText(true);
            description.getStyleClass().add(Styles.HINT);
            text.getChildren().add(description);
        }
        text.setPrefWidth(330);
        text.setMinWidth(180);
        HBox.setHgrow(text, Priority.ALWAYS);
        ToggleGroup group = new ToggleGroup();
        HBox segmented = new HBox();
        segmented.setAlignment(Pos.CENTER_LEFT);
        Label meaning = new Label();
        meaning.setId("choice-meaning-" + row.id());
        meaning.setWrapText(true);
        meaning.setPrefWidth(190);
        meaning.setMinWidth(120);
        List<ToggleButton> rowButtons = new ArrayList<>();
        for (int c = 0; c < rowChoices.size(); c++) {
            Choice choice = rowChoices.get(c);
            ToggleButton b = new ToggleButton(choice.text());
            b.setId("choice-" + row.id() + "-" + choice.value());
            b.setAccessibleText(row.name() + ": " + choice.text() + " – " + choice.meaning());
            b.setTooltip(new Tooltip(choice.meaning()));
            b.setToggleGroup(group);
            b.setMinWidth(Region.USE_PREF_SIZE);
            b.getStyleClass().add(c == 0 ? atlantafx.base.theme.Styles.LEFT_PILL
                    : c == rowChoices.size() - 1 ? atlantafx.base.theme.Styles.RIGHT_PILL
                    : atlantafx.base.theme.Styles.CENTER_PILL);
            b.setOnAction(e -> {
                choose(index, choice.value());
                mark(index, false);
            });
            rowButtons.add(b);
            segmented.getChildren().add(b);
        }
        name.setLabelFor(rowButtons.get(0));
        HBox line = new HBox(12, text, segmented, meaning);
        line.setAlignment(Pos.CENTER_LEFT);
        line.setId("row-" + row.id());
        line.getStyleClass().add(Styles.CHOICE_ROW);
        rows.add(line);
        buttons.add(rowButtons);
        choices.add(rowChoices);
        data.add(row);
        getChildren().add(line);
        show(index, row.chosen());
    }

    private void choose(int index, int value) {
        data.get(index).onChoose().accept(value);
        show(index, value);
    }

    private void show(int index, Integer value) {
        List<Choice> cs = choices.get(index);
        Label meaning = (Label) rows.get(index).getChildren().get(2);
        meaning.setText("");
        for (int c = 0; c < cs.size(); c++) {
            boolean on = value != null && cs.get(c).value() == value;
            buttons.get(index).get(c).setSelected(on);
            if (on) {
                meaning.setText("✓ " + cs.get(c).meaning());
            }
        }
    }

    private void mark(int index, boolean focus) {
        if (rows.isEmpty()) {
            return;
        }
        current = Math.max(0, Math.min(rows.size() - 1, index));
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).getStyleClass().remove(Styles.CURRENT_QUESTION);
        }
        HBox row = rows.get(current);
        row.getStyleClass().add(Styles.CURRENT_QUESTION);
        if (focus) {
            ToggleButton target = buttons.get(current).stream().filter(ToggleButton::isSelected).findFirst()
                    .orElse(buttons.get(current).get(0));
            DimensionStepView.whenInScene(target, target::requestFocus);
            scroller.reveal(row);
        }
    }

    /** Puts the highlight and the focus on the first row (when the page opens). */
    void start() {
        mark(0, true);
    }

    /** A key on the page: true when it chose a value or moved the highlight. */
    boolean key(KeyCode code) {
        if (rows.isEmpty()) {
            return false;
        }
        if (code == KeyCode.DOWN || code == KeyCode.UP) {
            mark(current + (code == KeyCode.DOWN ? 1 : -1), true);
            return true;
        }
        if (scroller.shown(rows.get(current)) < DimensionStepView.SHOWN) {
            for (Choice c : choices.get(current)) {
                if (c.key() == code) {
                    mark(current, true);      // never choose on a row that is not on screen: show it first
                    return true;
                }
            }
            return false;
        }
        for (Choice c : choices.get(current)) {
            if (c.key() == code) {
                choose(current, c.value());
                if (current == rows.size() - 1) {
                    pastLast.run();
                } else {
                    mark(current + 1, true);
                }
                return true;
            }
        }
        return false;
    }

    int current() {
        return current;
    }

    static KeyCode digitKey(int d) {
        return KeyCode.getKeyCode(Integer.toString(d));
    }
}
