package nl.maakscan.bench;

import nl.maakscan.advice.PlanRates;
import nl.maakscan.content.LoadResult;
import nl.maakscan.content.QuestionnaireLibrary;
import nl.maakscan.model.Company;
import nl.maakscan.model.LevelAnswer;
import nl.maakscan.programme.Programme;
import nl.maakscan.programme.ProgrammeOverview;
import nl.maakscan.programme.Selection;
import nl.maakscan.store.AssessmentInfo;
import nl.maakscan.store.Engines;
import nl.maakscan.store.Store;
import nl.maakscan.store.StoreProgrammeSource;
import nl.maakscan.store.Sync;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The organisation's server under load, on a real PostgreSQL (the tests' embedded server, no Docker): a
 * sample of 100,000 assessments over 10,000 companies ({@link PostgresSample}, sample data) against an empty
 * database, and the work of coaches' laptops against it. Figures, not tests. Prints: the fill; opening the
 * store, listing the companies and a search (the start screen's) against the empty database, as ratios; the
 * programme overview; one laptop's sync of 1,000 changed assessments against the same on a server with only
 * that coach's companies; and 20 laptops (threads, each its own file, its own coach login and companies, pairs
 * of them sharing a company whose assessments both change) syncing at once, then a check that nothing sent was
 * lost. Arguments: folder (default target/bench), companies (10000), assessments per company (10), and
 * {@code no-programme} to leave the overview out.
 */
public final class PostgresBenchmark {

    private static final int RUNS = 11;
    private static final int LAPTOPS = 20;
    private static final int OWN = 10;

