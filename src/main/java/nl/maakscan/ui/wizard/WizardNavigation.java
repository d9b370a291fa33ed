package nl.maakscan.ui.wizard;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.maakscan.model.Dimension;
import nl.maakscan.model.Question;
import nl.maakscan.model.Questionnaire;

import java.util.List;
import java.util.function.Function;

/**
 * Where the wizard is: the current page and question, moving between them, and resuming at the saved
 * position. Every move is saved (through {@code savePosition}) so that reopening resumes at the same question.
 */
final class WizardNavigation {

    private final Questionnaire questionnaire;
    private final List<Step> steps;
    private final Function<Dimension, List<Question>> asked;
    private final IntegerProperty current = new SimpleIntegerProperty(0);
    private final StringProperty currentQuestion = new SimpleStringProperty();
    private final ObjectBinding<Step> step;
    private final BooleanBinding canGoBack;
    private final BooleanBinding canGoNext;

    /**
     * @param asked        the questions of a page this company is asked
     * @param position     the saved position ({@code <step key>#<question id>}), or null
     * @param savePosition saves a position; called after every move
     */
    WizardNavigation(Questionnaire questionnaire, List<Step> steps, Function<Dimension, List<Question>> asked,
            String position, java.util.function.Consumer<String> savePosition) {
        this.questionnaire = questionnaire;
        this.steps = steps;
        this.asked = asked;
        step = Bindings.createObjectBinding(() -> steps.get(current.get()), current);
        canGoBack = current.greaterThan(0);
        canGoNext = current.lessThan(steps.size() - 1);
        resume(position);
        Runnable save = () -> {
            String q = currentQuestion.get();
            savePosition.accept(step.get().key() + (q == null ? "" : "#" + q));
        };
        current.addListener((o, was, is) -> {
            currentQuestion.set(firstQuestion(steps.get(is.intValue())));
            save.run();
        });
        currentQuestion.addListener((o, was, is) -> save.run());
    }

    private void resume(String position) {
        if (position == null) {
            return;
        }
        String[] parts = position.split("#", 2);
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            if (s.key().equals(parts[0])) {
                current.set(i);
                boolean shown = parts.length > 1 && s.kind() == Step.Kind.DIMENSION
                        && asked.apply(s.dimension()).stream().anyMatch(q -> q.id().equals(parts[1]));
                currentQuestion.set(shown ? parts[1] : firstQuestion(s));
            }
        }
    }

    private String firstQuestion(Step s) {
        if (s.kind() != Step.Kind.DIMENSION) {
            return null;
        }
        List<Question> qs = asked.apply(s.dimension());
        return qs.isEmpty() ? null : qs.get(0).id();
    }

    void next() {
        if (canGoNext.get()) {
            current.set(current.get() + 1);
        }
    }

    void back() {
        if (canGoBack.get()) {
            current.set(current.get() - 1);
        }
    }

    void goTo(int index) {
        if (index >= 0 && index < steps.size()) {
            current.set(index);
        }
    }

    /** Opens the page of a question and makes it the current one (the review's links). */
    void goToQuestion(String questionId) {
        questionnaire.dimensionOf(questionId).ifPresent(d -> {
            for (int i = 0; i < steps.size(); i++) {
                if (steps.get(i).dimension() == d) {
                    current.set(i);
                }
            }
            currentQuestion.set(questionId);
        });
    }

    /** Moves to the next (delta 1) or previous (-1) question of the page; past the last one, the next page. */
    void moveQuestion(int delta) {
        Step s = step.get();
        if (s.kind() != Step.Kind.DIMENSION) {
            return;
        }
        List<Question> qs = asked.apply(s.dimension());
        if (qs.isEmpty()) {
            if (delta > 0) {
                next();
            }
            return;
        }
        int i = Math.max(0, qs.indexOf(questionnaire.question(currentQuestion.get()).orElse(qs.get(0))));
        int j = i + delta;
        if (j >= 0 && j < qs.size()) {
            currentQuestion.set(qs.get(j).id());
        } else if (j >= qs.size()) {
            next();
        }
    }

    IntegerProperty current() {
        return current;
    }

    StringProperty currentQuestion() {
        return currentQuestion;
    }

    ObjectBinding<Step> step() {
        return step;
    }

    BooleanBinding canGoBack() {
        return canGoBack;
    }

    BooleanBinding canGoNext() {
        return canGoNext;
    }
}
