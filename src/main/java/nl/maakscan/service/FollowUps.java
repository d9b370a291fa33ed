package nl.maakscan.service;

import nl.maakscan.content.LoadResult;
import nl.maakscan.store.AssessmentInfo;
import nl.maakscan.store.Store;

import java.util.List;

/** Starting an assessment of a company, a first one or a follow-up (T1, T2, ...) that begins from the last one. */
public final class FollowUps {

    private final Store store;

    public FollowUps(Store store) {
        this.store = store;
    }

    /**
     * Starts a draft assessment of the company with the questionnaire; with {@code fromPrevious} (and an earlier
     * assessment) its answers, priorities and targets start as those of the company's latest assessment. One
     * transaction: a failure leaves no empty assessment behind.
     */
    public AssessmentInfo start(String companyId, LoadResult questionnaire, String label, String assessor,
            boolean fromPrevious) {
        return store.transaction(() -> {
            List<AssessmentInfo> earlier = store.assessments().list(companyId);
            AssessmentInfo created = store.assessments().create(companyId, questionnaire, label, assessor);
            if (fromPrevious && !earlier.isEmpty()) {
                store.answers().copy(earlier.get(earlier.size() - 1).id(), created.id());
            }
            return created;
        });
    }
}
