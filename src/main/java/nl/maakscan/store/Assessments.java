package nl.maakscan.store;

import nl.maakscan.content.LoadResult;

import java.util.List;
import java.util.Optional;

/** The assessments of a database and their details. Every method may throw a {@link StoreException}. */
public interface Assessments {

    /**
     * Starts a draft assessment of a company with a (valid) questionnaire. The questionnaire's files are kept by
     * their content hash, so the assessment still opens after the files change.
     */
    AssessmentInfo create(String companyId, LoadResult questionnaire, String label, String assessor);

    /** All assessments, by company name and creation time. */
    List<AssessmentInfo> list();

    /** The assessments of one company, oldest first. */
    List<AssessmentInfo> list(String companyId);

    /** The assessment of the same company created just before this one (for progress since then). */
    Optional<AssessmentInfo> before(String assessmentId);

    /** An assessment with its company, answers and questionnaire, as it was last saved. */
    Optional<StoredAssessment> load(String assessmentId);

    /** Changes label, assessor and date (yyyy-mm-dd) of an assessment. */
    void saveDetails(String assessmentId, String label, String assessor, String date);

    /** Remembers where the wizard is (any short text), so that reopening resumes there. */
    void savePosition(String assessmentId, String position);

    /** Marks an assessment final: it no longer changes until {@link #reopen(String)}. */
    void finish(String assessmentId);

    void reopen(String assessmentId);
}
