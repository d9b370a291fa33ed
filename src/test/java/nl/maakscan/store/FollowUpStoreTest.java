package nl.maakscan.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.maakscan.content.QuestionnaireLibrary;
import nl.maakscan.model.Company;
import nl.maakscan.model.Conclusions;
import nl.maakscan.model.LevelAnswer;
import nl.maakscan.model.PlanStepStatus;
import nl.maakscan.model.SupportType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The adviser's conclusions, the method and plan tracking: stored, migrated and moved in bundles. */
class FollowUpStoreTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Store open(String name) {
        return Fixtures.openStore(dir, name);
    }

    private static QuestionnaireLibrary library() {
        return Fixtures.miniLibrary();
    }

    private static String draft(Store store) {
        Company c = store.createCompany(Fixtures.company("Draaierij"));
        return store.createAssessment(c.id(), Fixtures.mini(), "T1", "Coach").id();
    }

    private static void fill(Store store, String id) {
        ConclusionsRepository conclusions = new ConclusionsRepository(store);
        conclusions.saveOverall(id, "  Sterke basis, planning is de zwakke plek.  ");
        conclusions.saveDimension(id, "alpha", "Werkvoorbereiding op papier.");
        conclusions.saveMethod(id, Conclusions.Method.INTERVIEW, "Eigenaar en werkvoorbereider");
        PlanTracking tracking = new PlanTracking(store);
        tracking.save(id, new PlanStepStatus("cheap", SupportType.INSIGHT, PlanStepStatus.Status.DONE, "Afgerond"));
        tracking.save(id, new PlanStepStatus("dear", SupportType.FEASIBILITY, PlanStepStatus.Status.DROPPED, null));
    }

    @Test
    void conclusionsMethodAndPlanStatusAreStoredTheMomentTheyAreSavedAndSurviveReopening() {
        String id;
        try (Store store = open("a.db")) {
            id = draft(store);
            fill(store, id);
        }
        try (Store store = open("a.db")) {
            Conclusions c = new ConclusionsRepository(store).load(id);
            assertThat(c.overall()).isEqualTo("Sterke basis, planning is de zwakke plek.");
            assertThat(c.byDimension()).containsExactly(Map.entry("alpha", "Werkvoorbereiding op papier."));
            assertThat(c.method()).isEqualTo(Conclusions.Method.INTERVIEW);
            assertThat(c.participants()).isEqualTo("Eigenaar en werkvoorbereider");
            Map<String, PlanStepStatus> steps = new PlanTracking(store).load(id);
            assertThat(steps).containsOnlyKeys("cheap/insight", "dear/feasibility");
            assertThat(steps.get("cheap/insight").status()).isEqualTo(PlanStepStatus.Status.DONE);
            assertThat(steps.get("cheap/insight").note()).isEqualTo("Afgerond");
            assertThat(steps.get("dear/feasibility").status()).isEqualTo(PlanStepStatus.Status.DROPPED);
        }
    }

    @Test
    void aBlankTextRemovesAConclusionAndAnEmptyStepRecordIsRemoved() {
        try (Store store = open("a.db")) {
            String id = draft(store);
            fill(store, id);
            new ConclusionsRepository(store).saveDimension(id, "alpha", "   ");
            new ConclusionsRepository(store).saveMethod(id, null, null);
            new PlanTracking(store).save(id, new PlanStepStatus("cheap", SupportType.INSIGHT, null, " "));
            Conclusions c = new ConclusionsRepository(store).load(id);
            assertThat(c.byDimension()).isEmpty();
            assertThat(c.method()).isNull();
            assertThat(c.overall()).isNotNull();
            assertThat(new PlanTracking(store).load(id)).containsOnlyKeys("dear/feasibility");
        }
    }

    @Test
    void aFinalAssessmentAndAnUnknownTopicAreRefused() {
        try (Store store = open("a.db")) {
            String id = draft(store);
            assertThatThrownBy(() -> new ConclusionsRepository(store).saveDimension(id, "no-such", "x"))
                    .isInstanceOf(StoreException.NotFound.class);
            store.finish(id);
            assertThatThrownBy(() -> new ConclusionsRepository(store).saveOverall(id, "x"))
                    .isInstanceOf(StoreException.InvalidValue.class);
            assertThatThrownBy(() -> new PlanTracking(store).save(id, new PlanStepStatus("cheap",
                    SupportType.INSIGHT, PlanStepStatus.Status.DONE, null)))
                    .isInstanceOf(StoreException.InvalidValue.class);
            assertThat(new ConclusionsRepository(store).load(id).isEmpty()).isTrue();
        }
    }

    @Test
    void aVersionTwoDatabaseIsMigratedKeepingItsAssessmentsAndTakesConclusions() throws Exception {
        Path db = dir.resolve("v2.db");
        try (var in = FollowUpStoreTest.class.getResourceAsStream("/store/v2-company-t0-t1.db")) {
            Files.copy(in, db, StandardCopyOption.REPLACE_EXISTING);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("PRAGMA user_version")) {
            assertThat(r.getInt(1)).as("the fixture is a schema 2 database").isEqualTo(2);
        }
        try (Store store = Store.open(db, Store.Options.defaults().withBackupsKept(0))) {
            List<AssessmentInfo> infos = store.listAssessments();
            assertThat(infos).extracting(AssessmentInfo::label).containsExactlyInAnyOrder("T0", "T1");
            AssessmentInfo t1 = infos.stream().filter(i -> i.label().equals("T1")).findFirst().orElseThrow();
            assertThat(store.loadAssessment(t1.id()).orElseThrow().assessment().answers())
                    .containsEntry("a1", LevelAnswer.level(3));
            assertThat(new ConclusionsRepository(store).load(t1.id()).isEmpty()).isTrue();
            new ConclusionsRepository(store).saveOverall(t1.id(), "Na migratie");
            new PlanTracking(store).save(t1.id(), new PlanStepStatus("cheap", SupportType.INSIGHT,
                    PlanStepStatus.Status.IN_PROGRESS, null));
            assertThat(new ConclusionsRepository(store).load(t1.id()).overall()).isEqualTo("Na migratie");
            assertThat(new PlanTracking(store).load(t1.id())).containsKey("cheap/insight");
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT max(version) FROM schema_history")) {
            assertThat(r.getInt(1)).isEqualTo(Migrations.LATEST);
        }
    }

    @Test
    void aBundleCarriesConclusionsMethodAndPlanStatusToAnotherDatabase() throws Exception {
        byte[] bundle;
        String id;
        try (Store a = open("a.db")) {
            id = draft(a);
            fill(a, id);
            bundle = Bundles.export(a, Bundles.Selection.assessment(id), Instant.now());
        }
        JsonNode assessment = JSON.readTree(bundle).path("companies").get(0).path("assessments").get(0);
        assertThat(assessment.path("conclusion").path("text").asText()).startsWith("Sterke basis");
        assertThat(assessment.path("topicConclusions").path("alpha").path("text").asText())
                .isEqualTo("Werkvoorbereiding op papier.");
        assertThat(assessment.path("method").path("method").asText()).isEqualTo("interview");
        assertThat(assessment.path("planTracking")).hasSize(2);
        try (Store b = open("b.db")) {
            Bundles.importFile(b, "t.json", bundle, "en", library());
            assertThat(new ConclusionsRepository(b).load(id)).isEqualTo(new ConclusionsRepository(b).load(id));
            Conclusions c = new ConclusionsRepository(b).load(id);
            assertThat(c.overall()).isEqualTo("Sterke basis, planning is de zwakke plek.");
            assertThat(c.dimension("alpha")).isEqualTo("Werkvoorbereiding op papier.");
            assertThat(c.method()).isEqualTo(Conclusions.Method.INTERVIEW);
            assertThat(c.participants()).isEqualTo("Eigenaar en werkvoorbereider");
            assertThat(new PlanTracking(b).load(id).get("dear/feasibility").status())
                    .isEqualTo(PlanStepStatus.Status.DROPPED);
            ImportReport again = Bundles.importFile(b, "t.json", bundle, "en", library());
            assertThat(again.entries()).extracting(ImportReport.Entry::action)
                    .containsOnly(ImportReport.Action.UNCHANGED);
            assertThat(Bundles.export(b, Bundles.Selection.assessment(id), Instant.EPOCH))
                    .isEqualTo(Bundles.export(b, Bundles.Selection.assessment(id), Instant.EPOCH));
        }
    }

    @Test
    void aBundleWrittenBeforeConclusionsExistedStillImports() throws Exception {
        byte[] old;
        try (var in = FollowUpStoreTest.class.getResourceAsStream("/store/bundle-v2.json")) {
            old = in.readAllBytes();
        }
        assertThat(new String(old, StandardCharsets.UTF_8)).doesNotContain("conclusion", "planTracking", "method");
        try (Store b = open("b.db")) {
            ImportReport report = Bundles.importFile(b, "old.json", old, "en", library());
            assertThat(report.entries()).extracting(ImportReport.Entry::action)
                    .containsOnly(ImportReport.Action.CREATED).hasSize(3);
            for (AssessmentInfo info : b.listAssessments()) {
                assertThat(new ConclusionsRepository(b).load(info.id()).isEmpty()).isTrue();
                assertThat(new PlanTracking(b).load(info.id())).isEmpty();
            }
            assertThat(b.listAssessments()).extracting(AssessmentInfo::label).containsExactlyInAnyOrder("T0", "T1");
        }
    }

    @Test
    void aBundleWithAnUnknownPlanStatusIsRefusedWithItsPlace() throws Exception {
        byte[] bundle;
        try (Store a = open("a.db")) {
            String id = draft(a);
            fill(a, id);
            bundle = Bundles.export(a, Bundles.Selection.assessment(id), Instant.now());
        }
        String bad = new String(bundle, StandardCharsets.UTF_8).replace("\"dropped\"", "\"forgotten\"");
        try (Store b = open("b.db")) {
            assertThatThrownBy(() -> Bundles.importFile(b, "bad.json", bad.getBytes(StandardCharsets.UTF_8), "en",
                    library())).isInstanceOf(StoreException.InvalidImport.class)
                    .satisfies(e -> assertThat(((StoreException) e).message("en"))
                            .contains("planTracking[1].status"));
            assertThat(b.listAssessments()).isEmpty();
        }
    }
}
