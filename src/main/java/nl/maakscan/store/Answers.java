package nl.maakscan.store;

import nl.maakscan.model.AdoptionAnswer;
import nl.maakscan.model.LevelAnswer;

/**
 * The answers of an assessment: levels, adoption of technologies, the owner's priorities and the targets.
 * Each change is durable when the call returns; a final assessment refuses changes.
 */
public interface Answers {

    /** Saves (or with {@code null} removes) the answer to a level question. */
    void saveAnswer(String assessmentId, String questionId, LevelAnswer answer);

    /** Saves (or with {@code null} removes) the adoption answer for a technology. */
    void saveAdoption(String assessmentId, String technologyId, AdoptionAnswer answer);

    /** Saves (or with {@code null} removes) the owner's weight 0-5 for a business priority. */
    void savePriority(String assessmentId, String priorityId, Integer weight);

    /** Saves (or with {@code null} removes, back to the default) the target level 0-5 of a dimension. */
    void saveTarget(String assessmentId, String dimensionId, Integer level);

    /**
     * Copies the answers, adoption answers, priorities and targets of an earlier assessment into a draft (for a
     * follow-up such as T1), in one transaction. Values for ids the draft's questionnaire no longer has are left
     * out. Returns how many values were copied.
     */
    int copy(String fromAssessmentId, String toAssessmentId);
}
