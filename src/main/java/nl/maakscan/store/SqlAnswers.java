package nl.maakscan.store;

import nl.maakscan.model.AdoptionAnswer;
import nl.maakscan.model.LevelAnswer;
import nl.maakscan.model.Questionnaire;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * {@link Answers} in the tables {@code level_answer}, {@code adoption_answer}, {@code priority_weight} and
 * {@code dimension_target}, on either engine; also the rows bundles and sync move, read and written here once.
 */
final class SqlAnswers implements Answers {

    /** All answers of an assessment as items (value, note, changed), keyed by the questionnaire's ids. */
    record AnswerItems(Map<String, Bundles.Item> priorities, Map<String, Bundles.Item> targets,
            Map<String, Bundles.Item> answers, Map<String, Bundles.Item> technologies) {
        static AnswerItems empty() {
            return new AnswerItems(new LinkedHashMap<>(), new LinkedHashMap<>(), new LinkedHashMap<>(),
                    new LinkedHashMap<>());
        }
    }

    private static final List<String> LEVEL_KEY = List.of("assessment_id", "question_id");
    private static final List<String> LEVEL_VALUES = List.of("kind", "level", "note", "changed_at");
    private static final List<String> ADOPTION_KEY = List.of("assessment_id", "technology_id");
    private static final List<String> ADOPTION_VALUES = List.of("level", "not_relevant", "note", "changed_at");

    private final Database db;
    private final DraftChanges drafts;
    private final SqlSnapshots snapshots;

    SqlAnswers(Database db, DraftChanges drafts, SqlSnapshots snapshots) {
        this.db = db;
        this.drafts = drafts;
        this.snapshots = snapshots;
    }

    @Override
    public void saveAnswer(String assessmentId, String questionId, LevelAnswer answer) {
        String note = answer == null ? null : Values.text(answer.note(), "note", Values.MAX_NOTE);
        drafts.change(assessmentId, q -> q.question(questionId).isPresent(), "store.unknownQuestion", questionId,
                now -> level(assessmentId, questionId, answer == null ? null : AnswerKinds.value(answer), note, now));
    }

    @Override
    public void saveAdoption(String assessmentId, String technologyId, AdoptionAnswer answer) {
        String note = answer == null ? null : Values.text(answer.note(), "note", Values.MAX_NOTE);
        drafts.change(assessmentId, q -> q.technology(technologyId).isPresent(), "store.unknownTechnology",
                technologyId, now -> adoption(assessmentId, technologyId, answer == null ? null
                        : answer.notRelevant() ? AnswersFile.NOT_APPLICABLE : (Object) answer.level(), note, now));
    }

    @Override
    public void savePriority(String assessmentId, String priorityId, Integer weight) {
        Values.range(weight, "priority");
        drafts.change(assessmentId, q -> q.priority(priorityId).isPresent(), "store.unknownPriority", priorityId,
                now -> number("priority_weight", "priority_id", "weight", assessmentId, priorityId, weight, now));
    }

    @Override
    public void saveTarget(String assessmentId, String dimensionId, Integer level) {
        Values.range(level, "target");
        drafts.change(assessmentId, q -> q.dimension(dimensionId).isPresent(), "store.unknownDimension", dimensionId,
                now -> number("dimension_target", "dimension_id", "level", assessmentId, dimensionId, level, now));
    }

    @Override
    public int copy(String fromAssessmentId, String toAssessmentId) {
        String now = db.nowText();
        return db.write(() -> {
            drafts.row(fromAssessmentId);
            AnswerItems from = items(fromAssessmentId);
            Questionnaire q = snapshots.questionnaire(drafts.draft(toAssessmentId));
            int copied = 0;
            copied += copy(from.answers(), id -> q.question(id).isPresent(),
                    (id, item) -> level(toAssessmentId, id, item.value(), item.note(), now));
            copied += copy(from.technologies(), id -> q.technology(id).isPresent(),
                    (id, item) -> adoption(toAssessmentId, id, item.value(), item.note(), now));
            copied += copy(from.priorities(), id -> q.priority(id).isPresent(), (id, item) -> number(
                    "priority_weight", "priority_id", "weight", toAssessmentId, id, (Integer) item.value(), now));
            copied += copy(from.targets(), id -> q.dimension(id).isPresent(), (id, item) -> number(
                    "dimension_target", "dimension_id", "level", toAssessmentId, id, (Integer) item.value(), now));
            db.update("UPDATE assessment SET updated_at = ? WHERE id = ?", now, toAssessmentId);
            return copied;
        });
    }

    private interface ItemWrite {
        void write(String id, Bundles.Item item) throws SQLException;
    }

    private static int copy(Map<String, Bundles.Item> items, Predicate<String> known, ItemWrite write)
            throws SQLException {
        int copied = 0;
        for (Map.Entry<String, Bundles.Item> e : items.entrySet()) {
            if (known.test(e.getKey())) {
                write.write(e.getKey(), e.getValue());
                copied++;
            }
        }
        return copied;
    }

