package nl.maakscan.ui.start;

import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.collections.FXCollections;
import nl.maakscan.content.Problem;
import nl.maakscan.content.QuestionnaireLibrary;
import nl.maakscan.model.Questionnaire;

/** State of the start screen: the questionnaires that loaded and the problems of those that did not. */
public final class StartViewModel {

    /** One available questionnaire, as the start screen lists it. */
    public record Entry(String title, String version, int dimensions, int questions, int technologies) {
    }

    private final ReadOnlyListWrapper<Entry> questionnaires = new ReadOnlyListWrapper<>(
            FXCollections.observableArrayList());
    private final ReadOnlyListWrapper<String> problems = new ReadOnlyListWrapper<>(FXCollections.observableArrayList());

    public StartViewModel(QuestionnaireLibrary library, String language) {
        for (Questionnaire q : library.questionnaires()) {
            questionnaires.add(new Entry(q.title().get(language), q.version(), q.dimensions().size(),
                    q.questions().size(), q.technologies().size()));
        }
        for (Problem p : library.problems()) {
            problems.add(p.toString());
        }
    }

    public ReadOnlyListProperty<Entry> questionnaires() {
        return questionnaires.getReadOnlyProperty();
    }

    public ReadOnlyListProperty<String> problems() {
        return problems.getReadOnlyProperty();
    }
}
