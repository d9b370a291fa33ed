package nl.maakscan.store;

import nl.maakscan.content.LoadResult;
import nl.maakscan.model.AdoptionAnswer;
import nl.maakscan.model.Assessment;
import nl.maakscan.model.Company;
import nl.maakscan.model.LevelAnswer;
import nl.maakscan.model.Questionnaire;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** {@link Assessments} in the table {@code assessment}, on either engine; also the rows bundles and sync move. */
final class SqlAssessments implements Assessments {

    private final Database db;
    private final SqlCompanies companies;
    private final SqlSnapshots snapshots;
    private final SqlAnswers answers;
    private final DraftChanges drafts;

    SqlAssessments(Database db, SqlCompanies companies, SqlSnapshots snapshots, SqlAnswers answers,
            DraftChanges drafts) {
        this.db = db;
        this.companies = companies;
        this.snapshots = snapshots;
        this.answers = answers;
        this.drafts = drafts;
    }

    @Override
    public AssessmentInfo create(String companyId, LoadResult questionnaire, String label, String assessor) {
        Questionnaire q = questionnaire.valid().orElseThrow(() ->
                new StoreException.InvalidValue("store.invalidQuestionnaire", questionnaire.file()));
        String id = UUID.randomUUID().toString();
        String lbl = Values.text(label, "label", Values.MAX_TEXT);
        String who = Values.text(assessor, "assessor", Values.MAX_TEXT);
        String now = db.nowText();
        return db.write(() -> {
            if (companies.find(companyId).isEmpty()) {
                throw new StoreException.NotFound("store.noCompany", companyId);
            }
            snapshots.store(q, questionnaire.files());
            db.update("INSERT INTO assessment (id, company_id, questionnaire_id, questionnaire_version, content_hash, "
                    + "label, assessor, status, created_at, updated_at) VALUES (?,?,?,?,?,?,?,'draft',?,?)", id,
                    companyId, q.id(), q.version(), q.contentHash(), lbl, who, now, now);
            return infos(null, id).get(0);
        });
    }

    @Override
    public List<AssessmentInfo> list() {
        return db.read(() -> infos(null, null));
    }

    @Override
    public List<AssessmentInfo> list(String companyId) {
        return db.read(() -> infos(companyId, null));
    }

    Optional<AssessmentInfo> info(String assessmentId) {
        return db.read(() -> infos(null, assessmentId).stream().findFirst());
    }

    @Override
    public Optional<AssessmentInfo> before(String assessmentId) {
        return db.read(() -> {
            List<AssessmentInfo> self = infos(null, assessmentId);
            AssessmentInfo before = null;
            if (!self.isEmpty()) {
                for (AssessmentInfo info : infos(self.get(0).companyId(), null)) {
                    if (info.id().equals(assessmentId)) {
                        break;
                    }
                    before = info;
                }
            }
            return Optional.ofNullable(before);
        });
    }

    private List<AssessmentInfo> infos(String companyId, String assessmentId) throws SQLException {
        return companyId != null ? infosWhere("a.company_id = ?", companyId)
                : assessmentId != null ? infosWhere("a.id = ?", assessmentId) : infosWhere(null);
    }

    private List<AssessmentInfo> infosWhere(String where, Object... args) throws SQLException {
        String sql = "SELECT a.*, c.name AS company_name FROM assessment a JOIN company c ON c.id = a.company_id"
                + (where != null ? " WHERE " + where : "")
                + " ORDER BY " + db.dialect().byName("c.name") + ", a.created_at, a.id";
        List<AssessmentInfo> list = new ArrayList<>();
        try (ResultSet r = db.query(sql, args)) {
            while (r.next()) {
                list.add(new AssessmentInfo(r.getString("id"), r.getString("company_id"),
                        r.getString("company_name"), r.getString("questionnaire_id"),
                        r.getString("questionnaire_version"), r.getString("content_hash"), r.getString("label"),
                        r.getString("assessor"), r.getString("date"),
                        AssessmentInfo.Status.of(r.getString("status")), r.getString("position"),
                        Times.instant(r.getString("created_at")), Times.instant(r.getString("updated_at")),
                        Times.instant(r.getString("finished_at"))));
            }
        }
        return list;
    }