    // ---------------------------------------------------------------- the rows, written once

    /** Writes (or with a null value removes) a level answer; value as in a file (a level, "n/a", "?"). */
    private void level(String assessmentId, String questionId, Object value, String note, String now)
            throws SQLException {
        if (value == null) {
            db.update("DELETE FROM level_answer WHERE assessment_id = ? AND question_id = ?", assessmentId,
                    questionId);
        } else {
            db.update(db.dialect().upsert("level_answer", LEVEL_KEY, LEVEL_VALUES), assessmentId, questionId,
                    AnswerKinds.column(value), value instanceof Integer ? value : null, note, now);
        }
    }

    /** Writes (or with a null value removes) an adoption answer; value a level or "n/a" (not relevant). */
    private void adoption(String assessmentId, String technologyId, Object value, String note, String now)
            throws SQLException {
        if (value == null) {
            db.update("DELETE FROM adoption_answer WHERE assessment_id = ? AND technology_id = ?", assessmentId,
                    technologyId);
        } else {
            db.update(db.dialect().upsert("adoption_answer", ADOPTION_KEY, ADOPTION_VALUES), assessmentId,
                    technologyId, value instanceof Integer ? value : null, value instanceof Integer ? 0 : 1, note,
                    now);
        }
    }

    private void number(String table, String idColumn, String valueColumn, String assessmentId, String id,
            Integer value, String now) throws SQLException {
        if (value == null) {
            db.update("DELETE FROM " + table + " WHERE assessment_id = ? AND " + idColumn + " = ?", assessmentId, id);
        } else {
            db.update(db.dialect().upsert(table, List.of("assessment_id", idColumn), List.of(valueColumn,
                    "changed_at")), assessmentId, id, value, now);
        }
    }

    /** All answers of an assessment, in id order. */
    AnswerItems items(String assessmentId) throws SQLException {
        AnswerItems a = AnswerItems.empty();
        numbers("priority_weight", "priority_id", "weight", assessmentId, a.priorities());
        numbers("dimension_target", "dimension_id", "level", assessmentId, a.targets());
        try (ResultSet r = db.query("SELECT question_id, kind, level, note, changed_at FROM level_answer "
                + "WHERE assessment_id = ? ORDER BY question_id", assessmentId)) {
            while (r.next()) {
                a.answers().put(r.getString(1), new Bundles.Item(AnswerKinds.value(r.getString(2), r.getInt(3)),
                        r.getString(4), Times.instant(r.getString(5))));
            }
        }
        try (ResultSet r = db.query("SELECT technology_id, level, not_relevant, note, changed_at "
                + "FROM adoption_answer WHERE assessment_id = ? ORDER BY technology_id", assessmentId)) {
            while (r.next()) {
                int level = r.getInt(2);
                Object value = r.getInt(3) == 1 ? AnswersFile.NOT_APPLICABLE : (Object) level;
                a.technologies().put(r.getString(1), new Bundles.Item(value, r.getString(4),
                        Times.instant(r.getString(5))));
            }
        }
        return a;
    }

    private void numbers(String table, String idColumn, String valueColumn, String assessmentId,
            Map<String, Bundles.Item> into) throws SQLException {
        try (ResultSet r = db.query("SELECT " + idColumn + ", " + valueColumn + ", changed_at FROM " + table
                + " WHERE assessment_id = ? ORDER BY " + idColumn, assessmentId)) {
            while (r.next()) {
                into.put(r.getString(1), new Bundles.Item(r.getInt(2), null, Times.instant(r.getString(3))));
            }
        }
    }

    /**
     * All answers of many assessments at once, each as {@link #items(String)} gives it: one query per table for
     * every {@value #IN_LIST} assessments (the programme overview reads thousands; one by one that was four
     * queries each). Assessments without answers get empty items.
     */
    Map<String, AnswerItems> items(Collection<String> assessmentIds) throws SQLException {
        Map<String, AnswerItems> all = new HashMap<>();
        for (String id : assessmentIds) {
            all.put(id, AnswerItems.empty());
        }
        for (List<String> part : parts(List.copyOf(all.keySet()))) {
            String in = in(part.size());
            Object[] args = part.toArray();
            numbers("priority_weight", "priority_id", "weight", in, args, all, AnswerItems::priorities);
            numbers("dimension_target", "dimension_id", "level", in, args, all, AnswerItems::targets);
            try (ResultSet r = db.query("SELECT assessment_id, question_id, kind, level, note, changed_at "
                    + "FROM level_answer WHERE assessment_id IN " + in + " ORDER BY assessment_id, question_id",
                    args)) {
                while (r.next()) {
                    all.get(r.getString(1)).answers().put(r.getString(2), new Bundles.Item(
                            AnswerKinds.value(r.getString(3), r.getInt(4)), r.getString(5),
                            Times.instant(r.getString(6))));
                }
            }
            try (ResultSet r = db.query("SELECT assessment_id, technology_id, level, not_relevant, note, changed_at "
                    + "FROM adoption_answer WHERE assessment_id IN " + in + " ORDER BY assessment_id, technology_id",
                    args)) {
                while (r.next()) {
                    int level = r.getInt(3);
                    Object value = r.getInt(4) == 1 ? AnswersFile.NOT_APPLICABLE : (Object) level;
                    all.get(r.getString(1)).technologies().put(r.getString(2), new Bundles.Item(value,
                            r.getString(5), Times.instant(r.getString(6))));
                }
            }
        }
        return all;
    }

