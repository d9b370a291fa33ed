package nl.maakscan.report;

import nl.maakscan.advice.Advice;
import nl.maakscan.advice.Scores;
import nl.maakscan.model.Assessment;
import nl.maakscan.model.Company;
import nl.maakscan.model.Conclusions;
import nl.maakscan.model.PlanStepStatus;
import nl.maakscan.advice.Plan;
import nl.maakscan.model.Questionnaire;
import nl.maakscan.programme.PeerComparison;

import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Everything one report is made of.
 *
 * @param questionnaire the questionnaire the assessment was made with
 * @param assessment    the answers
 * @param company       the company assessed
 * @param advice        {@code Advice.of(questionnaire, assessment, company)}
 * @param previous      the company's previous assessment for the progress section, or null
 * @param assessor      who made the report (from the settings); null when unknown
 * @param language      {@code nl} or {@code en}
 * @param bundle        the assessment's bundle JSON ({@code maakscan-bundle/1}) to embed, so that importing the
 *                      PDF restores the assessment; null embeds nothing
 * @param date          the date printed as the report date
 * @param status        the assessment's status: a draft gets a CONCEPT mark on every page, a final assessment a
 *                      signature block; null counts as a draft
 * @param conclusions   the adviser's conclusions and the method; null counts as none
 * @param tracking      at a follow-up, what became of the previous plan's steps; null counts as none recorded
 * @param peers         the assessment against the other companies of its sector and size band (only made when
 *                      there are at least five); null leaves the comparison out
 */
public record ReportInput(Questionnaire questionnaire, Assessment assessment, Company company, Advice advice,
        Previous previous, Assessor assessor, String language, byte[] bundle, LocalDate date,
        Status status, Conclusions conclusions, List<PlanStepStatus> tracking, PeerComparison peers) {

    /** A report without a peer comparison. */
    public ReportInput(Questionnaire questionnaire, Assessment assessment, Company company, Advice advice,
            Previous previous, Assessor assessor, String language, byte[] bundle, LocalDate date,
            Status status, Conclusions conclusions, List<PlanStepStatus> tracking) {
        this(questionnaire, assessment, company, advice, previous, assessor, language, bundle, date, status,
                conclusions, tracking, null);
    }

    /** A report without conclusions or plan tracking. */
    public ReportInput(Questionnaire questionnaire, Assessment assessment, Company company, Advice advice,
            Previous previous, Assessor assessor, String language, byte[] bundle, LocalDate date, Status status) {
        this(questionnaire, assessment, company, advice, previous, assessor, language, bundle, date, status, null,
                null);
    }

    /** A report of an assessment whose status is not known: it is marked as a draft (CONCEPT). */
    public ReportInput(Questionnaire questionnaire, Assessment assessment, Company company, Advice advice,
            Previous previous, Assessor assessor, String language, byte[] bundle, LocalDate date) {
        this(questionnaire, assessment, company, advice, previous, assessor, language, bundle, date, null);
    }

    public ReportInput {
        Objects.requireNonNull(questionnaire, "questionnaire");
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(company, "company");
        Objects.requireNonNull(advice, "advice");
        Objects.requireNonNull(date, "date");
        language = "en".equals(language) ? "en" : "nl";
        assessor = assessor == null ? new Assessor(null, null, null) : assessor;
        status = status == null ? Status.DRAFT : status;
        conclusions = conclusions == null ? Conclusions.none() : conclusions;
        tracking = tracking == null ? List.of() : List.copyOf(tracking);
    }

    /** Whether the assessment can still change, so that the report is a draft (CONCEPT). */
    public boolean draft() {
        return status != Status.FINAL;
    }

    /**
     * A file name for this report, safe on every file system: company and label in plain ASCII, and the start
     * of the assessment id so that two reports never share a name, e.g.
     * {@code voorbeeld-draaierij-de-vonk-sample-t0-5d1e0a2b.pdf}.
     */
    public String suggestedFileName() {
        String name = (company.name() == null ? "" : company.name()) + "-"
                + (assessment.label() == null ? "" : assessment.label());
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("-{2,}", "-").replaceAll("^[-.]+|-$", "");
        if (ascii.length() > 60) {
            ascii = ascii.substring(0, 60);
        }
        String id = assessment.id() == null ? "" : assessment.id();
        String shortId = id.length() > 8 ? id.substring(0, 8) : id;
        String base = ascii.isEmpty() ? "maakscan" : ascii.toLowerCase(Locale.ROOT);
        return (shortId.isEmpty() ? base : base + "-" + shortId) + ".pdf";
    }

    /** Whether the assessment can still change (a draft) or is closed (final). */
    public enum Status {
        DRAFT, FINAL
    }

    /**
     * An earlier assessment of the same company: its label and date and its scores (computed with the
     * questionnaire it was made with; dimensions are matched by id), and, when known, its answers and its plan
     * (for the per-question changes and the previous plan's steps; null leaves those parts out).
     */
    public record Previous(String label, String date, Scores scores, Assessment assessment, Plan plan) {
        public Previous {
            Objects.requireNonNull(scores, "scores");
        }

        public Previous(String label, String date, Scores scores) {
            this(label, date, scores, null, null);
        }
    }

    /**
     * The person or organisation that made the report; every part may be null. A logo that cannot be read
     * is left out.
     */
    public record Assessor(String name, String organisation, Path logo) {
    }
}
