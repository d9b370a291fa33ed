package nl.maakscan.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.maakscan.content.QuestionnaireLibrary;
import nl.maakscan.model.AdoptionAnswer;
import nl.maakscan.model.Company;
import nl.maakscan.model.LevelAnswer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BundlesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Store open(String name) {
        return Fixtures.openStore(dir, name);
    }

    private static QuestionnaireLibrary library() {
        return Fixtures.miniLibrary();
    }

    private String filled(Store store) {
        Company c = store.createCompany(Fixtures.company("Laptop A BV"));
        String id = store.createAssessment(c.id(), Fixtures.mini(), "T0", "Coach").id();
        store.saveAnswer(id, "a1", LevelAnswer.level(3).withNote("gezien op de vloer"));
        store.saveAnswer(id, "a2", LevelAnswer.dontKnow());
        store.saveAdoption(id, "cheap", AdoptionAnswer.irrelevant());
        store.savePriority(id, "quality", 4);
        store.saveTarget(id, "alpha", 3);
        return id;
    }

    @Test
    void aBundleMovesAnAssessmentToAnotherDatabaseAndASecondImportChangesNothing() throws Exception {
        byte[] bundle;
        String id;
        try (Store a = open("a.db")) {
            id = filled(a);
            bundle = Bundles.export(a, Bundles.Selection.assessment(id), Instant.now());
        }
        JsonNode tree = JSON.readTree(bundle);
        assertThat(tree.path("format").asText()).isEqualTo("maakscan-bundle/1");
        assertThat(tree.path("questionnaires")).hasSize(1);

        try (Store b = open("b.db")) {
            ImportReport first = Bundles.importFile(b, "t.json", bundle, "en", library());
            assertThat(first.entries()).extracting(ImportReport.Entry::action)
                    .containsExactly(ImportReport.Action.CREATED, ImportReport.Action.CREATED);
            ImportReport second = Bundles.importFile(b, "t.json", bundle, "en", library());
            assertThat(second.entries()).extracting(ImportReport.Entry::action)
                    .containsOnly(ImportReport.Action.UNCHANGED);
            StoredAssessment loaded = b.loadAssessment(id).orElseThrow();
            assertThat(loaded.assessment().answers().get("a1")).isEqualTo(LevelAnswer.level(3)
                    .withNote("gezien op de vloer"));
            assertThat(loaded.assessment().technologies()).containsEntry("cheap", AdoptionAnswer.irrelevant());
            assertThat(loaded.assessment().targets()).containsEntry("alpha", 3);
            assertThat(Bundles.export(b, Bundles.Selection.all(), Instant.EPOCH))
                    .isEqualTo(Bundles.export(b, Bundles.Selection.all(), Instant.EPOCH));
        }
    }

    @Test
    void theNewestVersionOfAnAssessmentWinsAndTheOlderOneIsReported() throws Exception {
        byte[] older;
        byte[] newer;
        String id;
        try (Store a = open("a.db")) {
            id = filled(a);
            older = Bundles.export(a, Bundles.Selection.all(), Instant.now());
            a.saveAnswer(id, "a1", LevelAnswer.level(5));
            newer = Bundles.export(a, Bundles.Selection.all(), Instant.now());
        }
        try (Store b = open("b.db")) {
            Bundles.importFile(b, "older.json", older, "en", library());
            ImportReport update = Bundles.importFile(b, "newer.json", newer, "en", library());
            assertThat(update.entries()).extracting(ImportReport.Entry::action)
                    .contains(ImportReport.Action.UPDATED);
            ImportReport stale = Bundles.importFile(b, "older.json", older, "en", library());
            assertThat(stale.entries()).extracting(ImportReport.Entry::action)
                    .contains(ImportReport.Action.KEPT_LOCAL);
            assertThat(b.loadAssessment(id).orElseThrow().assessment().answers().get("a1").level()).isEqualTo(5);
        }
    }

    @Test
    void oneBadValueImportsNothingAndNamesTheFileRecordAndField() throws Exception {
        byte[] bundle;
        try (Store a = open("a.db")) {
            filled(a);
            bundle = Bundles.export(a, Bundles.Selection.all(), Instant.now());
        }
        ObjectNode tree = (ObjectNode) JSON.readTree(bundle);
        ((ObjectNode) tree.path("companies").get(0).path("assessments").get(0).path("answers").path("a1"))
                .put("value", 7);
        byte[] bad = JSON.writeValueAsBytes(tree);
        try (Store b = open("b.db")) {
            assertThatThrownBy(() -> Bundles.importFile(b, "bad.json", bad, "en", library()))
                    .isInstanceOf(StoreException.InvalidImport.class)
                    .satisfies(e -> assertThat(((StoreException) e).message("en")).startsWith(
                            "bad.json: companies[0].assessments[0].answers.a1.value: 7 is not allowed"));
            assertThatThrownBy(() -> Bundles.importFile(b, "cut.json",
                    java.util.Arrays.copyOf(bundle, bundle.length / 2), "en", library()))
                    .isInstanceOf(StoreException.InvalidImport.class);
            assertThat(b.listCompanies()).isEmpty();
        }
    }

    @Test
    void anAnswersFileBecomesAnAssessmentOnceAndItsCompanyIsFoundAgain() throws Exception {
        var q = library().latest("mini").orElseThrow();
        ObjectNode t = (ObjectNode) JSON.readTree(AnswersFile.template(q, "en"));
        ((ObjectNode) t.path("company")).put("name", "Papier BV").put("kvk", "11223344");
        ((ObjectNode) t.path("assessment")).put("label", "T0");
        ((ObjectNode) t.path("answers").path("a1")).put("value", 2);
        ((ObjectNode) t.path("answers").path("b1")).put("value", "n/a");
        byte[] file = JSON.writeValueAsString(t).getBytes(StandardCharsets.UTF_8);
        try (Store s = open("s.db")) {
            ImportReport first = Bundles.importFile(s, "answers.json", file, "en", library());
            assertThat(first.entries()).extracting(ImportReport.Entry::action)
                    .containsExactly(ImportReport.Action.CREATED, ImportReport.Action.CREATED);
            ImportReport again = Bundles.importFile(s, "answers.json", file, "en", library());
            assertThat(again.entries()).extracting(ImportReport.Entry::action)
                    .containsOnly(ImportReport.Action.UNCHANGED);
            assertThat(s.listAssessments()).hasSize(1);
            StoredAssessment a = s.loadAssessment(s.listAssessments().get(0).id()).orElseThrow();
            assertThat(a.company().kvk()).isEqualTo("11223344");
            assertThat(a.assessment().answers()).containsEntry("a1", LevelAnswer.level(2))
                    .containsEntry("b1", LevelAnswer.notApplicable());
        }
        Files.writeString(dir.resolve("x"), "");
    }
}
