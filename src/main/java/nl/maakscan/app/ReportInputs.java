package nl.maakscan.app;

import nl.maakscan.advice.Advice;
import nl.maakscan.advice.PlanRates;
import nl.maakscan.programme.PeerBenchmark;
import nl.maakscan.report.ReportInput;
import nl.maakscan.service.Results;
import nl.maakscan.store.AssessmentInfo;
import nl.maakscan.store.Bundles;
import nl.maakscan.store.Store;
import nl.maakscan.store.StoreProgrammeSource;
import nl.maakscan.store.StoredAssessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Gathers what a report needs from the store: the assessment with its questionnaire and company, the advice,
 * the company's previous assessment (the one created just before it) and the bundle JSON to embed. The
 * command line uses it, and the window can be handed {@link #of} by the composition root.
 */
public final class ReportInputs {

    private ReportInputs() {
    }

    /** The report input for a stored assessment, or empty when there is no assessment with that id. */
    public static Optional<ReportInput> of(Store store, String assessmentId, String language,
            ReportInput.Assessor assessor, LocalDate date) {
        return of(store, assessmentId, language, assessor, date, PlanRates.POLICY);
    }

    /** As above, with the plan priced at the user's day rate and programme budget. */
    public static Optional<ReportInput> of(Store store, String assessmentId, String language,
            ReportInput.Assessor assessor, LocalDate date, PlanRates rates) {
        return of(store, assessmentId, language, assessor, date, rates,
                new PeerBenchmark(new StoreProgrammeSource(store)));
    }

    /**
     * As above, comparing the assessment with its peers through {@code peers} (one benchmark for a batch of
     * reports reads the companies once).
     */
    public static Optional<ReportInput> of(Store store, String assessmentId, String language,
            ReportInput.Assessor assessor, LocalDate date, PlanRates rates, PeerBenchmark peers) {
        Optional<Results> loaded = Results.of(store, assessmentId, rates);
        if (loaded.isEmpty()) {
            return Optional.empty();
        }
        StoredAssessment s = loaded.get().assessment();
        byte[] bundle = Bundles.export(store, Bundles.Selection.assessment(assessmentId), Instant.now());
        return Optional.of(new ReportInput(s.questionnaire(), s.assessment(), s.company(), loaded.get().advice(),
                previous(loaded.get()).orElse(null), assessor, language, bundle, date,
                s.info().status() == AssessmentInfo.Status.FINAL ? ReportInput.Status.FINAL : ReportInput.Status.DRAFT,
                store.conclusions().load(assessmentId),
                List.copyOf(store.planTracking().load(assessmentId).values()),
                peers.compare(assessmentId).orElse(null)));
    }

    /** The assessment of the same company created just before this one, with its scores. */
    static Optional<ReportInput.Previous> previous(Results results) {
        return results.previousAssessment().map(p -> {
            Advice advice = results.previousAdvice();
            return new ReportInput.Previous(p.info().label(), p.info().date(), advice.scores(), p.assessment(),
                    advice.plan());
        });
    }
}
