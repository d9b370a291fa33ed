package nl.maakscan.ui.start;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/** The start screen: what Maakscan is and which questionnaires are available. */
public final class StartView extends VBox {

    public StartView(StartViewModel model, ResourceBundle texts) {
        setSpacing(12);
        setPadding(new Insets(24));
        Label title = new Label(texts.getString("app.title"));
        title.setId("start-title");
        title.setStyle("-fx-font-size: 22px; -fx-font-weight: bold;");
        Label intro = new Label(texts.getString("start.intro"));
        intro.setWrapText(true);
        Label available = new Label(texts.getString("start.questionnaires"));
        ListView<StartViewModel.Entry> list = new ListView<>(model.questionnaires());
        list.setId("start-questionnaires");
        list.setAccessibleText(texts.getString("start.questionnaires"));
        available.setLabelFor(list);
        list.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(StartViewModel.Entry e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : MessageFormat.format(texts.getString("start.entry"), e.title(),
                        e.version(), e.dimensions(), e.questions(), e.technologies()));
            }
        });
        list.setPrefHeight(120);
        getChildren().addAll(title, intro, available, list);
        if (!model.problems().isEmpty()) {
            Label problemsLabel = new Label(texts.getString("start.problems"));
            ListView<String> problems = new ListView<>(model.problems());
            problems.setId("start-problems");
            problemsLabel.setLabelFor(problems);
            getChildren().addAll(problemsLabel, problems);
        }
    }
}
