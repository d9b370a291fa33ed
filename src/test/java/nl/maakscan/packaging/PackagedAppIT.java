package nl.maakscan.packaging;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Smoke test of the packaged program: the launcher of the app image that the build made in the
 * package phase (packaging/Packager.java) answers as the jar does. Run by failsafe in
 * {@code mvn verify}, headless: the commands open no window. The report also proves that the trimmed
 * runtime has every module the PDF needs (fonts, images, XML).
 */
class PackagedAppIT {

    private static Path launcher;

    @TempDir
    static Path dir;

    /** The exit code and the output of one run. */
    record Run(int exit, String out) {
    }

    @BeforeAll
    static void findLauncher() throws IOException {
        Path file = Path.of(System.getProperty("maakscan.launcherFile", "target/jpackage/launcher.txt"));
        assertThat(file).as("the build writes the launcher's path in the package phase").exists();
        launcher = Path.of(Files.readString(file).strip());
        assertThat(launcher).isExecutable();
    }

    static Run run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("MAAKSCAN_DB", dir.resolve("smoke.db").toString());
        pb.environment().put("XDG_DATA_HOME", dir.resolve("data").toString());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("finished in time").isTrue();
        return new Run(p.exitValue(), out);
    }

    private static Path sample() {
        return Path.of(System.getProperty("maakscan.samples", "src/test/resources/samples"))
                .resolve("01-high-mix-job-shop.json");
    }

    @Test
    void theLauncherTellsItsVersion() throws Exception {
        Run r = run("--version");
        assertThat(r.exit()).as(r.out()).isZero();
        assertThat(r.out()).startsWith("Maakscan ");
    }

    @Test
    void theLauncherValidatesTheBuiltInQuestionnaire() throws Exception {
        Run r = run("validate", "--lang", "en");
        assertThat(r.exit()).as(r.out()).isZero();
        assertThat(r.out()).contains("productie-innovatiescan").contains("65 questions");
    }

    @Test
    void theLauncherAdvisesOnASampleWithDutchNumbers() throws Exception {
        Run r = run("advise", sample().toString(), "--lang", "nl");
        assertThat(r.exit()).as(r.out()).isZero();
        assertThat(r.out()).contains("VOORBEELD").containsPattern("\\d,\\d");
    }

    @Test
    void theLauncherStoresASampleAndWritesItsReport() throws Exception {
        Run imported = run("import", sample().toString(), "--lang", "en");
        assertThat(imported.exit()).as(imported.out()).isZero();
        Path reports = dir.resolve("reports");

        Run r = run("report", "--all", "--out-dir", reports.toString(), "--lang", "nl");

        assertThat(r.exit()).as(r.out()).isZero();
        try (var pdfs = Files.list(reports)) {
            List<Path> written = pdfs.filter(p -> p.toString().endsWith(".pdf")).toList();
            assertThat(written).hasSize(1);
            assertThat(Files.readAllBytes(written.get(0))).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
        }
    }
}
