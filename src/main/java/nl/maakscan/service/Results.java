package nl.maakscan.service;

import nl.maakscan.advice.Advice;
import nl.maakscan.advice.PlanRates;
import nl.maakscan.store.Store;
import nl.maakscan.store.StoredAssessment;

import java.util.Optional;

/**
 * The results of an assessment as the results screen and the report both show them: the assessment, its advice
 * (the plan priced at the given rates) and the company's previous assessment (the one created just before it)
 * with its advice at the programme's own rates, read from one consistent snapshot.
 *
 * @param previous the previous assessment, or null for a first one
 * @param previousAdvice its advice, or null
 */
public record Results(StoredAssessment assessment, Advice advice, StoredAssessment previous, Advice previousAdvice) {

    /** The results of a stored assessment, or empty when there is no assessment with that id. */
    public static Optional<Results> of(Store store, String assessmentId, PlanRates rates) {
        return store.reading(() -> store.assessments().load(assessmentId).map(s -> {
            Advice advice = Advice.of(s.questionnaire(), s.assessment(), s.company(), rates);
            StoredAssessment p = store.assessments().before(assessmentId)
                    .flatMap(before -> store.assessments().load(before.id())).orElse(null);
            return new Results(s, advice, p, p == null ? null : Advice.of(p.questionnaire(), p.assessment(),
                    p.company()));
        }));
    }

    public Optional<StoredAssessment> previousAssessment() {
        return Optional.ofNullable(previous);
    }
}