    @Override
    public Optional<StoredAssessment> load(String assessmentId) {
        Optional<StoredAssessment> loaded = db.read(() -> {
            List<AssessmentInfo> infos = infos(null, assessmentId);
            if (infos.isEmpty()) {
                return Optional.empty();
            }
            AssessmentInfo info = infos.get(0);
            Company company = companies.find(info.companyId()).orElseThrow();
            return Optional.of(stored(info, company, answers.items(assessmentId)));
        });
        return loaded.map(this::withQuestionnaire);
    }

    /**
     * The assessments with these ids, each as {@link #load(String)} gives it, in one read transaction with a
     * few queries for all of them (see {@link SqlAnswers#items(Collection)}); ids not found are left out.
     */
    Map<String, StoredAssessment> loadAll(Collection<String> assessmentIds) {
        Map<String, StoredAssessment> loaded = db.read(() -> {
            List<AssessmentInfo> infos = new ArrayList<>();
            for (List<String> part : SqlAnswers.parts(List.copyOf(new LinkedHashSet<>(assessmentIds)))) {
                infos.addAll(infosWhere("a.id IN " + SqlAnswers.in(part.size()), part.toArray()));
            }
            Map<String, Company> owners = new HashMap<>();
            for (List<String> part : SqlAnswers.parts(infos.stream().map(AssessmentInfo::companyId).distinct()
                    .toList())) {
                try (ResultSet r = db.query("SELECT * FROM company WHERE id IN " + SqlAnswers.in(part.size()),
                        part.toArray())) {
                    while (r.next()) {
                        Company c = CompanyRows.read(r);
                        owners.put(c.id(), c);
                    }
                }
            }
            Map<String, SqlAnswers.AnswerItems> items = answers.items(infos.stream().map(AssessmentInfo::id)
                    .toList());
            Map<String, StoredAssessment> all = new LinkedHashMap<>();
            for (AssessmentInfo info : infos) {
                all.put(info.id(), stored(info, owners.get(info.companyId()), items.get(info.id())));
            }
            return all;
        });
        Map<String, StoredAssessment> all = new LinkedHashMap<>();
        loaded.forEach((id, s) -> all.put(id, withQuestionnaire(s)));
        return all;
    }

    /** An assessment with its answers and their change times; the questionnaire is added outside the read. */
    private static StoredAssessment stored(AssessmentInfo info, Company company, SqlAnswers.AnswerItems items) {
        Map<String, Instant> changed = new LinkedHashMap<>();
        Map<String, LevelAnswer> levels = new LinkedHashMap<>();
        items.answers().forEach((id, item) -> {
            levels.put(id, SqlAnswers.levelAnswer(item));
            changed.put("answer:" + id, item.changed());
        });
        Map<String, AdoptionAnswer> adoption = new LinkedHashMap<>();
        items.technologies().forEach((id, item) -> {
            adoption.put(id, SqlAnswers.adoptionAnswer(item));
            changed.put("technology:" + id, item.changed());
        });
        Map<String, Integer> priorities = numbers(items.priorities(), "priority:", changed);
        Map<String, Integer> targets = numbers(items.targets(), "target:", changed);
        Assessment assessment = new Assessment(info.id(), info.label(), info.assessor(), info.date(), priorities,
                levels, adoption, targets);
        return new StoredAssessment(info, company, assessment, null, changed);
    }

    private StoredAssessment withQuestionnaire(StoredAssessment l) {
        return new StoredAssessment(l.info(), l.company(), l.assessment(),
                snapshots.questionnaire(l.info().contentHash()), l.changed());
    }

    private static Map<String, Integer> numbers(Map<String, Bundles.Item> items, String prefix,
            Map<String, Instant> changed) {
        Map<String, Integer> values = new LinkedHashMap<>();
        items.forEach((id, item) -> {
            values.put(id, (Integer) item.value());
            changed.put(prefix + id, item.changed());
        });
        return values;
    }

