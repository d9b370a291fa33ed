package nl.maakscan.store;

import nl.maakscan.model.PlanStepStatus;
import nl.maakscan.model.SupportType;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * At a follow-up: what became of each step of the previous assessment's plan (status and note), stored with
 * the follow-up assessment and keyed by the step's technology id and support type. Each change is committed at
 * once, like an answer; a final assessment refuses changes.
 */
public final class PlanTracking {

    private static final int MAX_ID = 200;
    private static final int MAX_NOTE = 20_000;

    private final Database db;
    private final DraftChanges drafts;

    public PlanTracking(Store store) {
        this.db = store.database();
        this.drafts = store.drafts();
    }

    /** The recorded steps of an assessment, keyed by {@link PlanStepStatus#key()}, in key order. */
    public Map<String, PlanStepStatus> load(String assessmentId) {
        return db.read(() -> {
            Map<String, PlanStepStatus> steps = new LinkedHashMap<>();
            for (Map.Entry<String, Bundles.Item> e : rows(db, assessmentId).entrySet()) {
                String[] key = e.getKey().split("/", 2);
                SupportType type = SupportType.fromId(key[1]).orElse(null);
                if (type != null) {
                    Object v = e.getValue().value();
                    steps.put(e.getKey(), new PlanStepStatus(key[0], type,
                            v == null ? null : PlanStepStatus.Status.fromId((String) v).orElse(null),
                            e.getValue().note()));
                }
            }
            return steps;
        });
    }

    /**
     * Saves the status and note of one step (either may be null); with both null the step's record is removed.
     */
    public void save(String assessmentId, PlanStepStatus step) {
        String technology = Values.text(step.technologyId(), "technology", MAX_ID);
        String note = Values.text(step.note(), "note", MAX_NOTE);
        String status = step.status() == null ? null : step.status().id();
        drafts.change(assessmentId, q -> true, null, null, now -> {
            if (status == null && note == null) {
                db.update("DELETE FROM plan_step_status WHERE assessment_id = ? AND technology_id = ? "
                        + "AND support_type = ?", assessmentId, technology, step.supportType().id());
            } else {
                db.update("INSERT INTO plan_step_status (assessment_id, technology_id, support_type, status, note, "
                        + "changed_at) VALUES (?,?,?,?,?,?) ON CONFLICT (assessment_id, technology_id, support_type) "
                        + "DO UPDATE SET status = excluded.status, note = excluded.note, "
                        + "changed_at = excluded.changed_at", assessmentId, technology, step.supportType().id(),
                        status, note, now);
            }
        });
    }

    // ---------------------------------------------------------------- rows, shared with bundles

    /** The rows as items keyed {@code <technology>/<support type>}: value the status id (or null), note. */
    static Map<String, Bundles.Item> rows(Database db, String assessmentId) throws SQLException {
        Map<String, Bundles.Item> rows = new LinkedHashMap<>();
        try (ResultSet r = db.query("SELECT technology_id, support_type, status, note, changed_at "
                + "FROM plan_step_status WHERE assessment_id = ? ORDER BY technology_id, support_type", assessmentId)) {
            while (r.next()) {
                rows.put(r.getString(1) + "/" + r.getString(2),
                        new Bundles.Item(r.getString(3), r.getString(4), Times.instant(r.getString(5))));
            }
        }
        return rows;
    }

    static void insert(Database db, String assessmentId, Map<String, Bundles.Item> steps) throws SQLException {
        for (Map.Entry<String, Bundles.Item> e : steps.entrySet()) {
            String[] key = e.getKey().split("/", 2);
            db.update("INSERT INTO plan_step_status (assessment_id, technology_id, support_type, status, note, "
                    + "changed_at) VALUES (?,?,?,?,?,?)", assessmentId, key[0], key[1], e.getValue().value(),
                    e.getValue().note(), Times.format(e.getValue().changed()));
        }
    }
}
