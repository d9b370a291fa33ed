package nl.maakscan.store;

import nl.maakscan.app.CliTest;
import nl.maakscan.app.CliTest.Run;
import nl.maakscan.model.Conclusions;
import nl.maakscan.model.PlanStepStatus;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database file as the released schema 3 wrote it (made by that build: sample 02 imported, then the
 * adviser's conclusions, method and two tracked plan steps): the current program opens it, migrates it to
 * the newest schema keeping every row, and makes its report.
 */
class ReleasedDatabasesTest {

    private static final String ASSESSMENT = "9a2b0555-f951-3243-b61d-9bbdd4a561eb";

    @TempDir
    Path dir;

    @Test
    void aSchemaThreeDatabaseIsMigratedKeepsConclusionsAndPlanStatusAndIsReported() throws Exception {
        Path db = dir.resolve("maakscan.db");
        try (InputStream in = ReleasedDatabasesTest.class.getResourceAsStream("/store/v3-conclusions-plan-tracking.db")) {
            Files.copy(in, db);
        }
        assertThat(userVersion(db)).as("the fixture is a schema 3 database").isEqualTo(3);

        try (Store store = Store.open(db, Store.Options.defaults().withBackupsKept(0))) {
            assertThat(store.listAssessments()).extracting(AssessmentInfo::id).containsExactly(ASSESSMENT);
            Conclusions c = store.conclusions().load(ASSESSMENT);
            assertThat(c.overall()).startsWith("Sterke vakmensen");
            assertThat(c.dimension("automation")).startsWith("Lassen en zetten");
            assertThat(c.method()).isEqualTo(Conclusions.Method.INTERVIEW);
            assertThat(c.participants()).isEqualTo("Eigenaar en werkvoorbereider");
            Map<String, PlanStepStatus> steps = store.planTracking().load(ASSESSMENT);
            assertThat(steps).hasSize(2);
            assertThat(steps.get("robot-deburring/insight").status()).isEqualTo(PlanStepStatus.Status.IN_PROGRESS);
            assertThat(steps.get("lift-assist-exoskeleton/insight").status()).isEqualTo(PlanStepStatus.Status.DROPPED);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT max(version) FROM schema_history")) {
            assertThat(r.getInt(1)).isEqualTo(Migrations.LATEST);
        }

        Path pdf = dir.resolve("rapport.pdf");
        Run r = CliTest.run("--db", db.toString(), "report", "--assessment", ASSESSMENT, "--lang", "nl",
                "--out", pdf.toString());
        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("VOORBEELD Plaatwerk Oost").contains("Sterke vakmensen")
                    .contains("Lassen en zetten").contains("Eigenaar en werkvoorbereider");
        }
        // the plan status prints only at a follow-up; the bundle carries it from this first assessment on
        Path bundle = dir.resolve("bundle.json");
        Run e = CliTest.run("--db", db.toString(), "export", "--all", "--out", bundle.toString());
        assertThat(e.exit()).as(e.out() + e.err()).isZero();
        assertThat(Files.readString(bundle)).contains("Offertes van twee leveranciers opgevraagd", "dropped");
    }

    private static int userVersion(Path db) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("PRAGMA user_version")) {
            return r.getInt(1);
        }
    }
}