    @Override
    public void saveDetails(String assessmentId, String label, String assessor, String date) {
        String l = Values.text(label, "label", Values.MAX_TEXT);
        String a = Values.text(assessor, "assessor", Values.MAX_TEXT);
        String d = Values.text(date, "date", 10);
        if (d != null) {
            try {
                java.time.LocalDate.parse(d);
            } catch (java.time.format.DateTimeParseException e) {
                throw new StoreException.InvalidValue("store.date", d);
            }
        }
        drafts.change(assessmentId, q -> true, null, null, now -> db.update(
                "UPDATE assessment SET label = ?, assessor = ?, date = ? WHERE id = ?", l, a, d, assessmentId));
    }

    @Override
    public void savePosition(String assessmentId, String position) {
        String p = Values.text(position, "position", Values.MAX_TEXT);
        db.write(() -> {
            if (db.update("UPDATE assessment SET position = ? WHERE id = ?", p, assessmentId) == 0) {
                throw new StoreException.NotFound("store.noAssessment", assessmentId);
            }
            return null;
        });
    }

    @Override
    public void finish(String assessmentId) {
        status(assessmentId, "final");
    }

    @Override
    public void reopen(String assessmentId) {
        status(assessmentId, "draft");
    }

    private void status(String assessmentId, String status) {
        String now = db.nowText();
        db.write(() -> {
            if (db.update("UPDATE assessment SET status = ?, finished_at = ?, updated_at = ? WHERE id = ?", status,
                    status.equals("final") ? now : null, now, assessmentId) == 0) {
                throw new StoreException.NotFound("store.noAssessment", assessmentId);
            }
            return null;
        });
    }

    // ---------------------------------------------------------------- rows, for bundles and sync

    /** The assessment with everything in it and all change times, or empty. */
    Optional<Bundles.AssessmentData> data(String id) {
        return db.read(() -> {
            String companyId;
            String hash;
            String[] texts = new String[5];
            Instant[] times = new Instant[3];
            try (ResultSet r = db.query("SELECT * FROM assessment WHERE id = ?", id)) {
                if (!r.next()) {
                    return Optional.empty();
                }
                companyId = r.getString("company_id");
                hash = r.getString("content_hash");
                String[] columns = {"label", "assessor", "date", "status", "position"};
                for (int i = 0; i < columns.length; i++) {
                    texts[i] = r.getString(columns[i]);
                }
                times[0] = Times.instant(r.getString("created_at"));
                times[1] = Times.instant(r.getString("updated_at"));
                times[2] = Times.instant(r.getString("finished_at"));
            }
            SqlAnswers.AnswerItems a = answers.items(id);
            return Optional.of(new Bundles.AssessmentData(id, companyId, hash, texts[0], texts[1], texts[2], texts[3],
                    texts[4], times[0], times[1], times[2], a.priorities(), a.targets(), a.answers(),
                    a.technologies(), ConclusionsRepository.conclusionRows(db, id),
                    ConclusionsRepository.methodRow(db, id), PlanTracking.rows(db, id)));
        });
    }

    /** Writes an assessment with everything in it as given (its questionnaire must be stored). */
    void insert(Bundles.AssessmentData a) throws SQLException {
        Questionnaire q = snapshots.questionnaire(a.contentHash());
        db.update("INSERT INTO assessment (id, company_id, questionnaire_id, questionnaire_version, content_hash, "
                + "label, assessor, date, status, position, created_at, updated_at, finished_at) "
                + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", a.id(), a.companyId(), q.id(), q.version(), a.contentHash(),
                a.label(), a.assessor(), a.date(), a.status(), a.position(), Times.format(a.created()),
                Times.format(a.updated()), Times.format(a.finished()));
        answers.insert(a.id(), new SqlAnswers.AnswerItems(a.priorities(), a.targets(), a.answers(),
                a.technologies()));
        ConclusionsRepository.insert(db, a.id(), a.conclusions(), a.method());
        PlanTracking.insert(db, a.id(), a.planSteps());
    }

    /** Removes an assessment with everything in it (to write it again as a newer version). */
    void delete(String id) throws SQLException {
        db.update("DELETE FROM assessment WHERE id = ?", id);
    }
}
