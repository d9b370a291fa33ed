package nl.maakscan.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.maakscan.content.ContentSource;
import nl.maakscan.content.LoadResult;
import nl.maakscan.content.QuestionnaireLibrary;
import nl.maakscan.content.QuestionnaireLoader;
import nl.maakscan.model.Company;
import nl.maakscan.model.LevelAnswer;
import nl.maakscan.model.Questionnaire;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
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
            Map<String, Item> technologies) {
    }

    record CompanyData(Company company, Instant created, Instant updated) {
    }

    // ---------------------------------------------------------------- export

    /** The selected companies and assessments as a bundle (UTF-8 JSON). */
    public static byte[] export(Store store, Selection selection, Instant now) {
        return store.write(() -> {
            List<AssessmentInfo> infos = selection.assessmentId() != null
                    ? store.infos(null, selection.assessmentId())
                    : store.infos(selection.companyId(), null);
            if (selection.assessmentId() != null && infos.isEmpty()) {
                throw new StoreException.NotFound("store.noAssessment", selection.assessmentId());
            }
            List<String> companyIds = new ArrayList<>();
            if (selection.companyId() != null) {
                if (store.findCompany(selection.companyId()).isEmpty()) {
                    throw new StoreException.NotFound("store.noCompany", selection.companyId());
                }
                companyIds.add(selection.companyId());
            } else if (selection.assessmentId() != null) {
                companyIds.add(infos.get(0).companyId());
            } else {
                try (ResultSet r = store.query("SELECT id FROM company ORDER BY name COLLATE NOCASE, id")) {
                    while (r.next()) {
                        companyIds.add(r.getString(1));
                    }
                }
            }
            ObjectNode root = JSON.createObjectNode();
            root.put("format", FORMAT);
            root.put("exported", Store.format(now));
            ArrayNode questionnaires = root.putArray("questionnaires");
            ArrayNode companies = root.putArray("companies");
            Set<String> hashes = new java.util.TreeSet<>();
            for (String companyId : companyIds) {
                CompanyData c = readCompany(store, companyId);
                ObjectNode cn = companies.addObject();
                writeCompany(cn, c);
                ArrayNode an = cn.putArray("assessments");
                for (AssessmentInfo info : infos) {
                    if (info.companyId().equals(companyId)) {
                        AssessmentData a = readAssessment(store, info.id()).orElseThrow();
                        writeAssessment(an.addObject(), a);
                        hashes.add(a.contentHash());
                    }
                }
            }
            for (String hash : hashes) {
                Store.Snapshot s = store.snapshot(hash).orElseThrow(() ->
                        new StoreException.NotFound("store.noSnapshot", hash));
                ObjectNode qn = questionnaires.addObject();
                qn.put("contentHash", s.contentHash());
                qn.put("id", s.questionnaireId());
                qn.put("version", s.version());
                qn.put("main", s.mainRef());
                ObjectNode files = qn.putObject("files");
                s.files().forEach((ref, bytes) -> files.put(ref, Base64.getEncoder().encodeToString(bytes)));
            }
            try {
                return (JSON.writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static void writeCompany(ObjectNode n, CompanyData d) {
        Company c = d.company();
        n.put("id", c.id());
        n.put("name", c.name());
        n.put("kvk", c.kvk());
        n.put("sector", c.sector());
        if (c.employees() == null) {
            n.putNull("employees");
        } else {
            n.put("employees", c.employees());
        }
        ArrayNode p = n.putArray("processes");
        c.processes().forEach(p::add);
        n.put("place", c.place());
        n.put("contact", c.contact());
        n.put("created", Store.format(d.created()));
        n.put("updated", Store.format(d.updated()));
    }

    private static void writeAssessment(ObjectNode n, AssessmentData a) {
        n.put("id", a.id());
        n.put("questionnaire", a.contentHash());
        n.put("label", a.label());
        n.put("assessor", a.assessor());
        n.put("date", a.date());
        n.put("status", a.status());
        n.put("position", a.position());
        n.put("created", Store.format(a.created()));
        n.put("updated", Store.format(a.updated()));
        n.put("finished", Store.format(a.finished()));
        items(n.putObject("priorities"), a.priorities());
        items(n.putObject("targets"), a.targets());
        items(n.putObject("answers"), a.answers());
        items(n.putObject("technologies"), a.technologies());
    }

    private static void items(ObjectNode n, Map<String, Item> items) {
        items.forEach((id, item) -> {
            ObjectNode e = n.putObject(id);
            if (item.value() instanceof Integer i) {
                e.put("value", i);
            } else {
                e.put("value", (String) item.value());
            }
            if (item.note() != null) {
                e.put("note", item.note());
            }
            e.put("changed", Store.format(item.changed()));
        });
    }

    // ---------------------------------------------------------------- reading the database

    static CompanyData readCompany(Store store, String id) throws SQLException {
        Company c = store.findCompany(id).orElseThrow(() -> new StoreException.NotFound("store.noCompany", id));
        try (ResultSet r = store.query("SELECT created_at, updated_at FROM company WHERE id = ?", id)) {
            r.next();
            return new CompanyData(c, Store.instant(r.getString(1)), Store.instant(r.getString(2)));
        }
    }

    static Optional<AssessmentData> readAssessment(Store store, String id) throws SQLException {
        AssessmentData a;
        try (ResultSet r = store.query("SELECT * FROM assessment WHERE id = ?", id)) {
            if (!r.next()) {
                return Optional.empty();
            }
            a = new AssessmentData(id, r.getString("company_id"), r.getString("content_hash"), r.getString("label"),
                    r.getString("assessor"), r.getString("date"), r.getString("status"), r.getString("position"),
                    Store.instant(r.getString("created_at")), Store.instant(r.getString("updated_at")),
                    Store.instant(r.getString("finished_at")), new LinkedHashMap<>(), new LinkedHashMap<>(),
                    new LinkedHashMap<>(), new LinkedHashMap<>());
        }
        try (ResultSet r = store.query("SELECT priority_id, weight, changed_at FROM priority_weight "
                + "WHERE assessment_id = ? ORDER BY priority_id", id)) {
            while (r.next()) {
                a.priorities().put(r.getString(1), new Item(r.getInt(2), null, Store.instant(r.getString(3))));
            }
        }
        try (ResultSet r = store.query("SELECT dimension_id, level, changed_at FROM dimension_target "
                + "WHERE assessment_id = ? ORDER BY dimension_id", id)) {
            while (r.next()) {
                a.targets().put(r.getString(1), new Item(r.getInt(2), null, Store.instant(r.getString(3))));
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
                a.answers().put(r.getString(1), new Item(value, r.getString(4), Store.instant(r.getString(5))));
            }
        }
        try (ResultSet r = store.query("SELECT technology_id, level, not_relevant, note, changed_at "
                + "FROM adoption_answer WHERE assessment_id = ? ORDER BY technology_id", id)) {
            while (r.next()) {
                int level = r.getInt(2);
                Object value = r.getInt(3) == 1 ? AnswersFile.NOT_APPLICABLE : (Object) level;
                a.technologies().put(r.getString(1), new Item(value, r.getString(4), Store.instant(r.getString(5))));
            }
        }
        return Optional.of(a);
    }

    // ---------------------------------------------------------------- import

    /**
     * Imports one file: a bundle or an answers file (told apart by its {@code format}). All or nothing.
     * {@code library} finds the questionnaire an answers file names.
     */
    public static ImportReport importFile(Store store, String fileName, byte[] bytes, String language,
            QuestionnaireLibrary library) throws AnswersFile.InvalidAnswersException {
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
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
                return importAnswers(store, fileName, bytes, filled, library);
            }
            Parsed parsed = new Parser(fileName).bundle(root);
            return store.write(() -> apply(store, fileName, parsed));
        } catch (StoreException.InvalidValue | StoreException.NotFound e) {
            throw new StoreException.InvalidImport(fileName, "", e);
        }
    }

    private record Parsed(Map<String, LoadResult> questionnaires, List<CompanyData> companies,
            List<AssessmentData> assessments, Map<String, String> where) {
    }

    private static ImportReport apply(Store store, String file, Parsed p) throws SQLException {
        List<ImportReport.Entry> entries = new ArrayList<>();
        for (LoadResult q : p.questionnaires().values()) {
            store.storeSnapshot(q.questionnaire(), q.files());
        }
        for (AssessmentData a : p.assessments()) {
            Questionnaire q = questionnaireFor(store, file, p, a);
            check(file, p.where().get(a.id()), q, a);
        }
        for (CompanyData c : p.companies()) {
            Optional<CompanyData> local = store.findCompany(c.company().id()).isPresent()
                    ? Optional.of(readCompany(store, c.company().id())) : Optional.empty();
            ImportReport.Action action;
            if (local.isEmpty()) {
                insertCompany(store, c);
                action = ImportReport.Action.CREATED;
            } else if (local.get().company().equals(c.company())) {
                action = ImportReport.Action.UNCHANGED;
            } else if (c.updated().isAfter(local.get().updated())) {
                updateCompany(store, c);
                action = ImportReport.Action.UPDATED;
            } else {
                action = ImportReport.Action.KEPT_LOCAL;
            }
            entries.add(new ImportReport.Entry("company", c.company().id(), c.company().name(), action));
        }
        for (AssessmentData a : p.assessments()) {
            Optional<AssessmentData> local = readAssessment(store, a.id());
            ImportReport.Action action;
            if (local.isEmpty()) {
                insertAssessment(store, a);
                action = ImportReport.Action.CREATED;
            } else if (!local.get().companyId().equals(a.companyId())) {
                throw new StoreException.InvalidImport(file, p.where().get(a.id()), "import.otherCompany", a.id());
            } else if (local.get().equals(a)) {
                action = ImportReport.Action.UNCHANGED;
            } else if (a.updated().isAfter(local.get().updated())) {
                store.update("DELETE FROM assessment WHERE id = ?", a.id());
                insertAssessment(store, a);
                action = ImportReport.Action.UPDATED;
            } else {
                action = ImportReport.Action.KEPT_LOCAL;
            }
            entries.add(new ImportReport.Entry("assessment", a.id(), a.label(), action));
        }
        return new ImportReport(file, entries);
    }

    private static Questionnaire questionnaireFor(Store store, String file, Parsed p, AssessmentData a)
            throws SQLException {
        LoadResult inFile = p.questionnaires().get(a.contentHash());
        if (inFile != null) {
            return inFile.questionnaire();
        }
        if (store.snapshot(a.contentHash()).isEmpty()) {
            throw new StoreException.InvalidImport(file, p.where().get(a.id()) + ".questionnaire",
                    "import.noQuestionnaire", a.contentHash());
        }
        return store.cachedQuestionnaire(a.contentHash());
    }

    /** The ids an assessment uses must exist in its questionnaire. */
    private static void check(String file, String where, Questionnaire q, AssessmentData a) {
        known(file, where + ".priorities", a.priorities(), id -> q.priority(id).isPresent());
        known(file, where + ".targets", a.targets(), id -> q.dimension(id).isPresent());
        known(file, where + ".answers", a.answers(), id -> q.question(id).isPresent());
        known(file, where + ".technologies", a.technologies(), id -> q.technology(id).isPresent());
    }

    private static void known(String file, String where, Map<String, Item> items, Predicate<String> known) {
        for (String id : items.keySet()) {
            if (!known.test(id)) {
                throw new StoreException.InvalidImport(file, where + "." + id, "answers.unknownId", id);
            }
        }
    }

    private static void insertCompany(Store store, CompanyData c) throws SQLException {
        try (var p = store.prepare("INSERT INTO company (id, name, kvk, sector, employees, processes, place, contact, "
                + "created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)")) {
            CompanyRows.bind(p, c.company());
            p.setString(9, Store.format(c.created()));
            p.setString(10, Store.format(c.updated()));
            p.executeUpdate();
        }
    }

    private static void updateCompany(Store store, CompanyData c) throws SQLException {
        try (var p = store.prepare("UPDATE company SET id = ?, name = ?, kvk = ?, sector = ?, employees = ?, "
                + "processes = ?, place = ?, contact = ?, created_at = ?, updated_at = ? WHERE id = ?")) {
            CompanyRows.bind(p, c.company());
            p.setString(9, Store.format(c.created()));
            p.setString(10, Store.format(c.updated()));
            p.setString(11, c.company().id());
            p.executeUpdate();
        }
    }

    private static void insertAssessment(Store store, AssessmentData a) throws SQLException {
        Questionnaire q = store.cachedQuestionnaire(a.contentHash());
        store.update("INSERT INTO assessment (id, company_id, questionnaire_id, questionnaire_version, content_hash, "
                + "label, assessor, date, status, position, created_at, updated_at, finished_at) "
                + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", a.id(), a.companyId(), q.id(), q.version(), a.contentHash(),
                a.label(), a.assessor(), a.date(), a.status(), a.position(), Store.format(a.created()),
                Store.format(a.updated()), Store.format(a.finished()));
        for (Map.Entry<String, Item> e : a.priorities().entrySet()) {
            store.update("INSERT INTO priority_weight (assessment_id, priority_id, weight, changed_at) "
                    + "VALUES (?,?,?,?)", a.id(), e.getKey(), e.getValue().value(),
                    Store.format(e.getValue().changed()));
        }
        for (Map.Entry<String, Item> e : a.targets().entrySet()) {
            store.update("INSERT INTO dimension_target (assessment_id, dimension_id, level, changed_at) "
                    + "VALUES (?,?,?,?)", a.id(), e.getKey(), e.getValue().value(),
                    Store.format(e.getValue().changed()));
        }
        for (Map.Entry<String, Item> e : a.answers().entrySet()) {
            Object v = e.getValue().value();
            String kind = v instanceof Integer ? "level" : v.equals(AnswersFile.NOT_APPLICABLE) ? "n/a" : "dont-know";
            store.update("INSERT INTO level_answer (assessment_id, question_id, kind, level, note, changed_at) "
                    + "VALUES (?,?,?,?,?,?)", a.id(), e.getKey(), kind, v instanceof Integer ? v : null,
                    e.getValue().note(), Store.format(e.getValue().changed()));
        }
        for (Map.Entry<String, Item> e : a.technologies().entrySet()) {
            Object v = e.getValue().value();
            store.update("INSERT INTO adoption_answer (assessment_id, technology_id, level, not_relevant, note, "
                    + "changed_at) VALUES (?,?,?,?,?,?)", a.id(), e.getKey(), v instanceof Integer ? v : null,
                    v instanceof Integer ? 0 : 1, e.getValue().note(), Store.format(e.getValue().changed()));
        }
    }

    // ---------------------------------------------------------------- answers files

    private static ImportReport importAnswers(Store store, String file, byte[] bytes, AnswersFile.Filled filled,
            QuestionnaireLibrary library) {
        Questionnaire q = library.find(filled.questionnaireId(), filled.questionnaireVersion()).orElseThrow();
        LoadResult loaded = library.resultFor(q).orElseThrow();
        Company given = filled.company();
        if (given.name() == null) {
            throw new StoreException.InvalidImport(file, "company.name", "import.companyName");
        }
        String assessmentId = UUID.nameUUIDFromBytes(("maakscan-answers:" + sha256(bytes))
                .getBytes(StandardCharsets.UTF_8)).toString();
        Instant now = store.now();
        return store.write(() -> {
            List<ImportReport.Entry> entries = new ArrayList<>();
            Optional<Company> existing = matchCompany(store, given);
            Company company;
            if (existing.isPresent()) {
                company = existing.get();
                entries.add(new ImportReport.Entry("company", company.id(), company.name(),
                        ImportReport.Action.UNCHANGED));
            } else {
                String key = given.kvk() != null ? "kvk:" + given.kvk() : "name:" + given.name().toLowerCase(Locale.ROOT);
                company = Store.checked(given, UUID.nameUUIDFromBytes(("maakscan-company:" + key)
                        .getBytes(StandardCharsets.UTF_8)).toString());
                insertCompany(store, new CompanyData(company, now, now));
                entries.add(new ImportReport.Entry("company", company.id(), company.name(),
                        ImportReport.Action.CREATED));
            }
            String label = filled.assessment().label();
            if (readAssessment(store, assessmentId).isPresent()) {
                entries.add(new ImportReport.Entry("assessment", assessmentId, label, ImportReport.Action.UNCHANGED));
                return new ImportReport(file, entries);
            }
            store.storeSnapshot(q, loaded.files());
            Map<String, Item> priorities = new LinkedHashMap<>();
            filled.assessment().priorities().forEach((id, w) -> priorities.put(id, new Item(w, null, now)));
            Map<String, Item> answers = new LinkedHashMap<>();
            filled.assessment().answers().forEach((id, a) -> answers.put(id, new Item(
                    a.kind() == LevelAnswer.Kind.LEVEL ? (Object) a.level()
                            : a.kind() == LevelAnswer.Kind.NOT_APPLICABLE ? AnswersFile.NOT_APPLICABLE
                            : AnswersFile.DONT_KNOW, a.note(), now)));
            Map<String, Item> technologies = new LinkedHashMap<>();
            filled.assessment().technologies().forEach((id, a) -> technologies.put(id, new Item(
                    a.notRelevant() ? AnswersFile.NOT_APPLICABLE : (Object) a.level(), a.note(), now)));
            insertAssessment(store, new AssessmentData(assessmentId, company.id(), q.contentHash(), label,
                    filled.assessment().assessor(), filled.assessment().date(), "draft", null, now, now, null,
                    priorities, new LinkedHashMap<>(), answers, technologies));
            entries.add(new ImportReport.Entry("assessment", assessmentId, label, ImportReport.Action.CREATED));
            return new ImportReport(file, entries);
        });
    }

    private static Optional<Company> matchCompany(Store store, Company given) throws SQLException {
        String sql = given.kvk() != null ? "SELECT id FROM company WHERE kvk = ? ORDER BY created_at LIMIT 1"
                : "SELECT id FROM company WHERE lower(name) = lower(?) ORDER BY created_at LIMIT 1";
        try (ResultSet r = store.query(sql, given.kvk() != null ? given.kvk() : given.name())) {
            return r.next() ? store.findCompany(r.getString(1)) : Optional.empty();
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---------------------------------------------------------------- parsing a bundle

    /** Reads a bundle into records, checking every value; the first bad one stops the import. */
    private static final class Parser {
        private static final Set<String> TOP = Set.of("format", "exported", "questionnaires", "companies");
        private static final Set<String> QUESTIONNAIRE = Set.of("contentHash", "id", "version", "main", "files");
        private static final Set<String> COMPANY = Set.of("id", "name", "kvk", "sector", "employees", "processes",
                "place", "contact", "created", "updated", "assessments");
        private static final Set<String> ASSESSMENT = Set.of("id", "questionnaire", "label", "assessor", "date",
                "status", "position", "created", "updated", "finished", "priorities", "targets", "answers",
                "technologies");
        private static final Set<String> ITEM = Set.of("value", "note", "changed");

        private static final int MAX_ID = 200;

        private final String file;
        private final Set<String> ids = new HashSet<>();

        Parser(String file) {
            this.file = file;
        }

        private StoreException.InvalidImport bad(String where, String key, Object... args) {
            return new StoreException.InvalidImport(file, where, key, args);
        }

        Parsed bundle(JsonNode root) {
            fields(root, "", TOP);
            time(root, "", "exported", false);
            Map<String, LoadResult> questionnaires = new LinkedHashMap<>();
            JsonNode qs = array(root, "", "questionnaires");
            for (int i = 0; i < qs.size(); i++) {
                String at = "questionnaires[" + i + "]";
                JsonNode qn = object(qs.get(i), at);
                fields(qn, at, QUESTIONNAIRE);
                String hash = text(qn, at, "contentHash", 100, true);
                String main = text(qn, at, "main", 1000, true);
                text(qn, at, "id", 1000, false);
                text(qn, at, "version", 100, false);
                JsonNode files = object(qn.path("files"), at + ".files");
                Map<String, byte[]> bytes = new LinkedHashMap<>();
                var it = files.fields();
                while (it.hasNext()) {
                    var e = it.next();
                    if (!e.getValue().isTextual()) {
                        throw bad(at + ".files." + e.getKey(), "answers.notText");
                    }
                    try {
                        bytes.put(e.getKey(), Base64.getDecoder().decode(e.getValue().asText()));
                    } catch (IllegalArgumentException x) {
                        throw bad(at + ".files." + e.getKey(), "import.snapshot", hash);
                    }
                }
                LoadResult r = new QuestionnaireLoader(Locale.ENGLISH).load(ContentSource.snapshot(main, bytes));
                if (r.valid().isEmpty() || !r.questionnaire().contentHash().equals(hash)) {
                    throw bad(at + ".files", "import.snapshot", hash);
                }
                questionnaires.put(hash, r);
            }
            List<CompanyData> companies = new ArrayList<>();
            List<AssessmentData> assessments = new ArrayList<>();
            Map<String, String> where = new LinkedHashMap<>();
            JsonNode cs = array(root, "", "companies");
            for (int i = 0; i < cs.size(); i++) {
                String at = "companies[" + i + "]";
                JsonNode cn = object(cs.get(i), at);
                fields(cn, at, COMPANY);
                String id = uuid(cn, at);
                Integer employees = null;
                JsonNode e = cn.path("employees");
                if (e.isInt() && e.asInt() >= 1) {
                    employees = e.asInt();
                } else if (!e.isNull() && !e.isMissingNode()) {
                    throw bad(at + ".employees", "answers.employees", e.toString());
                }
                List<String> processes = new ArrayList<>();
                JsonNode pn = cn.path("processes");
                if (pn.isArray()) {
                    for (JsonNode x : pn) {
                        if (!x.isTextual() || x.asText().length() > MAX_ID) {
                            throw bad(at + ".processes", "answers.processes");
                        }
                        processes.add(x.asText());
                    }
                } else if (!pn.isNull() && !pn.isMissingNode()) {
                    throw bad(at + ".processes", "answers.processes");
                }
                Company company = new Company(id, text(cn, at, "name", 500, true), text(cn, at, "kvk", 100, false),
                        text(cn, at, "sector", 500, false), employees, processes, text(cn, at, "place", 500, false),
                        text(cn, at, "contact", 500, false));
                try {
                    company = Store.checked(company, id);
                } catch (StoreException.InvalidValue x) {
                    throw switch (x.key()) {
                        case "store.kvk" -> bad(at + ".kvk", "answers.kvk", company.kvk());
                        case "store.nameRequired" -> bad(at + ".name", "import.companyName");
                        default -> bad(at, x.key());
                    };
                }
                companies.add(new CompanyData(company, time(cn, at, "created", true), time(cn, at, "updated", true)));
                JsonNode as = array(cn, at, "assessments");
                for (int j = 0; j < as.size(); j++) {
                    String aat = at + ".assessments[" + j + "]";
                    AssessmentData a = assessment(object(as.get(j), aat), aat, id);
                    assessments.add(a);
                    where.put(a.id(), aat);
                }
            }
            return new Parsed(questionnaires, companies, assessments, where);
        }

        private AssessmentData assessment(JsonNode n, String at, String companyId) {
            fields(n, at, ASSESSMENT);
            String id = uuid(n, at);
            String status = text(n, at, "status", 20, true);
            if (!status.equals("draft") && !status.equals("final")) {
                throw bad(at + ".status", "import.status", status);
            }
            String date = text(n, at, "date", 20, false);
            if (date != null) {
                try {
                    java.time.LocalDate.parse(date);
                } catch (DateTimeParseException e) {
                    throw bad(at + ".date", "answers.date", date);
                }
            }
            return new AssessmentData(id, companyId, text(n, at, "questionnaire", 100, true),
                    text(n, at, "label", 500, false), text(n, at, "assessor", 500, false), date, status,
                    text(n, at, "position", 500, false), time(n, at, "created", true), time(n, at, "updated", true),
                    time(n, at, "finished", false),
                    items(n, at, "priorities", v -> v.isInt() && v.asInt() >= 0 && v.asInt() <= 5, "0..5"),
                    items(n, at, "targets", v -> v.isInt() && v.asInt() >= 0 && v.asInt() <= 5, "0..5"),
                    items(n, at, "answers", v -> (v.isInt() && v.asInt() >= 0 && v.asInt() <= 5)
                            || (v.isTextual() && (v.asText().equals(AnswersFile.NOT_APPLICABLE)
                            || v.asText().equals(AnswersFile.DONT_KNOW))), "0, 1, 2, 3, 4, 5, \"n/a\", \"?\""),
                    items(n, at, "technologies", v -> (v.isInt() && v.asInt() >= 0 && v.asInt() <= 5)
                            || (v.isTextual() && v.asText().equals(AnswersFile.NOT_APPLICABLE)),
                            "0, 1, 2, 3, 4, 5, \"n/a\""));
        }

        private Map<String, Item> items(JsonNode parent, String at, String field, Predicate<JsonNode> allowed,
                String allowedText) {
            Map<String, Item> items = new LinkedHashMap<>();
            JsonNode section = parent.path(field);
            if (section.isMissingNode() || section.isNull()) {
                return items;
            }
            String sat = at + "." + field;
            object(section, sat);
            var it = section.fields();
            while (it.hasNext()) {
                var e = it.next();
                String iat = sat + "." + e.getKey();
                JsonNode item = object(e.getValue(), iat);
                fields(item, iat, ITEM);
                JsonNode v = item.path("value");
                if (!allowed.test(v)) {
                    throw bad(iat + ".value", "answers.notAllowed", v.isMissingNode() ? "null" : v.toString(),
                            allowedText);
                }
                items.put(e.getKey(), new Item(v.isInt() ? (Object) v.asInt() : v.asText(),
                        text(item, iat, "note", 20_000, false), time(item, iat, "changed", true)));
            }
            return items;
        }

        private String uuid(JsonNode n, String at) {
            String id = text(n, at, "id", 100, true);
            try {
                UUID.fromString(id);
            } catch (IllegalArgumentException e) {
                throw bad(at + ".id", "store.uuid", id);
            }
            if (!ids.add(id)) {
                throw bad(at + ".id", "import.duplicate", id);
            }
            return id;
        }

        private JsonNode object(JsonNode n, String at) {
            if (!n.isObject()) {
                throw bad(at, "answers.notObject");
            }
            return n;
        }

        private JsonNode array(JsonNode parent, String at, String field) {
            JsonNode n = parent.path(field);
            if (n.isMissingNode() || n.isNull()) {
                return com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
            }
            if (!n.isArray()) {
                throw bad(join(at, field), "import.required");
            }
            return n;
        }

        private void fields(JsonNode n, String at, Set<String> allowed) {
            var names = n.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                if (!allowed.contains(name)) {
                    throw bad(join(at, name), "answers.unknownField", name,
                            String.join(", ", allowed.stream().sorted().toList()));
                }
            }
        }

        private String text(JsonNode parent, String at, String field, int max, boolean required) {
            JsonNode n = parent.path(field);
            if (n.isMissingNode() || n.isNull()) {
                if (required) {
                    throw bad(join(at, field), "import.required");
                }
                return null;
            }
            if (!n.isTextual()) {
                throw bad(join(at, field), "answers.notText");
            }
            if (n.asText().length() > max) {
                throw bad(join(at, field), "answers.tooLong", max);
            }
            String s = n.asText().strip();
            if (s.isEmpty() && required) {
                throw bad(join(at, field), "import.required");
            }
            return s.isEmpty() ? null : s;
        }

        private Instant time(JsonNode parent, String at, String field, boolean required) {
            String s = text(parent, at, field, 40, required);
            if (s == null) {
                return null;
            }
            try {
                return Instant.parse(s).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
            } catch (DateTimeParseException e) {
                throw bad(join(at, field), "import.time", s);
            }
        }

        private static String join(String at, String field) {
            return at.isEmpty() ? field : at + "." + field;
        }
    }
}
