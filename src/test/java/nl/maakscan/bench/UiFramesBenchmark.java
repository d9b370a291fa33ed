package nl.maakscan.bench;

import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Window;
import nl.maakscan.app.MaakscanApp;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Frames of the user-interface thread (issue 15: none longer than 100 ms): starts the program's window on the
 * 10,000-assessment sample database, opens a company and then its results, as a user would, and measures the
 * gaps between frames (an animation timer that runs every frame: while the JavaFX thread is busy, no frame
 * comes). A watchdog thread samples what the JavaFX thread is doing during every gap longer than 30 ms, so
 * the longest frames come with where their time went. Needs a display ({@code xvfb-run -a}). Figures only.
 * Arguments: the sample database (written when missing), how many companies to open one after another (3).
 */
public final class UiFramesBenchmark {

    static final long GOAL_MS = 100;

    private UiFramesBenchmark() {
    }

    /** Runs the measurement in a fresh JVM with its own data folder (settings), and prints its figures. */
    static void run(Path dir, Path db, int companies) throws Exception {
        if (System.getenv("DISPLAY") == null) {
            System.out.println("user-interface frames: not run, there is no display (run this under xvfb-run -a)");
            return;
        }
        if (!Files.exists(db)) {
            System.out.println("writing the sample database (1,000 companies, 10,000 assessments) to " + db);
            SampleDatabase.write(db, 1000, 10);
        }
        Path home = Files.createDirectories(dir.resolve("ui-home"));
        // as the user's window starts from the jar: with the window's archive (the jar first on the class path, as
        // when the archive was made; the benchmark's classes after it)
        Path jar = Path.of("target/maakscan.jar").toAbsolutePath();
        Path archive = jar.resolveSibling("maakscan-window.jsa");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        if (Files.isRegularFile(archive)) {
            command.addAll(List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off"));
        }
        command.addAll(List.of("-cp", jar + File.pathSeparator + System.getProperty("java.class.path"),
                "-Dui.frames.child=true", UiFramesBenchmark.class.getName(), db.toString(), String.valueOf(companies)));
        System.out.println("user-interface frames: " + (Files.isRegularFile(archive) ? "with" : "without")
                + " the window's class-data-sharing archive");
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).directory(new File("."));
        pb.environment().put("XDG_DATA_HOME", home.toString());
        Process p = pb.redirectOutput(ProcessBuilder.Redirect.INHERIT).start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            System.out.println("user-interface frames: gave up after 10 minutes");
        }
    }

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args.length > 0 ? args[0] : "target/bench/sample.db");
        int companies = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        if (System.getProperty("ui.frames.child") == null) {
            run(Path.of("target/bench"), db, companies);
            return;
        }
        Thread driver = new Thread(() -> drive(companies), "frames-driver");
        driver.setDaemon(true);
        driver.start();
        Application.launch(MaakscanApp.class, "--db", db.toString());
    }

    /** What a user does, step by step, with the frames measured per step. */
    private static void drive(int companies) {
        try {
            Frames frames = startWhenReady();
            frames.phase("window opens, companies listed");
            waitFor(() -> node("#start-companies") instanceof ListView<?> l && !l.getItems().isEmpty(), 120);
            pause(1000);
            for (int i = 0; i < companies; i++) {
                int index = 100 + 250 * i;
                frames.phase("company " + (i + 1) + " selected, its assessments listed");
                long t = System.nanoTime();
                onFx(() -> ((ListView<?>) node("#start-companies")).getSelectionModel().select(index));
                waitFor(() -> node("#start-assessments") instanceof TableView<?> tv && tv.getItems().size() == 10
                        && tv.getSelectionModel().getSelectedItem() != null, 60);
                frames.note("until listed: " + (System.nanoTime() - t) / 1_000_000 + " ms");
                pause(500);
            }
            frames.phase("results opened and shown");
            long t = System.nanoTime();
            onFx(() -> ((Button) node("#start-results")).fire());
            waitFor(() -> node("#results-overall") != null, 60);
            frames.note("until shown: " + (System.nanoTime() - t) / 1_000_000 + " ms");
            pause(1000);
            frames.phase("back to the start screen");
            onFx(() -> ((Button) node("#results-back")).fire());
            waitFor(() -> node("#start-assessments") instanceof TableView<?> tv && tv.getItems().size() == 10, 60);
            pause(1000);
            // the same screens a second time, for another company: what the first time costs more is first use
            frames.phase("again: another company");
            onFx(() -> ((ListView<?>) node("#start-companies")).getSelectionModel().select(50));
            waitFor(() -> node("#start-assessments") instanceof TableView<?> tv && tv.getItems().size() == 10
                    && tv.getSelectionModel().getSelectedItem() != null, 60);
            pause(500);
            frames.phase("again: its results");
            onFx(() -> ((Button) node("#start-results")).fire());
            waitFor(() -> node("#results-overall") != null, 60);
            pause(1000);
            onFx(() -> ((Button) node("#results-back")).fire());
            pause(500);
            frames.print();
        } catch (Exception | AssertionError e) {
            e.printStackTrace();
        } finally {
            Platform.exit();
        }
    }

    private static Frames startWhenReady() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (true) {
            try {
                return onFx(Frames::start);
            } catch (IllegalStateException notYet) {
                if (System.nanoTime() > deadline) {
                    throw notYet;
                }
                Thread.sleep(20);
            }
        }
    }

    static Node node(String selector) {
        for (Window w : Window.getWindows()) {
            Scene s = w.getScene();
            Node n = s == null || s.getRoot() == null ? null : s.getRoot().lookup(selector);
            if (n != null && n.getScene() != null) {
                return n;
            }
        }
        return null;
    }

    static void waitFor(Supplier<Boolean> condition, int seconds) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!onFx(condition::get)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the window did not get there in " + seconds + " s");
            }
            Thread.sleep(10);
        }
    }

    static void onFx(Runnable r) throws Exception {
        onFx(() -> {
            r.run();
            return null;
        });
    }

    static <T> T onFx(Supplier<T> s) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(s.get());
            } catch (RuntimeException e) {
                f.completeExceptionally(e);
            }
        });
        try {
            return f.get(2, TimeUnit.MINUTES);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof Exception ex ? ex : e;
        }
    }

    private static double load() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (java.io.IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    private static void pause(long ms) throws InterruptedException {
        Thread.sleep(ms);
    }

    /** The gaps between frames, per step, with samples of the JavaFX thread's stack during long ones. */
    static final class Frames {
        record Gap(String phase, long ms, long cpuMs, Map<String, Integer> where) {
        }

        private final Thread fx = Thread.currentThread();
        private final List<Gap> gaps = new ArrayList<>();
        private final Map<String, Long> longest = new LinkedHashMap<>();
        private final Map<String, Long> longestCpu = new LinkedHashMap<>();
        private final java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        private long lastCpu = cpu.getCurrentThreadCpuTime();
        private final Map<String, Integer> count = new LinkedHashMap<>();
        private final Map<String, List<String>> notes = new LinkedHashMap<>();
        private volatile String phase = "start";
        private volatile long last = System.nanoTime();
        private Map<String, Integer> samples = new LinkedHashMap<>();

        static Frames start() {
            Frames f = new Frames();
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    f.tick();
                }
            }.start();
            Thread dog = new Thread(f::watch, "frames-watchdog");
            dog.setDaemon(true);
            dog.start();
            return f;
        }

        void phase(String name) {
            phase = name;
        }

        void note(String text) {
            notes.computeIfAbsent(phase, k -> new ArrayList<>()).add(text);
        }

        private void tick() {
            long now = System.nanoTime();
            long ms = (now - last) / 1_000_000;
            last = now;
            long nowCpu = cpu.getCurrentThreadCpuTime();
            long cpuMs = (nowCpu - lastCpu) / 1_000_000;
            lastCpu = nowCpu;
            String p = phase;
            Map<String, Integer> where;
            synchronized (this) {
                where = samples;
                samples = new LinkedHashMap<>();
                longest.merge(p, ms, Math::max);
                longestCpu.merge(p, cpuMs, Math::max);
                count.merge(p, 1, Integer::sum);
                if (ms > 30) {
                    gaps.add(new Gap(p, ms, cpuMs, where));
                }
            }
        }

        /** Samples the JavaFX thread every 5 ms while no frame has come for 30 ms. */
        private void watch() {
            while (true) {
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
                if (System.nanoTime() - last > 30_000_000L) {
                    String at = where(fx.getStackTrace());
                    synchronized (this) {
                        samples.merge(at, 1, Integer::sum);
                    }
                }
            }
        }

        /** The innermost frame of the program, and the innermost frame of all, as one line. */
        private static String where(StackTraceElement[] stack) {
            String top = stack.length == 0 ? "?" : stack[0].getClassName().replaceAll(".*\\.", "") + "."
                    + stack[0].getMethodName();
            for (StackTraceElement e : stack) {
                if (e.getClassName().startsWith("nl.maakscan") && !e.getClassName().startsWith("nl.maakscan.bench")) {
                    return e.getClassName().replace("nl.maakscan.", "") + "." + e.getMethodName() + ":"
                            + e.getLineNumber() + " (in " + top + ")";
                }
            }
            return "JavaFX " + stage(stack) + ": " + top + " <- " + caller(stack);
        }

        /** The step of the JavaFX pulse the thread is in: CSS, layout, drawing, or something else. */
        private static String stage(StackTraceElement[] stack) {
            for (StackTraceElement e : stack) {
                String m = e.getMethodName();
                if (m.equals("doCSSPass") || m.equals("processCSS")) {
                    return "CSS";
                }
                if (m.equals("doLayoutPass") || m.equals("layoutChildren")) {
                    return "layout";
                }
                if (e.getClassName().contains("ViewPainter") || e.getClassName().contains("prism")) {
                    return "drawing";
                }
                if (m.startsWith("synchronize") || m.startsWith("updatePeer")) {
                    return "sync";
                }
            }
            return "other";
        }

        /** The innermost frame outside the JDK's own packages below the top (who asked for it). */
        private static String caller(StackTraceElement[] stack) {
            for (int i = 1; i < stack.length; i++) {
                String c = stack[i].getClassName();
                if (!c.startsWith("java.") && !c.startsWith("jdk.") && !c.startsWith("sun.")) {
                    return c.replaceAll(".*\\.", "") + "." + stack[i].getMethodName();
                }
            }
            return "?";
        }

        synchronized void print() {
            System.out.printf(Locale.ROOT, "user-interface frames (JavaFX thread), longest frame per step "
                    + "(wall time; in brackets the JavaFX thread's own processor time, which other programs on a "
                    + "busy machine do not stretch); load average now %.1f:%n", load());
            long worstUser = 0;
            long worstCpu = 0;
            for (Map.Entry<String, Long> e : longest.entrySet()) {
                if (e.getKey().equals("start")) {
                    continue;
                }
                System.out.printf(Locale.ROOT, "  %-48s %5d ms (%4d ms) longest of %4d frames %s%n", e.getKey(),
                        e.getValue(), longestCpu.get(e.getKey()), count.get(e.getKey()),
                        notes.getOrDefault(e.getKey(), List.of()));
                if (e.getKey().startsWith("company") || e.getKey().startsWith("results")) {   // the steps the goal names
                    worstUser = Math.max(worstUser, e.getValue());
                    worstCpu = Math.max(worstCpu, longestCpu.get(e.getKey()));
                }
            }
            System.out.println("  open a company, open its results: longest frame " + worstUser + " ms (goal: at most "
                    + GOAL_MS + " ms) " + (worstUser <= GOAL_MS ? "met" : "NOT met") + "; its processor time at most "
                    + worstCpu + " ms");
            System.out.println("  the longest frames, and where the JavaFX thread was (samples every 5 ms):");
            gaps.stream().filter(g -> !g.phase().equals("start")).sorted(Comparator.comparingLong(Gap::ms).reversed())
                    .limit(14).forEach(g -> {
                        System.out.printf(Locale.ROOT, "    %5d ms (%4d ms)  %s%n", g.ms(), g.cpuMs(), g.phase());
                        g.where().entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                                .limit(6).forEach(w -> System.out.printf("             %3d x %s%n", w.getValue(),
                                        w.getKey()));
                    });
        }
    }
}
