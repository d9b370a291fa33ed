package nl.maakscan.bench;

import nl.maakscan.store.Store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Opening the sample database (10,000 assessments over 1,000 companies, see {@link SampleDatabase})
 * and listing its companies, against the same for an empty database, the way the program does it at
 * start: a fresh JVM that opens the store with the default options (automatic backup included) and
 * lists the companies. Each start is a child process timed from launch to exit, alternating between
 * the two databases; the medians are compared. The first start after the sample was written (when the
 * automatic backup copies it) is shown apart. Arguments: folder (default target/bench), starts (11).
 */
public final class OpenAndListBenchmark {

    private OpenAndListBenchmark() {
    }

    /** The child: opens the database, lists the companies, prints their number and the time it took. */
    public static final class Child {
        private Child() {
        }

        public static void main(String[] args) {
            long t0 = System.nanoTime();
            try (Store store = Store.open(Path.of(args[0]))) {
                int n = store.listCompanies().size();
                System.out.println(n + " " + (System.nanoTime() - t0));
            }
        }
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "target/bench"));
        int starts = args.length > 1 ? Integer.parseInt(args[1]) : 11;
        run(dir, starts);
    }

    static double run(Path dir, int starts) throws Exception {
        Path sample = SampleDatabase.in(dir);
        Path empty = dir.resolve("empty.db");
        deleteDatabase(empty);
        deleteBackups(dir);
        Store.open(empty).close();
        long[] first = start(sample);
        start(empty);
        List<Long> sampleWall = new ArrayList<>();
        List<Long> emptyWall = new ArrayList<>();
        List<Long> sampleInside = new ArrayList<>();
        List<Long> emptyInside = new ArrayList<>();
        for (int i = 0; i < starts; i++) {
            long[] s = start(sample);
            long[] e = start(empty);
            sampleWall.add(s[0]);
            sampleInside.add(s[1]);
            emptyWall.add(e[0]);
            emptyInside.add(e[1]);
        }
        double ratio = Figures.median(sampleWall) / Figures.median(emptyWall);
        System.out.printf("Open the database and list its companies, fresh JVM per start, median of %d starts%n",
                starts);
        System.out.printf("  empty database                         %s  (open + list inside the JVM %s)%n",
                Figures.ms(Figures.median(emptyWall)), Figures.ms(Figures.median(emptyInside)));
        System.out.printf("  sample, 1,000 companies, 10,000 scans  %s  (open + list inside the JVM %s)%n",
                Figures.ms(Figures.median(sampleWall)), Figures.ms(Figures.median(sampleInside)));
        System.out.printf("  ratio of medians                       %s%n", Figures.ratio(ratio, 1.2));
        System.out.printf("  first start after the sample was written (automatic backup of %.0f MB): %s%n",
                Files.size(sample) / 1e6, Figures.ms(first[0]));
        return ratio;
    }

    /** One start of the child: wall time of the process and the time it measured inside, in ns. */
    private static long[] start(Path db) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                Child.class.getName(), db.toString()).redirectError(ProcessBuilder.Redirect.DISCARD);
        long t0 = System.nanoTime();
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes()).strip();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("the start on " + db + " failed: " + out);
        }
        long wall = System.nanoTime() - t0;
        return new long[] {wall, Long.parseLong(out.split(" ")[1])};
    }

    private static void deleteDatabase(Path db) throws IOException {
        for (String suffix : List.of("", "-wal", "-shm")) {
            Files.deleteIfExists(Path.of(db + suffix));
        }
    }

    private static void deleteBackups(Path dir) throws IOException {
        Path backups = dir.resolve("backups");
        if (Files.isDirectory(backups)) {
            try (var files = Files.list(backups)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
        }
    }
}
