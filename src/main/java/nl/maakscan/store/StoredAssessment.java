package nl.maakscan.store;

import nl.maakscan.model.Assessment;
import nl.maakscan.model.Company;
import nl.maakscan.model.Questionnaire;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An assessment as loaded from the store: its listing data, the company, the answers (the model's
 * {@link Assessment}), the questionnaire it was made with (from the stored snapshot, so it still
 * opens after the questionnaire files change) and when each answer last changed, keyed
 * {@code answer:<question id>}, {@code technology:<id>}, {@code priority:<id>}, {@code target:<id>}.
 */
public record StoredAssessment(AssessmentInfo info, Company company, Assessment assessment,
        Questionnaire questionnaire, Map<String, Instant> changed) {

    public StoredAssessment {
        changed = Collections.unmodifiableMap(new LinkedHashMap<>(changed));
    }
}
