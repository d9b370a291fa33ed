package nl.maakscan.model;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What became of one step of the previous assessment's plan, recorded at a follow-up: the step is known by its
 * technology and support type; its status and an optional note.
 */
public record PlanStepStatus(String technologyId, SupportType supportType, Status status, String note) {

    public enum Status {
        DONE, IN_PROGRESS, NOT_STARTED, DROPPED;

        /** The id used in the database and in bundles, e.g. {@code in-progress}. */
        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public static Optional<Status> fromId(String id) {
            for (Status s : values()) {
                if (s.id().equals(id)) {
                    return Optional.of(s);
                }
            }
            return Optional.empty();
        }
    }

    public PlanStepStatus {
        Objects.requireNonNull(technologyId, "technologyId");
        Objects.requireNonNull(supportType, "supportType");
    }

    /** The step's key: {@code <technology id>/<support type id>}. */
    public String key() {
        return key(technologyId, supportType);
    }

    public static String key(String technologyId, SupportType supportType) {
        return technologyId + "/" + supportType.id();
    }
}