    private PostgresBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "target/bench"));
        run(dir, args.length > 1 ? Integer.parseInt(args[1]) : 10_000, args.length > 2 ? Integer.parseInt(args[2])
                : 10, !(args.length > 3 && args[3].equals("no-programme")));
    }

    static void run(Path dir, int companies, int per, boolean programme) throws Exception {
        Path work = Files.createDirectories(dir.resolve("postgres"));
        try (var old = Files.list(work)) {
            for (Path f : old.toList()) {
                Files.delete(f);
            }
        }
        long t0 = System.nanoTime();
        Engines.server();
        System.out.printf(Locale.ROOT, "PostgreSQL benchmark, %d cores; embedded server started in %.1f s%n",
                Runtime.getRuntime().availableProcessors(), (System.nanoTime() - t0) / 1e9);
        String full = Engines.newServerDatabase();
        String empty = Engines.newServerDatabase();
        Store.open(empty, options(), null).close();
        t0 = System.nanoTime();
        PostgresSample.write(full, companies, per);
        System.out.printf(Locale.ROOT, "  fill: %,d companies, %,d assessments (sample data), %,d answer rows in "
                + "%.1f s; database %,d MB%n", companies, companies * per, count(full, "SELECT "
                + "(SELECT count(*) FROM level_answer) + (SELECT count(*) FROM adoption_answer) + "
                + "(SELECT count(*) FROM priority_weight)"), (System.nanoTime() - t0) / 1e9,
                count(full, "SELECT pg_database_size(current_database())") / 1_000_000);
        openListSearch(full, empty);
        int coachCompanies = 1000 / per;
        syncOneLaptop(work, full, coachCompanies, per, companies);
        laptops(work, full, coachCompanies, per);
        if (programme) {
            programme(full);   // last: the longest
        }
    }

    private static Store.Options options() {
        return Store.Options.defaults().withBackupsKept(0);
    }

    /** Open, list and search, alternating between the sample and the empty database; medians and ratios. */
    private static void openListSearch(String full, String empty) {
        long[][] fullTimes = new long[3][RUNS];
        long[][] emptyTimes = new long[3][RUNS];
        openListSearch(full);   // warm-up of this JVM
        openListSearch(empty);
        for (int i = 0; i < RUNS; i++) {
            long[] f = openListSearch(full);
            long[] e = openListSearch(empty);
            for (int k = 0; k < 3; k++) {
                fullTimes[k][i] = f[k];
                emptyTimes[k][i] = e[k];
            }
        }
        String[] names = {"open the store", "list the companies", "search (filter the list, list the match's "
                + "assessments)"};
        System.out.printf("  in this JVM after a warm-up, median of %d, sample against empty database:%n", RUNS);
        for (int k = 0; k < 3; k++) {
            double f = Figures.median(fullTimes[k]);
            double e = Figures.median(emptyTimes[k]);
            System.out.printf(Locale.ROOT, "    %-62s %s against %s: ratio %.1f%n", names[k], Figures.ms(f),
                    Figures.ms(e), f / e);
        }
    }

    private static long[] openListSearch(String address) {
        long t0 = System.nanoTime();
        try (Store store = Store.open(address, options(), null)) {
            long t1 = System.nanoTime();
            List<Company> list = store.listActiveCompanies();
            long t2 = System.nanoTime();
            String term = "bedrijf 0421";
            List<Company> found = list.stream().filter(c -> (c.name() + " " + c.place() + " " + c.kvk())
                    .toLowerCase(Locale.ROOT).contains(term)).toList();
            for (Company c : found) {
                store.listAssessments(c.id());
            }
            long t3 = System.nanoTime();
            return new long[] {t1 - t0, t2 - t1, t3 - t2};
        }
    }

    private static void programme(String full) {
        try (Store store = Store.open(full, options(), null)) {
            long c0 = ProgrammeBenchmark.processCpuNanos();
            long t0 = System.nanoTime();
            ProgrammeOverview o = Programme.of(new StoreProgrammeSource(store), new Selection(null, null, null, true),
                    PlanRates.POLICY);
            double wall = (System.nanoTime() - t0) / 1e9;
            double cpu = (ProgrammeBenchmark.processCpuNanos() - c0) / 1e9;
            System.out.printf(Locale.ROOT, "  programme overview, every assessment (samples counted): %,d companies, "
                    + "%,d assessments in %.1f s, processor time %.1f s (%.2f ms per assessment)%n",
                    o.totals().companies(), o.totals().assessments(), wall, cpu, cpu * 1e3 / o.totals().assessments());
        }
    }

    /** A coach's address on the server: the same database, logged in as {@code coach} (trust in the tests). */
    private static String as(String address, String coach) {
        return address.replaceFirst("postgresql://[^@/]+@", "postgresql://" + coach + "@");
    }

    private static void assign(String server, String coach, List<String> companyIds) {
        try (Store admin = Store.open(server, options(), null)) {
            admin.serverAdmin().addCoach(coach, null);
            for (String id : companyIds) {
                admin.serverAdmin().assign(id, coach);
            }
        }
    }

    private static List<Sync.CompanyResult> sync(Store laptop, String server, String name) {
        try (Store s = Store.open(server, options(), null)) {
            return new Sync(laptop, s, name).run();
        }
    }

    /** One laptop, 1,000 assessments: the first sync (all down), then 1,000 changed ones up; against a small server. */
    private static void syncOneLaptop(Path work, String full, int coachCompanies, int per, int companies)
            throws Exception {
        String small = Engines.newServerDatabase();
        PostgresSample.write(small, coachCompanies, per);
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= coachCompanies; i++) {
            ids.add(PostgresSample.companyId(companies - i));   // companies the small sample lacks: same size
        }
        List<String> smallIds = new ArrayList<>();
        for (int i = 0; i < coachCompanies; i++) {
            smallIds.add(PostgresSample.companyId(i));
        }
        double[] onFull = oneLaptop(work.resolve("laptop-full.db"), full, ids, "bench_coach");
        double[] onSmall = oneLaptop(work.resolve("laptop-small.db"), small, smallIds, "bench_coach");
        System.out.printf(Locale.ROOT, "  one laptop, %d companies, %,d assessments, coach login:%n", coachCompanies,
                coachCompanies * per);
        System.out.printf(Locale.ROOT, "    first sync (everything down)            %.1f s against %.1f s on a "
                + "server with only these companies: ratio %.2f%n", onFull[0], onSmall[0], onFull[0] / onSmall[0]);
        System.out.printf(Locale.ROOT, "    sync of %,d changed assessments (up)    %.1f s (%.1f ms each) against "
                + "%.1f s: ratio %.2f; %d of %d changes found on the server%n", (int) onFull[2], onFull[1],
                onFull[1] * 1e3 / onFull[2], onSmall[1], onFull[1] / onSmall[1], (int) onFull[3], (int) onFull[2]);
    }

    /** First sync time, changed sync time, changes made, changes found on the server. */
    private static double[] oneLaptop(Path file, String server, List<String> companyIds, String coach)
            throws Exception {
        assign(server, coach, companyIds);
        String address = as(server, coach);
        try (Store laptop = Store.open(file, options())) {
            long t0 = System.nanoTime();
            check(sync(laptop, address, "bench-laptop"));
            double first = (System.nanoTime() - t0) / 1e9;
            int changed = change(laptop, "bench change");
            t0 = System.nanoTime();
            check(sync(laptop, address, "bench-laptop"));
            double up = (System.nanoTime() - t0) / 1e9;
            long found = count(server, "SELECT count(*) FROM level_answer WHERE note = 'bench change'");
            return new double[] {first, up, changed, found};
        }
    }

    private static void check(List<Sync.CompanyResult> results) {
        for (Sync.CompanyResult r : results) {
            if (r.failed()) {
                throw new IllegalStateException("sync of " + r.name() + " failed: " + r.failure());
            }
        }
    }

    /** Changes the first question's answer of every assessment on the laptop, with {@code note}. */
    private static int change(Store laptop, String note) {
        int n = 0;
        for (AssessmentInfo a : laptop.listAssessments()) {
            String question = laptop.questionnaire(a.contentHash()).questions().get(0).id();
            boolean wasFinal = a.status() == AssessmentInfo.Status.FINAL;
            if (wasFinal) {
                laptop.reopen(a.id());
            }
            laptop.saveAnswer(a.id(), question, LevelAnswer.level(n % 6).withNote(note));
            if (wasFinal) {
                laptop.finish(a.id());
            }
            n++;
        }
        return n;
    }

    /** 20 laptops, each its own coach and companies, pairs sharing one company; all sync at once. */
    private static void laptops(Path work, String full, int first, int per) throws Exception {
        LoadResult builtIn = QuestionnaireLibrary.loadBuiltIn(Locale.ENGLISH).get(0);
        int base = first;   // companies from here on: the one laptop above had the last ones
        List<List<String>> own = new ArrayList<>();
        for (int l = 0; l < LAPTOPS; l++) {
            List<String> ids = new ArrayList<>();
            for (int k = 0; k < OWN; k++) {
                ids.add(PostgresSample.companyId(base + l * OWN + k));
            }
            ids.add(PostgresSample.companyId(base + LAPTOPS * OWN + l / 2));   // shared with the other of the pair
            own.add(ids);
            assign(full, coach(l), ids);
        }
        long companiesBefore = count(full, "SELECT count(*) FROM company");
        long assessmentsBefore = count(full, "SELECT count(*) FROM assessment");
        List<Store> stores = new ArrayList<>();
        int[] changed = new int[LAPTOPS];
        try {
            for (int l = 0; l < LAPTOPS; l++) {
                stores.add(Store.open(work.resolve("laptop-" + l + ".db"), options()));
            }
            double down = atOnce(stores, full, "first syncs (everything down)")[0];
            for (int l = 0; l < LAPTOPS; l++) {
                Store s = stores.get(l);
                changed[l] = change(s, "laptop " + l);
                Company c = s.createCompany(new Company(null, String.format(Locale.ROOT,
                        "VOORBEELD Nieuw %02d (sample)", l), null, null, 12, List.of(), null, null));
                String a = s.createAssessment(c.id(), builtIn, "T0", PostgresSample.ASSESSOR).id();
                s.saveAnswer(a, s.questionnaire(builtIn.questionnaire().contentHash()).questions().get(0).id(),
                        LevelAnswer.level(3).withNote("laptop " + l));
                changed[l]++;
            }
            double[] up = atOnce(stores, full, "syncs of the changes (up)");
            System.out.printf(Locale.ROOT, "  %d laptops at once, %d companies and %d assessments each (one company "
                    + "shared by each pair): first syncs %.1f s, syncs of %d changed assessments each %.1f s "
                    + "(%d companies failed and were synced again)%n", LAPTOPS, OWN + 1, (OWN + 1) * per, down,
                    changed[0], up[0], (int) up[1]);
        } finally {
            for (Store s : stores) {
                s.close();
            }
        }
        verify(full, changed, own, companiesBefore, assessmentsBefore);
    }

    private static String coach(int laptop) {
        return String.format(Locale.ROOT, "bench_laptop_%02d", laptop);
    }

    /** Runs every laptop's sync in its own thread at once; syncs a failed company again, as a user would. */
    private static double[] atOnce(List<Store> laptops, String server, String what) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(laptops.size());
        int failed = 0;
        long t0 = System.nanoTime();
        try {
            List<Future<List<Sync.CompanyResult>>> runs = new ArrayList<>();
            for (int l = 0; l < laptops.size(); l++) {
                Store laptop = laptops.get(l);
                String address = as(server, coach(l));
                String name = "bench-laptop-" + l;
                runs.add(pool.submit(() -> sync(laptop, address, name)));
            }
            for (int l = 0; l < runs.size(); l++) {
                List<Sync.CompanyResult> r = runs.get(l).get();
                long f = r.stream().filter(Sync.CompanyResult::failed).count();
                if (f > 0) {
                    failed += (int) f;
                    System.out.printf("    %s, laptop %d: %d companies failed (%s); synced again%n", what, l, f,
                            r.stream().filter(Sync.CompanyResult::failed).findFirst().orElseThrow().failure());
                    check(sync(laptops.get(l), as(server, coach(l)), "bench-laptop-" + l));
                }
            }
        } finally {
            pool.shutdown();
        }
        return new double[] {(System.nanoTime() - t0) / 1e9, failed};
    }

    /** Every change each laptop sent is on the server (or lost to a newer one, kept in the history). */
    private static void verify(String server, int[] changed, List<List<String>> own, long companiesBefore,
            long assessmentsBefore) throws SQLException {
        long sent = 0;
        long onServer = 0;
        long inHistory = 0;
        long sharedWon = 0;
        for (int l = 0; l < LAPTOPS; l++) {
            sent += changed[l];
            onServer += count(server, "SELECT count(*) FROM level_answer WHERE note = 'laptop " + l + "'");
            inHistory += count(server, "SELECT count(*) FROM answer_history WHERE origin = 'laptop bench-laptop-"
                    + l + "'");
        }
        long shared = 0;
        for (int l = 0; l < LAPTOPS; l += 2) {
            String company = own.get(l).get(own.get(l).size() - 1);
            shared += count(server, "SELECT count(*) FROM assessment WHERE company_id = '" + company + "'");
            sharedWon += count(server, "SELECT count(*) FROM level_answer a JOIN assessment s ON s.id = "
                    + "a.assessment_id WHERE s.company_id = '" + company + "' AND a.note IN ('laptop " + l
                    + "', 'laptop " + (l + 1) + "')");
        }
        long newCompanies = count(server, "SELECT count(*) FROM company") - companiesBefore;
        long newAssessments = count(server, "SELECT count(*) FROM assessment") - assessmentsBefore;
        // each shared assessment was changed on two laptops: one change wins, the other is only in the history
        long expectedOnServer = sent - shared;
        System.out.printf(Locale.ROOT, "  check: %,d changes sent by %d laptops (%,d on assessments two laptops "
                + "changed); on the server %,d of %,d expected (%,d of %,d shared ones with a laptop's change); "
                + "in the answer history %,d of %,d; new companies %d of %d, new assessments %d of %d: %s%n", sent,
                LAPTOPS, shared * 2, onServer, expectedOnServer, sharedWon, shared, inHistory, sent - LAPTOPS,
                newCompanies, LAPTOPS, newAssessments, LAPTOPS,
                onServer == expectedOnServer && sharedWon == shared && inHistory == sent - LAPTOPS
                        && newCompanies == LAPTOPS && newAssessments == LAPTOPS ? "nothing lost" : "SOMETHING LOST");
    }

    private static long count(String address, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(PostgresSample.jdbcUrl(address));
                ResultSet r = c.createStatement().executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
