package nl.maakscan.ui;

/** Moves between the screens; implemented by the shell. */
public interface Navigator {

    void showStart();

    void openWizard(String assessmentId);

    void openResults(String assessmentId);

    void openCompare(String firstAssessmentId, String secondAssessmentId);

    /** The figures of the whole programme in the database. */
    void openProgramme();
}
