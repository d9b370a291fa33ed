package nl.maakscan.report;

/** Told how far report generation is: {@code done} of {@code total} steps (called on the generating thread). */
@FunctionalInterface
public interface Progress {

    /** Ignores progress. */
    Progress NONE = (done, total) -> { };

    void step(int done, int total);
}
