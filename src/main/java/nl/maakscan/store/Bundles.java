package nl.maakscan.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.maakscan.content.LoadResult;
import nl.maakscan.content.QuestionnaireLibrary;
import nl.maakscan.model.Company;
import nl.maakscan.model.Questionnaire;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Moving data between databases: bundles ({@code maakscan-bundle/1}, JSON: companies with their
 * assessments, answers, notes and the questionnaire files they were made with) and answers files
 * ({@code maakscan-answers/1}). Every file is imported in one transaction: all of it, or nothing.
 * Records are matched by UUID, so importing the same bundle twice changes nothing; when the same
 * UUID has different content, the one with the newest {@code updated} time wins and the report says so.
 */
public final class Bundles {

    public static final String FORMAT = "maakscan-bundle/1";

    private static final ObjectMapper JSON = AnswersFile.JSON;

    private Bundles() {
    }

    /** What to export: one assessment, one company with all its assessments, or everything. */
    public record Selection(String assessmentId, String companyId) {
        public static Selection all() {
            return new Selection(null, null);
        }

        public static Selection assessment(String id) {
            return new Selection(id, null);
        }

        public static Selection company(String id) {
            return new Selection(null, id);
        }
    }

    /** One answer, weight or target: {@code value} is an Integer or a String ("n/a", "?"). */
    record Item(Object value, String note, Instant changed) {
    }

    record AssessmentData(String id, String companyId, String contentHash, String label, String assessor,
            String date, String status, String position, Instant created, Instant updated, Instant finished,
            Map<String, Item> priorities, Map<String, Item> targets, Map<String, Item> answers,
            Map<String, Item> technologies, Map<String, Item> conclusions, Method method,
            Map<String, Item> planSteps) {

        /** An assessment without conclusions, method or plan tracking (as bundles before these existed). */
        AssessmentData(String id, String companyId, String contentHash, String label, String assessor,
                String date, String status, String position, Instant created, Instant updated, Instant finished,
                Map<String, Item> priorities, Map<String, Item> targets, Map<String, Item> answers,
                Map<String, Item> technologies) {
            this(id, companyId, contentHash, label, assessor, date, status, position, created, updated, finished,
                    priorities, targets, answers, technologies, new LinkedHashMap<>(), null, new LinkedHashMap<>());
        }
    }

    /** How an assessment was made: {@code self} or {@code interview} (or null), and who took part. */
    record Method(String method, String participants, Instant changed) {
    }

    record CompanyData(Company company, Instant created, Instant updated) {
    }

    /** The selected companies and assessments as a bundle (UTF-8 JSON). */
    public static byte[] export(Store store, Selection selection, Instant now) {
        return BundleExport.export(store, selection, now);
    }

    // ---------------------------------------------------------------- import

