package nl.maakscan.store;

import nl.maakscan.content.LoadResult;
import nl.maakscan.content.QuestionnaireLibrary;
import nl.maakscan.model.Company;
import nl.maakscan.model.LevelAnswer;
import nl.maakscan.model.Questionnaire;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Imports a filled answers file ({@code maakscan-answers/1}) as one assessment. Its id comes from the
 * file's content, so importing the same file again changes nothing; its company is found again by KvK
 * number, else by name.
 */
final class AnswersImport {

    private AnswersImport() {
    }

    static ImportReport importAnswers(Store store, String file, byte[] bytes, AnswersFile.Filled filled,
            QuestionnaireLibrary library) {
        Questionnaire q = library.find(filled.questionnaireId(), filled.questionnaireVersion()).orElseThrow();
        LoadResult loaded = library.resultFor(q).orElseThrow();
        Company given = filled.company();
        if (given.name() == null) {
            throw new StoreException.InvalidImport(file, "company.name", "import.companyName");
        }
        String assessmentId = UUID.nameUUIDFromBytes(("maakscan-answers:" + sha256(bytes))
                .getBytes(StandardCharsets.UTF_8)).toString();
        Instant now = store.database().now();
        SqlCompanies companies = store.companyRows();
        SqlAssessments assessments = store.assessmentRows();
        return store.database().write(() -> {
            List<ImportReport.Entry> entries = new ArrayList<>();
            Optional<Company> existing = companies.match(given);
            Company company;
            if (existing.isPresent()) {
                company = existing.get();
                entries.add(new ImportReport.Entry("company", company.id(), company.name(),
                        ImportReport.Action.UNCHANGED));
            } else {
                String key = given.kvk() != null ? "kvk:" + given.kvk() : "name:" + given.name().toLowerCase(Locale.ROOT);
                company = Values.checked(given, UUID.nameUUIDFromBytes(("maakscan-company:" + key)
                        .getBytes(StandardCharsets.UTF_8)).toString());
                companies.insert(new Bundles.CompanyData(company, now, now));
                entries.add(new ImportReport.Entry("company", company.id(), company.name(),
                        ImportReport.Action.CREATED));
            }
            String label = filled.assessment().label();
            if (assessments.data(assessmentId).isPresent()) {
                entries.add(new ImportReport.Entry("assessment", assessmentId, label, ImportReport.Action.UNCHANGED));
                return new ImportReport(file, entries);
            }
            store.snapshotRows().store(q, loaded.files());
            Map<String, Bundles.Item> priorities = new LinkedHashMap<>();
            filled.assessment().priorities().forEach((id, w) -> priorities.put(id, new Bundles.Item(w, null, now)));
            Map<String, Bundles.Item> answers = new LinkedHashMap<>();
            filled.assessment().answers().forEach((id, a) -> answers.put(id, new Bundles.Item(
                    AnswerKinds.value(a), a.note(), now)));
            Map<String, Bundles.Item> technologies = new LinkedHashMap<>();
            filled.assessment().technologies().forEach((id, a) -> technologies.put(id, new Bundles.Item(
                    a.notRelevant() ? AnswersFile.NOT_APPLICABLE : (Object) a.level(), a.note(), now)));
            assessments.insert(new Bundles.AssessmentData(assessmentId, company.id(), q.contentHash(), label,
                    filled.assessment().assessor(), filled.assessment().date(), "draft", null, now, now, null,
                    priorities, new LinkedHashMap<>(), answers, technologies));
            entries.add(new ImportReport.Entry("assessment", assessmentId, label, ImportReport.Action.CREATED));
            return new ImportReport(file, entries);
        });
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
