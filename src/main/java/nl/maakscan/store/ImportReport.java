package nl.maakscan.store;

import java.util.List;

/** What an import did, one line per company and assessment in the file. */
public record ImportReport(String file, List<Entry> entries) {

    public ImportReport {
        entries = List.copyOf(entries);
    }

    /** What happened to one record. */
    public enum Action {
        /** It was not in the database and now is. */
        CREATED,
        /** It was there with older content; the imported, newer one replaced it. */
        UPDATED,
        /** It was there with the same content. */
        UNCHANGED,
        /** It was there with different, newer content; the database kept its own (a conflict). */
        KEPT_LOCAL
    }

    /** {@code kind} is {@code company} or {@code assessment}; {@code name} the company name or the label. */
    public record Entry(String kind, String id, String name, Action action) {
    }
}
