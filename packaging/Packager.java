import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;

/**
 * Builds the packaged Maakscan with the JDK's own tools (run by Maven, see packaging/README.md):
 * <ol>
 *   <li>a trimmed Java runtime: the modules jdeps finds in the jar and its libraries, plus those in
 *       {@code packaging/jlink-modules.txt}, linked by jlink;</li>
 *   <li>an app image with the launcher {@code bin/maakscan} (jpackage, argument files
 *       {@code packaging/jpackage.txt}, {@code packaging/app-image.txt} and
 *       {@code packaging/OS/app-image.txt});</li>
 *   <li>with {@code --cds}: an AppCDS archive from the training runs in {@code packaging/training.txt}
 *       (see {@link Training});</li>
 *   <li>with {@code --installer}: the installer of this system (.deb, .msi or .dmg) from
 *       {@code packaging/OS/installer.txt}.</li>
 * </ol>
 * Run from the project folder after {@code mvn package}:
 * {@code java packaging/Packager.java --version 0.1.0 --mode app-image|cds|installer}
 * ({@code cds}: the app image with its AppCDS archive; {@code installer}: that and the installer).
 * The path of the launcher for commands is written to {@code target/jpackage/launcher.txt}.
 */
public final class Packager {

    static final Path TARGET = Path.of("target");
    static final Path WORK = TARGET.resolve("jpackage");
    static final Path IMAGE_DIR = WORK.resolve("image");

    private Packager() {
    }

    public static void main(String[] args) throws Exception {
        List<String> a = Arrays.asList(args);
        String version = numeric(a.contains("--version") ? a.get(a.indexOf("--version") + 1) : "0.0.0");
        String mode = a.contains("--mode") ? a.get(a.indexOf("--mode") + 1) : "app-image";
        Os os = Os.current();
        Set<String> modules = modules();
        Path runtime = runtime(modules);
        Path image = appImage(os, runtime, version);
        Files.writeString(WORK.resolve("launcher.txt"), os.commandLauncher(image).toAbsolutePath().toString());
        if (mode.equals("cds") || mode.equals("installer")) {
            new Training(os, image).run();
        }
        if (mode.equals("installer")) {
            installer(os, image, version);
        }
        System.out.println("Packager: app image " + os.launcher(image));
    }

    /** jpackage wants 1 to 3 numbers: 0.1.0-SNAPSHOT becomes 0.1.0. */
    static String numeric(String version) {
        String v = version.replaceAll("[^0-9.].*$", "");
        return v.isEmpty() ? "0.0.0" : v;
    }

    /** The modules the program needs: what jdeps finds, and the ones it cannot see (services, locales). */
    static Set<String> modules() throws IOException {
        List<String> jars = jars(TARGET.resolve("lib"));
        String found = tool("jdeps", "--ignore-missing-deps", "--print-module-deps", "--multi-release", "17",
                "--class-path", String.join(java.io.File.pathSeparator, jars), TARGET.resolve("maakscan.jar")
                        .toString()).strip();
        Set<String> modules = new TreeSet<>(List.of(found.split(",")));
        modules.addAll(listed(Path.of("packaging/jlink-modules.txt")));
        System.out.println("Packager: modules " + String.join(",", modules));
        return modules;
    }

    /** A runtime with only these modules; kept when it was linked with the same modules before. */
    static Path runtime(Set<String> modules) throws IOException {
        Path runtime = WORK.resolve("runtime");
        Path stamp = WORK.resolve("runtime.modules");
        String wanted = String.join(",", modules);
        if (Files.isDirectory(runtime) && Files.exists(stamp) && Files.readString(stamp).equals(wanted)) {
            return runtime;
        }
        delete(runtime);
        tool("jlink", "--add-modules", wanted, "--include-locales=en,nl", "--strip-debug", "--no-header-files",
                "--no-man-pages", "--generate-cds-archive", "--output", runtime.toString());
        Files.writeString(stamp, wanted);
        return runtime;
    }

