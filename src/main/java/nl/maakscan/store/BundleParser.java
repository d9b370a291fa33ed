package nl.maakscan.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import nl.maakscan.content.ContentSource;
import nl.maakscan.content.LoadResult;
import nl.maakscan.content.QuestionnaireLoader;
import nl.maakscan.model.Company;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/** Reads a bundle into records, checking every value; the first bad one stops the import. */
final class BundleParser {

    private static final Set<String> TOP = Set.of("format", "exported", "questionnaires", "companies");
    private static final Set<String> QUESTIONNAIRE = Set.of("contentHash", "id", "version", "main", "files");
    private static final Set<String> COMPANY = Set.of("id", "name", "kvk", "sector", "employees", "processes",
            "place", "contact", "created", "updated", "assessments");
    private static final Set<String> ASSESSMENT = Set.of("id", "questionnaire", "label", "assessor", "date",
            "status", "position", "created", "updated", "finished", "priorities", "targets", "answers",
            "technologies", "conclusion", "topicConclusions", "method", "planTracking");
    private static final Set<String> ITEM = Set.of("value", "note", "changed");

    private static final int MAX_ID = 200;

    private final String file;
    private final Set<String> ids = new HashSet<>();

    BundleParser(String file) {
        this.file = file;
    }

    StoreException.InvalidImport bad(String where, String key, Object... args) {
        return new StoreException.InvalidImport(file, where, key, args);
    }

    Bundles.Parsed bundle(JsonNode root) {
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
            var it = files.properties().iterator();
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
        List<Bundles.CompanyData> companies = new ArrayList<>();
        List<Bundles.AssessmentData> assessments = new ArrayList<>();
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
                company = Values.checked(company, id);
            } catch (StoreException.InvalidValue x) {
                throw switch (x.key()) {
                    case "store.kvk" -> bad(at + ".kvk", "answers.kvk", company.kvk());
                    case "store.nameRequired" -> bad(at + ".name", "import.companyName");
                    default -> bad(at, x.key());
                };
            }
            companies.add(new Bundles.CompanyData(company, time(cn, at, "created", true), time(cn, at, "updated", true)));
            JsonNode as = array(cn, at, "assessments");
            if (assessments.size() + as.size() > InputFiles.MAX_BUNDLE_ASSESSMENTS) {
                throw bad(at + ".assessments", "import.tooMany", InputFiles.MAX_BUNDLE_ASSESSMENTS);
            }
            for (int j = 0; j < as.size(); j++) {
                String aat = at + ".assessments[" + j + "]";
                Bundles.AssessmentData a = assessment(object(as.get(j), aat), aat, id);
                assessments.add(a);
                where.put(a.id(), aat);
            }
        }
        return new Bundles.Parsed(questionnaires, companies, assessments, where);
    }

    private Bundles.AssessmentData assessment(JsonNode n, String at, String companyId) {
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
        Bundles.AssessmentData a = new Bundles.AssessmentData(id, companyId, text(n, at, "questionnaire", 100, true),
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
        BundleFollowUp extra = new BundleFollowUp(this);
        return new Bundles.AssessmentData(a.id(), a.companyId(), a.contentHash(), a.label(), a.assessor(), a.date(),
                a.status(), a.position(), a.created(), a.updated(), a.finished(), a.priorities(), a.targets(),
                a.answers(), a.technologies(), extra.conclusions(n, at), extra.method(n, at), extra.planSteps(n, at));
    }

    private Map<String, Bundles.Item> items(JsonNode parent, String at, String field, Predicate<JsonNode> allowed,
            String allowedText) {
        Map<String, Bundles.Item> items = new LinkedHashMap<>();
        JsonNode section = parent.path(field);
        if (section.isMissingNode() || section.isNull()) {
            return items;
        }
        String sat = at + "." + field;
        object(section, sat);
        var it = section.properties().iterator();
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
            items.put(e.getKey(), new Bundles.Item(v.isInt() ? (Object) v.asInt() : v.asText(),
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

    JsonNode object(JsonNode n, String at) {
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

    void fields(JsonNode n, String at, Set<String> allowed) {
        var names = n.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw bad(join(at, name), "answers.unknownField", name,
                        String.join(", ", allowed.stream().sorted().toList()));
            }
        }
    }

    String text(JsonNode parent, String at, String field, int max, boolean required) {
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
        if (Values.badCharacter(n.asText())) {
            throw bad(join(at, field), "store.badCharacter", field);
        }
        String s = n.asText().strip();
        if (s.isEmpty() && required) {
            throw bad(join(at, field), "import.required");
        }
        return s.isEmpty() ? null : s;
    }

    Instant time(JsonNode parent, String at, String field, boolean required) {
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
