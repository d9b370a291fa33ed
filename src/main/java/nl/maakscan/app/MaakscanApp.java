package nl.maakscan.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import nl.maakscan.content.QuestionnaireLibrary;
import nl.maakscan.ui.start.StartView;
import nl.maakscan.ui.start.StartViewModel;

import java.util.Locale;
import java.util.ResourceBundle;

/** The JavaFX application: the composition root of the window. */
public final class MaakscanApp extends Application {

    static void launchWindow(String[] args) {
        Application.launch(MaakscanApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        String language = Cli.language(null);
        ResourceBundle texts = ResourceBundle.getBundle("nl.maakscan.ui.messages", Locale.forLanguageTag(language));
        QuestionnaireLibrary library = Libraries.load(language);
        StartViewModel model = new StartViewModel(library, language);
        stage.setTitle(texts.getString("app.title"));
        stage.setScene(new Scene(new StartView(model, texts), 1000, 700));
        stage.show();
    }
}