    /**
     * Imports one file: a bundle or an answers file (told apart by its {@code format}). All or nothing.
     * {@code library} finds the questionnaire an answers file names.
     */
    public static ImportReport importFile(Store store, String fileName, byte[] bytes, String language,
            QuestionnaireLibrary library) throws AnswersFile.InvalidAnswersException {
        JsonNode root;
        String encoding = AnswersFile.encodingProblem(bytes);
        if (encoding != null) {
            throw new StoreException.InvalidImport(fileName, "", encoding);
        }
        try {
            root = AnswersFile.TREE.readTree(bytes);
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            throw new StoreException.InvalidImport(fileName, at == null ? "" : at.getLineNr() + ":" + at.getColumnNr(),
                    "answers.json", e.getOriginalMessage().split("\n")[0]);
        } catch (java.io.IOException e) {
            throw new StoreException.InvalidImport(fileName, "", "answers.json", e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new StoreException.InvalidImport(fileName, "", "answers.notObject");
        }
        String format = root.path("format").asText("");
        if (!format.equals(FORMAT) && !format.equals(AnswersFile.FORMAT)) {
            throw new StoreException.InvalidImport(fileName, "format", "import.format", format, FORMAT,
                    AnswersFile.FORMAT);
        }
        try {
            if (format.equals(AnswersFile.FORMAT)) {
                AnswersFile.Filled filled = AnswersFile.read(fileName, bytes, language, library::find);
                return AnswersImport.importAnswers(store, fileName, bytes, filled, library);
            }
            Parsed parsed = new BundleParser(fileName).bundle(root);
            return store.database().write(() -> apply(store, fileName, parsed));
        } catch (StoreException.InvalidValue | StoreException.NotFound e) {
            throw new StoreException.InvalidImport(fileName, "", e);
        }
    }

    record Parsed(Map<String, LoadResult> questionnaires, List<CompanyData> companies,
            List<AssessmentData> assessments, Map<String, String> where) {
    }

    private static ImportReport apply(Store store, String file, Parsed p) throws SQLException {
        SqlCompanies companies = store.companyRows();
        SqlAssessments assessments = store.assessmentRows();
        List<ImportReport.Entry> entries = new ArrayList<>();
        for (LoadResult q : p.questionnaires().values()) {
            store.snapshotRows().store(q.questionnaire(), q.files());
        }
        for (AssessmentData a : p.assessments()) {
            Questionnaire q = questionnaireFor(store, file, p, a);
            check(file, p.where().get(a.id()), q, a);
        }
        for (CompanyData c : p.companies()) {
            Optional<CompanyData> local = companies.data(c.company().id());
            ImportReport.Action action;
            if (local.isEmpty()) {
                companies.insert(c);
                action = ImportReport.Action.CREATED;
            } else if (local.get().company().equals(c.company())) {
                action = ImportReport.Action.UNCHANGED;
            } else if (c.updated().isAfter(local.get().updated())) {
                companies.replace(c);
                action = ImportReport.Action.UPDATED;
            } else {
                action = ImportReport.Action.KEPT_LOCAL;
            }
            entries.add(new ImportReport.Entry("company", c.company().id(), c.company().name(), action));
        }
        for (AssessmentData a : p.assessments()) {
            Optional<AssessmentData> local = assessments.data(a.id());
            ImportReport.Action action;
            if (local.isEmpty()) {
                assessments.insert(a);
                action = ImportReport.Action.CREATED;
            } else if (!local.get().companyId().equals(a.companyId())) {
                throw new StoreException.InvalidImport(file, p.where().get(a.id()), "import.otherCompany", a.id());
            } else if (local.get().equals(a)) {
                action = ImportReport.Action.UNCHANGED;
            } else if (a.updated().isAfter(local.get().updated())) {
                assessments.delete(a.id());
                assessments.insert(a);
                action = ImportReport.Action.UPDATED;
            } else {
                action = ImportReport.Action.KEPT_LOCAL;
            }
            entries.add(new ImportReport.Entry("assessment", a.id(), a.label(), action));
        }
        return new ImportReport(file, entries);
    }

    private static Questionnaire questionnaireFor(Store store, String file, Parsed p, AssessmentData a) {
        LoadResult inFile = p.questionnaires().get(a.contentHash());
        if (inFile != null) {
            return inFile.questionnaire();
        }
        if (!store.snapshotRows().has(a.contentHash())) {
            throw new StoreException.InvalidImport(file, p.where().get(a.id()) + ".questionnaire",
                    "import.noQuestionnaire", a.contentHash());
        }
        return store.questionnaire(a.contentHash());
    }

    /** The ids an assessment uses must exist in its questionnaire. */
    private static void check(String file, String where, Questionnaire q, AssessmentData a) {
        known(file, where + ".priorities", a.priorities(), id -> q.priority(id).isPresent());
        known(file, where + ".targets", a.targets(), id -> q.dimension(id).isPresent());
        known(file, where + ".answers", a.answers(), id -> q.question(id).isPresent());
        known(file, where + ".technologies", a.technologies(), id -> q.technology(id).isPresent());
        known(file, where + ".conclusions", a.conclusions(),
                id -> id.equals(ConclusionsRepository.OVERALL) || q.dimension(id).isPresent());
    }

    private static void known(String file, String where, Map<String, Item> items, Predicate<String> known) {
        for (String id : items.keySet()) {
            if (!known.test(id)) {
                throw new StoreException.InvalidImport(file, where + "." + id, "answers.unknownId", id);
            }
        }
    }
}
