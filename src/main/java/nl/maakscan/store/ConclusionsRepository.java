package nl.maakscan.store;

import nl.maakscan.model.Conclusions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The adviser's conclusions of an assessment (overall and per topic) and its method (self-assessment or
 * interview, and who took part). Each change is committed at once, like an answer; a final assessment refuses
 * changes. Empty texts are removed.
 */
public final class ConclusionsRepository {

    static final String OVERALL = "";
    private static final int MAX_TEXT = 20_000;
    private static final int MAX_PARTICIPANTS = 500;

    private final Database db;
    private final DraftChanges drafts;

    public ConclusionsRepository(Store store) {
        this.db = store.database();
        this.drafts = store.drafts();
    }

    /** The conclusions and method of an assessment; {@link Conclusions#none()} when nothing is stored. */
    public Conclusions load(String assessmentId) {
        return db.read(() -> read(db, assessmentId));
    }

    /** Saves (or with null or blank removes) the overall conclusion. */
    public void saveOverall(String assessmentId, String text) {
        String t = Values.text(text, "conclusion", MAX_TEXT);
        drafts.change(assessmentId, q -> true, null, null, now -> upsert(assessmentId, OVERALL, t, now));
    }

    /** Saves (or with null or blank removes) the conclusion on one topic of the assessment's questionnaire. */
    public void saveDimension(String assessmentId, String dimensionId, String text) {
        String t = Values.text(text, "conclusion", MAX_TEXT);
        drafts.change(assessmentId, q -> q.dimension(dimensionId).isPresent(), "store.unknownDimension", dimensionId,
                now -> upsert(assessmentId, dimensionId, t, now));
    }

    /** Saves the method (null: not stated) and who took part (null or blank: not stated). */
    public void saveMethod(String assessmentId, Conclusions.Method method, String participants) {
        String p = Values.text(participants, "participants", MAX_PARTICIPANTS);
        drafts.change(assessmentId, q -> true, null, null, now -> {
            if (method == null && p == null) {
                db.update("DELETE FROM assessment_method WHERE assessment_id = ?", assessmentId);
            } else {
                db.update("INSERT INTO assessment_method (assessment_id, method, participants, changed_at) "
                        + "VALUES (?,?,?,?) ON CONFLICT (assessment_id) DO UPDATE SET method = excluded.method, "
                        + "participants = excluded.participants, changed_at = excluded.changed_at", assessmentId,
                        method == null ? null : method.id(), p, now);
            }
        });
    }

    private void upsert(String assessmentId, String topic, String text, String now) throws SQLException {
        if (text == null) {
            db.update("DELETE FROM conclusion WHERE assessment_id = ? AND topic = ?", assessmentId, topic);
        } else {
            db.update("INSERT INTO conclusion (assessment_id, topic, text, changed_at) VALUES (?,?,?,?) "
                    + "ON CONFLICT (assessment_id, topic) DO UPDATE SET text = excluded.text, "
                    + "changed_at = excluded.changed_at", assessmentId, topic, text, now);
        }
    }

    // ---------------------------------------------------------------- rows, shared with bundles

    static Conclusions read(Database db, String assessmentId) throws SQLException {
        String overall = null;
        Map<String, String> byDimension = new LinkedHashMap<>();
        for (Map.Entry<String, Bundles.Item> e : conclusionRows(db, assessmentId).entrySet()) {
            if (e.getKey().equals(OVERALL)) {
                overall = (String) e.getValue().value();
            } else {
                byDimension.put(e.getKey(), (String) e.getValue().value());
            }
        }
        Bundles.Method m = methodRow(db, assessmentId);
        return new Conclusions(overall, byDimension,
                m == null || m.method() == null ? null : Conclusions.Method.fromId(m.method()).orElse(null),
                m == null ? null : m.participants());
    }

    /** The conclusions as items keyed by topic ('' overall), in topic order. */
    static Map<String, Bundles.Item> conclusionRows(Database db, String assessmentId) throws SQLException {
        Map<String, Bundles.Item> rows = new LinkedHashMap<>();
        try (ResultSet r = db.query("SELECT topic, text, changed_at FROM conclusion WHERE assessment_id = ? "
                + "ORDER BY topic", assessmentId)) {
            while (r.next()) {
                rows.put(r.getString(1), new Bundles.Item(r.getString(2), null, Times.instant(r.getString(3))));
            }
        }
        return rows;
    }

    static Bundles.Method methodRow(Database db, String assessmentId) throws SQLException {
        try (ResultSet r = db.query("SELECT method, participants, changed_at FROM assessment_method "
                + "WHERE assessment_id = ?", assessmentId)) {
            return r.next() ? new Bundles.Method(r.getString(1), r.getString(2), Times.instant(r.getString(3))) : null;
        }
    }

    static void insert(Database db, String assessmentId, Map<String, Bundles.Item> conclusions, Bundles.Method method)
            throws SQLException {
        for (Map.Entry<String, Bundles.Item> e : conclusions.entrySet()) {
            db.update("INSERT INTO conclusion (assessment_id, topic, text, changed_at) VALUES (?,?,?,?)",
                    assessmentId, e.getKey(), e.getValue().value(), Times.format(e.getValue().changed()));
        }
        if (method != null) {
            db.update("INSERT INTO assessment_method (assessment_id, method, participants, changed_at) "
                    + "VALUES (?,?,?,?)", assessmentId, method.method(), method.participants(),
                    Times.format(method.changed()));
        }
    }

}
