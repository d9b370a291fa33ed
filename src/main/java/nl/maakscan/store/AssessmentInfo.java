package nl.maakscan.store;

import java.time.Instant;

/**
 * One stored assessment as listed: who, with which questionnaire (id, version and the hash of its
 * files), its label, status and times, and where the wizard was ({@code position}, free text).
 */
public record AssessmentInfo(
        String id,
        String companyId,
        String companyName,
        String questionnaireId,
        String questionnaireVersion,
        String contentHash,
        String label,
        String assessor,
        String date,
        Status status,
        String position,
        Instant created,
        Instant updated,
        Instant finished) {

    /** A draft can still change; a final assessment is closed until it is reopened. */
    public enum Status {
        DRAFT, FINAL;

        String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        static Status of(String id) {
            return valueOf(id.toUpperCase(java.util.Locale.ROOT));
        }
    }
}
