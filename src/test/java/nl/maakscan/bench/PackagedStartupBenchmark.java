package nl.maakscan.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * The packaged program's start (app image with its AppCDS archive, {@code maakscan --measure-startup})
 * against a plain-jar start of a bare JavaFX window ({@link BareWindow} in a jar of its own, started
 * with {@code java -jar}, JavaFX from {@code target/lib}), alternately, both measured from JVM start
 * to the first frame. Prints the medians and their ratio (goal: at most 0.7), and the fastest starts. Needs the app image
 * made with {@code -Ppackage} (or {@code -Dpackager.mode=cds}) and a display ({@code xvfb-run -a}).
 */
public final class PackagedStartupBenchmark {

    private PackagedStartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        run(Path.of(args.length > 0 ? args[0] : "target/bench"), 7);
    }

    static double run(Path dir, int runs) throws Exception {
        Files.createDirectories(dir);
        Path launcher = Path.of(Files.readString(Path.of("target/jpackage/launcher.txt")).strip());
        Path archive = launcher.getParent().getParent().resolve("lib/app/maakscan.jsa");
        Path jar = bareWindowJar(dir.resolve("bare-window.jar"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> packaged = List.of(launcher.toString(), "--measure-startup");
        List<String> plain = List.of(java, "-jar", jar.toString());
        StartupBenchmark.measure(packaged, dir);
        StartupBenchmark.measure(plain, dir);
        List<Long> a = new ArrayList<>();
        List<Long> b = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            a.add(StartupBenchmark.measure(packaged, dir));
            b.add(StartupBenchmark.measure(plain, dir));
        }
        double ratio = (double) StartupBenchmark.median(a) / StartupBenchmark.median(b);
        long fastestA = a.stream().mapToLong(Long::longValue).min().orElseThrow();
        long fastestB = b.stream().mapToLong(Long::longValue).min().orElseThrow();
        System.out.printf("Start to the first frame, %d starts each (median, fastest)%n", runs);
        System.out.printf("  packaged Maakscan (%s)   %d ms, %d ms  %s%n", Files.exists(archive)
                ? "with AppCDS archive" : "NO AppCDS archive: build with -Ppackage", StartupBenchmark.median(a),
                fastestA, a);
        System.out.printf("  bare JavaFX window, java -jar  %d ms, %d ms  %s%n", StartupBenchmark.median(b), fastestB, b);
        System.out.printf("  ratio of medians               %s%n", Figures.ratio(ratio, 0.7));
        System.out.printf("  ratio of the fastest starts    %.2f (less disturbed by other work on the machine)%n",
                (double) fastestA / fastestB);
        return ratio;
    }

    /** A jar with only the bare window; its manifest puts the JavaFX jars of target/lib on the class path. */
    private static Path bareWindowJar(Path jar) throws IOException {
        Path classes = Path.of("target/test-classes");
        List<String> javafx;
        try (Stream<Path> libs = Files.list(Path.of("target/lib"))) {
            javafx = libs.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("javafx-")).sorted()
                    .map(n -> Path.of("target/lib", n).toAbsolutePath().toUri().toString()).toList();
        }
        Manifest m = new Manifest();
        m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        m.getMainAttributes().put(Attributes.Name.MAIN_CLASS, BareWindow.class.getName());
        m.getMainAttributes().put(Attributes.Name.CLASS_PATH, String.join(" ", javafx));
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, m);
                Stream<Path> all = Files.list(classes.resolve("nl/maakscan/bench"))) {
            for (Path c : all.filter(p -> p.getFileName().toString().startsWith("BareWindow")).toList()) {
                out.putNextEntry(new JarEntry("nl/maakscan/bench/" + c.getFileName()));
                out.write(Files.readAllBytes(c));
                out.closeEntry();
            }
        }
        return jar;
    }
}
