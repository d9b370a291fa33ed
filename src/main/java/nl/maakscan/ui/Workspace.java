package nl.maakscan.ui;

import nl.maakscan.content.QuestionnaireLibrary;
import nl.maakscan.store.Store;

/**
 * What the screens work with once the program has started: the open store, the questionnaires,
 * background work, dialogs, the remembered settings and the report writer. Built once by the
 * composition root ({@code MaakscanApp}) and handed to each view model's constructor.
 */
public record Workspace(Store store, QuestionnaireLibrary library, Tasks tasks, Dialogs dialogs,
        Settings.Store settings, Reports reports) {

    /** Writes the PDF report of an assessment (the report package, wired in by the app). */
    public interface Reports {
        /** Writes the report to {@code out}; {@code progress} gets values from 0 to 1. */
        void write(String assessmentId, String language, java.nio.file.Path out,
                java.util.function.DoubleConsumer progress);
    }
}
