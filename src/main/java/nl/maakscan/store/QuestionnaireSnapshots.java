package nl.maakscan.store;

import nl.maakscan.model.Questionnaire;

/**
 * The questionnaire files each assessment was made with, kept by their content hash, so that an assessment
 * still opens after the files change or leave the program.
 */
public interface QuestionnaireSnapshots {

    /** The questionnaire stored under this content hash (loaded from its snapshot). */
    Questionnaire questionnaire(String contentHash);
}