    /** How many ids one {@code IN (...)} list holds: far below both engines' limits on parameters. */
    static final int IN_LIST = 500;

    /** The ids in parts of at most {@link #IN_LIST}. */
    static List<List<String>> parts(List<String> ids) {
        List<List<String>> parts = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += IN_LIST) {
            parts.add(ids.subList(from, Math.min(ids.size(), from + IN_LIST)));
        }
        return parts;
    }

    /** {@code (?,?,...)} with {@code n} marks. */
    static String in(int n) {
        return "(" + String.join(",", Collections.nCopies(n, "?")) + ")";
    }

    private void numbers(String table, String idColumn, String valueColumn, String in, Object[] args,
            Map<String, AnswerItems> all, Function<AnswerItems, Map<String, Bundles.Item>> into)
            throws SQLException {
        try (ResultSet r = db.query("SELECT assessment_id, " + idColumn + ", " + valueColumn + ", changed_at FROM "
                + table + " WHERE assessment_id IN " + in + " ORDER BY assessment_id, " + idColumn, args)) {
            while (r.next()) {
                into.apply(all.get(r.getString(1))).put(r.getString(2), new Bundles.Item(r.getInt(3), null,
                        Times.instant(r.getString(4))));
            }
        }
    }

    /**
     * Writes all answers of an assessment as given, with their own change times: one batch per table (a sync
     * or an import writes whole assessments; on a server, a statement per answer was a round trip each).
     */
    void insert(String assessmentId, AnswerItems a) throws SQLException {
        batch(db.dialect().upsert("priority_weight", List.of("assessment_id", "priority_id"), List.of("weight",
                "changed_at")), a.priorities(), (id, item) -> new Object[] {assessmentId, id, item.value(),
                        Times.format(item.changed())});
        batch(db.dialect().upsert("dimension_target", List.of("assessment_id", "dimension_id"), List.of("level",
                "changed_at")), a.targets(), (id, item) -> new Object[] {assessmentId, id, item.value(),
                        Times.format(item.changed())});
        batch(db.dialect().upsert("level_answer", LEVEL_KEY, LEVEL_VALUES), a.answers(), (id, item) -> new Object[] {
            assessmentId, id, AnswerKinds.column(item.value()), item.value() instanceof Integer ? item.value() : null,
            item.note(), Times.format(item.changed())});
        batch(db.dialect().upsert("adoption_answer", ADOPTION_KEY, ADOPTION_VALUES), a.technologies(),
                (id, item) -> new Object[] {assessmentId, id, item.value() instanceof Integer ? item.value() : null,
                    item.value() instanceof Integer ? 0 : 1, item.note(), Times.format(item.changed())});
    }

    private interface Row {
        Object[] of(String id, Bundles.Item item);
    }

    /** Writes the items with a value as one batch of {@code sql} (the rows given by {@code row}). */
    private void batch(String sql, Map<String, Bundles.Item> items, Row row) throws SQLException {
        if (items.values().stream().noneMatch(i -> i.value() != null)) {
            return;
        }
        var p = db.statement(sql);
        for (Map.Entry<String, Bundles.Item> e : items.entrySet()) {
            if (e.getValue().value() != null) {
                Database.bind(p, row.of(e.getKey(), e.getValue()));
                p.addBatch();
            }
        }
        p.executeBatch();
    }

    /** An item of {@link AnswerItems#answers()} as the model's answer. */
    static LevelAnswer levelAnswer(Bundles.Item item) {
        Object v = item.value();
        LevelAnswer a = v instanceof Integer level ? LevelAnswer.level(level)
                : AnswersFile.NOT_APPLICABLE.equals(v) ? LevelAnswer.notApplicable() : LevelAnswer.dontKnow();
        return a.withNote(item.note());
    }

    /** An item of {@link AnswerItems#technologies()} as the model's adoption answer. */
    static AdoptionAnswer adoptionAnswer(Bundles.Item item) {
        Object v = item.value();
        return v instanceof Integer level ? new AdoptionAnswer(level, false, item.note())
                : new AdoptionAnswer(null, true, item.note());
    }
}