    /** The app image: the runtime, the jar and its libraries, and the launcher. */
    static Path appImage(Os os, Path runtime, String version) throws IOException {
        Path input = WORK.resolve("input");
        delete(input);
        Files.createDirectories(input);
        Files.copy(TARGET.resolve("maakscan.jar"), input.resolve("maakscan.jar"));
        for (String jar : jars(TARGET.resolve("lib"))) {
            Files.copy(Path.of(jar), input.resolve(Path.of(jar).getFileName()));
            nativeLibraries(Path.of(jar), input);
        }
        delete(IMAGE_DIR);
        tool("jpackage", "@packaging/jpackage.txt", "@packaging/app-image.txt",
                "@packaging/" + os.folder + "/app-image.txt", "--type",
                "app-image", "--app-version", version, "--runtime-image", runtime.toString(), "--input",
                input.toString(), "--dest", IMAGE_DIR.toString());
        try (Stream<Path> made = Files.list(IMAGE_DIR)) {
            return made.findFirst().orElseThrow(() -> new IllegalStateException("jpackage made no app image"));
        }
    }

    /**
     * JavaFX's native libraries, taken out of its jars and put next to them, where JavaFX looks first:
     * otherwise it copies them to a cache in the user's home and checks them there at every start.
     */
    static void nativeLibraries(Path jar, Path folder) throws IOException {
        if (!jar.getFileName().toString().startsWith("javafx-")) {
            return;
        }
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(jar.toFile())) {
            for (var e : java.util.Collections.list(zip.entries())) {
                String name = e.getName();
                if (!name.contains("/") && name.matches(".*\\.(so|dll|dylib)$")) {
                    try (var in = zip.getInputStream(e)) {
                        Files.copy(in, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
    }

    /**
     * The installer of this system, made from the app image without its AppCDS archive: the archive
     * is valid only in the folder it was made in (see Training); the .deb makes it when installed.
     */
    static void installer(Os os, Path image, String version) throws IOException {
        Path dest = TARGET.resolve("installer");
        Files.createDirectories(dest);
        Path archive = Training.archive(os, image);
        Path aside = WORK.resolve("maakscan.jsa.aside");
        boolean moved = Files.exists(archive);
        if (moved) {
            Files.move(archive, aside, StandardCopyOption.REPLACE_EXISTING);
        }
        try {
            tool("jpackage", "@packaging/jpackage.txt", "@packaging/" + os.folder + "/installer.txt",
                    "--app-image", image.toString(),
                    "--app-version", version, "--dest", dest.toString());
        } finally {
            if (moved) {
                Files.move(aside, archive, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        try (Stream<Path> made = Files.list(dest)) {
            made.forEach(p -> System.out.println("Packager: installer " + p));
        }
    }

    /** Runs a JDK tool in this JVM; fails with its output when it fails. Returns what it printed. */
    static String tool(String name, String... args) {
        ToolProvider tool = ToolProvider.findFirst(name)
                .orElseThrow(() -> new IllegalStateException(name + " is not in this JDK (a JDK 17 is needed)"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String line = String.join(" ", args);
        System.out.println("Packager: " + name + " " + (line.length() > 300 ? line.substring(0, 300) + " ..." : line));
        int exit = tool.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        System.out.print(err);
        if (exit != 0) {
            throw new IllegalStateException(name + " failed (" + exit + "):\n" + out + err);
        }
        return out.toString();
    }

    /** The non-empty lines of a list file, without # comments. */
    static List<String> listed(Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            String l = line.replaceAll("#.*$", "").strip();
            if (!l.isEmpty()) {
                lines.add(l);
            }
        }
        return lines;
    }

    static List<String> jars(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".jar")).map(Path::toString).sorted().toList();
        }
    }

    static void delete(Path root) throws IOException {
        if (Files.exists(root)) {
            try (Stream<Path> all = Files.walk(root)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    /** What differs per system: the folder of its settings and where the launcher and app folder are. */
    enum Os {
        LINUX("linux", "bin/maakscan", "bin/maakscan", "lib/app"),
        WINDOWS("windows", "Maakscan.exe", "maakscan-cli.exe", "app"),
        MACOS("macos", "Contents/MacOS/Maakscan", "Contents/MacOS/Maakscan", "Contents/app");

        final String folder;
        final String launcher;
        /** The launcher whose output can be read (on Windows the one with a console). */
        final String commandLauncher;
        final String app;

        Os(String folder, String launcher, String commandLauncher, String app) {
            this.folder = folder;
            this.launcher = launcher;
            this.commandLauncher = commandLauncher;
            this.app = app;
        }

        Path commandLauncher(Path image) {
            return image.resolve(commandLauncher);
        }

        static Os current() {
            String name = System.getProperty("os.name").toLowerCase(Locale.ROOT);
            return name.startsWith("windows") ? WINDOWS : name.startsWith("mac") ? MACOS : LINUX;
        }

        Path launcher(Path image) {
            return image.resolve(launcher);
        }

        Path app(Path image) {
            return image.resolve(app);
        }
    }
}

/**
 * AppCDS from training runs. Each line of {@code packaging/training.txt} is one run of the packaged
 * launcher, with the JVM writing the classes it loads ({@code -XX:DumpLoadedClassList}). The lists
 * together become {@code maakscan.classlist} next to the jars; then the launcher itself dumps a static
 * archive {@code maakscan.jsa} from it ({@code -Xshare:dump}), which the launcher's options name
 * ({@code -XX:SharedArchiveFile=$APPDIR/maakscan.jsa}). In JDK 17 an archive is valid only for the
 * folder it was made in, so the .deb ships the class list and makes the archive when it is installed.
 * A run that needs a window (line starting with {@code gui}) gets Xvfb when there is no display.
 */
final class Training {

    private final Packager.Os os;
    private final Path image;
    private final Path out = Packager.WORK.resolve("training");

    Training(Packager.Os os, Path image) {
        this.os = os;
        this.image = image;
    }

    static Path archive(Packager.Os os, Path image) {
        return os.app(image).resolve("maakscan.jsa");
    }

    void run() throws IOException, InterruptedException {
        Packager.delete(out);
        Files.createDirectories(out);
        Set<String> classes = new LinkedHashSet<>();
        int n = 0;
        Process xvfb = null;
        try {
            for (String line : Packager.listed(Path.of("packaging/training.txt"))) {
                boolean gui = line.startsWith("gui ");
                String display = System.getenv("DISPLAY");
                if (gui && (display == null || display.isBlank()) && xvfb == null) {
                    xvfb = new ProcessBuilder("Xvfb", ":77", "-screen", "0", "1280x800x24", "-nolisten", "tcp")
                            .redirectErrorStream(true).redirectOutput(out.resolve("xvfb.log").toFile()).start();
                    Thread.sleep(1500);
                }
                Path list = out.resolve("run-" + (++n) + ".classlist");
                List<String> command = new ArrayList<>(List.of(os.launcher(image).toString()));
                for (String arg : (gui ? line.substring(4) : line).strip().split("\\s+")) {
                    command.add(arg.replace("{samples}", Path.of("src/test/resources/samples").toAbsolutePath()
                            .toString()).replace("{out}", out.toAbsolutePath().toString()));
                }
                int exit = launch(command, "-XX:DumpLoadedClassList=" + list.toAbsolutePath(),
                        xvfb != null ? ":77" : null, out.resolve("run-" + n + ".log"));
                System.out.println("Packager: training run " + n + " (" + line + ") exit " + exit);
                if (Files.exists(list)) {
                    classes.addAll(Files.readAllLines(list));
                }
            }
        } finally {
            if (xvfb != null) {
                xvfb.destroy();
            }
        }
        Path classList = os.app(image).resolve("maakscan.classlist");
        Files.write(classList, classes);
        Path archive = archive(os, image);
        Files.deleteIfExists(archive);
        launch(List.of(os.launcher(image).toString()), "-Xshare:dump -XX:SharedClassListFile="
                + classList.toAbsolutePath(), null, out.resolve("dump.log"));
        System.out.printf("Packager: AppCDS archive %s, %d classes, %.1f MB%n", archive, classes.size(),
                Files.exists(archive) ? Files.size(archive) / 1e6 : 0.0);
    }

    /** Runs the launcher with extra JVM options, a scratch database and data folder; returns the exit code. */
    private int launch(List<String> command, String jvmOptions, String display, Path log)
            throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("JAVA_TOOL_OPTIONS", jvmOptions);
        pb.environment().put("MAAKSCAN_DB", out.resolve("training.db").toAbsolutePath().toString());
        pb.environment().put("XDG_DATA_HOME", out.resolve("data").toAbsolutePath().toString());
        if (display != null) {
            pb.environment().put("DISPLAY", display);
        }
        Process p = pb.start();
        if (!p.waitFor(180, java.util.concurrent.TimeUnit.SECONDS)) {
            p.destroy();
            p.waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
            return -1;
        }
        return p.exitValue();
    }
}
