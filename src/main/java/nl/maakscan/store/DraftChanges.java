package nl.maakscan.store;

import nl.maakscan.model.Questionnaire;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Predicate;

/**
 * The rule every change to an assessment's content follows, whatever it changes (an answer, a conclusion, the
 * plan tracking): the assessment exists and is a draft, the id changed is one its questionnaire knows, and the
 * assessment is marked updated in the same transaction.
 */
final class DraftChanges {

    interface Change {
        void apply(String now) throws SQLException;
    }

    private final Database db;
    private final SqlSnapshots snapshots;

    DraftChanges(Database db, SqlSnapshots snapshots) {
        this.db = db;
        this.snapshots = snapshots;
    }

    /**
     * Runs one change of a draft assessment (refused when final) in one transaction and marks the assessment
     * updated. With {@code unknownKey} null the change is not about an id of the questionnaire.
     */
    void change(String assessmentId, Predicate<Questionnaire> known, String unknownKey, String id, Change change) {
        String now = db.nowText();
        db.write(() -> {
            String hash = draft(assessmentId);
            if (unknownKey != null && !known.test(snapshots.questionnaire(hash))) {
                throw new StoreException.NotFound(unknownKey, id);
            }
            change.apply(now);
            db.update("UPDATE assessment SET updated_at = ? WHERE id = ?", now, assessmentId);
            return null;
        });
    }

    /** The content hash of a draft assessment; refuses a final or unknown one. */
    String draft(String assessmentId) throws SQLException {
        String[] row = row(assessmentId);
        if (!"draft".equals(row[1])) {
            throw new StoreException.InvalidValue("store.final", assessmentId);
        }
        return row[0];
    }

    /** Content hash and status of an assessment; {@link StoreException.NotFound} when there is none. */
    String[] row(String assessmentId) throws SQLException {
        java.sql.PreparedStatement p = db.statement("SELECT content_hash, status FROM assessment WHERE id = ?");
        p.setString(1, assessmentId);
        try (ResultSet r = p.executeQuery()) {
            if (!r.next()) {
                throw new StoreException.NotFound("store.noAssessment", assessmentId);
            }
            return new String[] {r.getString(1), r.getString(2)};
        }
    }
}
