package nl.maakscan.store;

import nl.maakscan.model.Company;
import nl.maakscan.model.Questionnaire;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Companies and assessments of a bundle as rows of the database: read for export, written on import. */
final class BundleRows {

    private BundleRows() {
    }

    static Bundles.CompanyData readCompany(Store store, String id) throws SQLException {
        Company c = store.findCompany(id).orElseThrow(() -> new StoreException.NotFound("store.noCompany", id));
        try (ResultSet r = store.query("SELECT created_at, updated_at FROM company WHERE id = ?", id)) {
            r.next();
            return new Bundles.CompanyData(c, Store.instant(r.getString(1)), Store.instant(r.getString(2)));
        }
    }

    static Optional<Bundles.AssessmentData> readAssessment(Store store, String id) throws SQLException {
        Bundles.AssessmentData a;
        try (ResultSet r = store.query("SELECT * FROM assessment WHERE id = ?", id)) {
            if (!r.next()) {
                return Optional.empty();
            }
            a = new Bundles.AssessmentData(id, r.getString("company_id"), r.getString("content_hash"), r.getString("label"),
                    r.getString("assessor"), r.getString("date"), r.getString("status"), r.getString("position"),
                    Store.instant(r.getString("created_at")), Store.instant(r.getString("updated_at")),
                    Store.instant(r.getString("finished_at")), new LinkedHashMap<>(), new LinkedHashMap<>(),
                    new LinkedHashMap<>(), new LinkedHashMap<>());
        }
        try (ResultSet r = store.query("SELECT priority_id, weight, changed_at FROM priority_weight "
                + "WHERE assessment_id = ? ORDER BY priority_id", id)) {
            while (r.next()) {
                a.priorities().put(r.getString(1), new Bundles.Item(r.getInt(2), null, Store.instant(r.getString(3))));
            }
        }
        try (ResultSet r = store.query("SELECT dimension_id, level, changed_at FROM dimension_target "
                + "WHERE assessment_id = ? ORDER BY dimension_id", id)) {
            while (r.next()) {
                a.targets().put(r.getString(1), new Bundles.Item(r.getInt(2), null, Store.instant(r.getString(3))));
            }
        }
        try (ResultSet r = store.query("SELECT question_id, kind, level, note, changed_at FROM level_answer "
                + "WHERE assessment_id = ? ORDER BY question_id", id)) {
            while (r.next()) {
                Object value = switch (r.getString(2)) {
                    case "level" -> r.getInt(3);
                    case "n/a" -> AnswersFile.NOT_APPLICABLE;
                    default -> AnswersFile.DONT_KNOW;
                };
                a.answers().put(r.getString(1), new Bundles.Item(value, r.getString(4), Store.instant(r.getString(5))));
            }
        }
        try (ResultSet r = store.query("SELECT technology_id, level, not_relevant, note, changed_at "
                + "FROM adoption_answer WHERE assessment_id = ? ORDER BY technology_id", id)) {
            while (r.next()) {
                int level = r.getInt(2);
                Object value = r.getInt(3) == 1 ? AnswersFile.NOT_APPLICABLE : (Object) level;
                a.technologies().put(r.getString(1), new Bundles.Item(value, r.getString(4), Store.instant(r.getString(5))));
            }
        }
        a.conclusions().putAll(ConclusionsRepository.conclusionRows(store, id));
        a.planSteps().putAll(PlanTracking.rows(store, id));
        Bundles.Method method = ConclusionsRepository.methodRow(store, id);
        return Optional.of(method == null ? a : new Bundles.AssessmentData(a.id(), a.companyId(), a.contentHash(),
                a.label(), a.assessor(), a.date(), a.status(), a.position(), a.created(), a.updated(), a.finished(),
                a.priorities(), a.targets(), a.answers(), a.technologies(), a.conclusions(), method, a.planSteps()));
    }

    static void insertCompany(Store store, Bundles.CompanyData c) throws SQLException {
        try (var p = store.prepare("INSERT INTO company (id, name, kvk, sector, employees, processes, place, contact, "
                + "created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)")) {
            CompanyRows.bind(p, c.company());
            p.setString(9, Store.format(c.created()));
            p.setString(10, Store.format(c.updated()));
            p.executeUpdate();
        }
    }

    static void updateCompany(Store store, Bundles.CompanyData c) throws SQLException {
        try (var p = store.prepare("UPDATE company SET id = ?, name = ?, kvk = ?, sector = ?, employees = ?, "
                + "processes = ?, place = ?, contact = ?, created_at = ?, updated_at = ? WHERE id = ?")) {
            CompanyRows.bind(p, c.company());
            p.setString(9, Store.format(c.created()));
            p.setString(10, Store.format(c.updated()));
            p.setString(11, c.company().id());
            p.executeUpdate();
        }
    }

    static void insertAssessment(Store store, Bundles.AssessmentData a) throws SQLException {
        Questionnaire q = store.cachedQuestionnaire(a.contentHash());
        store.update("INSERT INTO assessment (id, company_id, questionnaire_id, questionnaire_version, content_hash, "
                + "label, assessor, date, status, position, created_at, updated_at, finished_at) "
                + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", a.id(), a.companyId(), q.id(), q.version(), a.contentHash(),
                a.label(), a.assessor(), a.date(), a.status(), a.position(), Store.format(a.created()),
                Store.format(a.updated()), Store.format(a.finished()));
        for (Map.Entry<String, Bundles.Item> e : a.priorities().entrySet()) {
            store.update("INSERT INTO priority_weight (assessment_id, priority_id, weight, changed_at) "
                    + "VALUES (?,?,?,?)", a.id(), e.getKey(), e.getValue().value(),
                    Store.format(e.getValue().changed()));
        }
        for (Map.Entry<String, Bundles.Item> e : a.targets().entrySet()) {
            store.update("INSERT INTO dimension_target (assessment_id, dimension_id, level, changed_at) "
                    + "VALUES (?,?,?,?)", a.id(), e.getKey(), e.getValue().value(),
                    Store.format(e.getValue().changed()));
        }
        for (Map.Entry<String, Bundles.Item> e : a.answers().entrySet()) {
            Object v = e.getValue().value();
            String kind = v instanceof Integer ? "level" : v.equals(AnswersFile.NOT_APPLICABLE) ? "n/a" : "dont-know";
            store.update("INSERT INTO level_answer (assessment_id, question_id, kind, level, note, changed_at) "
                    + "VALUES (?,?,?,?,?,?)", a.id(), e.getKey(), kind, v instanceof Integer ? v : null,
                    e.getValue().note(), Store.format(e.getValue().changed()));
        }
        for (Map.Entry<String, Bundles.Item> e : a.technologies().entrySet()) {
            Object v = e.getValue().value();
            store.update("INSERT INTO adoption_answer (assessment_id, technology_id, level, not_relevant, note, "
                    + "changed_at) VALUES (?,?,?,?,?,?)", a.id(), e.getKey(), v instanceof Integer ? v : null,
                    v instanceof Integer ? 0 : 1, e.getValue().note(), Store.format(e.getValue().changed()));
        }
        ConclusionsRepository.insert(store, a.id(), a.conclusions(), a.method());
        PlanTracking.insert(store, a.id(), a.planSteps());
    }

}
