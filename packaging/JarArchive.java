import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The class-data-sharing archive of the plain jar ({@code target/maakscan.jsa}), made in the package phase
 * after the jar: one training run of {@code report} on sample 01 in a scratch database, with
 * {@code -XX:ArchiveClassesAtExit}. {@code java -jar target/maakscan.jar} starts its commands again with
 * that archive (nl.maakscan.app.Relaunch); see docs/decisions/0008-report-speed.md. A failed training run
 * leaves no archive and fails nothing: the jar works without it.
 *
 * <p>{@code java packaging/JarArchive.java target/maakscan.jar src/test/resources/samples/01-high-mix-job-shop.json}
 */
public final class JarArchive {

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args[0]).toAbsolutePath();
        Path sample = Path.of(args[1]).toAbsolutePath();
        Path archive = jar.resolveSibling("maakscan.jsa");
        Files.deleteIfExists(archive);
        Path scratch = Files.createTempDirectory("maakscan-cds");
        long t0 = System.nanoTime();
        try {
            Path db = scratch.resolve("training.db");
            Path part = scratch.resolve("maakscan.jsa");
            boolean ok = run(scratch, List.of(), jar, "--db", db.toString(), "import", sample.toString())
                    && run(scratch, List.of("-XX:ArchiveClassesAtExit=" + part, "-Xlog:cds=off",
                            "-Xlog:cds+dynamic=off"), jar, "--db", db.toString(), "report", "--all",
                            "--out-dir", scratch.resolve("reports").toString())
                    && Files.isRegularFile(part);
            if (ok) {
                Files.move(part, archive, StandardCopyOption.REPLACE_EXISTING);
                System.out.printf("JarArchive: %s, %.1f MB, made in %.1f s%n", archive, Files.size(archive) / 1e6,
                        (System.nanoTime() - t0) / 1e9);
            } else {
                System.out.println("JarArchive: the training run failed (see " + scratch.resolve("training.log")
                        + "); the jar runs without an archive");
                return;
            }
        } finally {
            if (Files.exists(archive)) {
                delete(scratch);
            }
        }
    }

    private static boolean run(Path scratch, List<String> options, Path jar, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options);
        command.add("-Dmaakscan.relaunched=true");
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(scratch.resolve("training.log").toFile())).start();
        return p.waitFor() == 0;
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
