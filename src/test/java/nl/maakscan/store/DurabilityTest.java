package nl.maakscan.store;

import nl.maakscan.model.Company;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Never lose an answer when the program is killed: a child JVM saves answers through the real store
 * and acknowledges each one after the save returned; it is killed with SIGKILL at random moments
 * (most rounds while saving, every fourth while it opens the database, which exists already, so
 * opening means checking and possibly backing up, not migrating). Every acknowledged answer must be
 * there afterwards and the database must pass {@code PRAGMA integrity_check}.
 *
 * <p>What this proves: commits are atomic and a returned save is committed, in the face of a killed
 * process. What it cannot prove: that the data reached the disk. A killed process leaves its writes
 * in the operating system's cache, so this test would also pass with {@code synchronous=OFF}; only a
 * power cut proves an fsync. That part is checked by configuration instead: this test and
 * {@code SqliteFileTest.everyConnectionOfTheStoreEnforcesForeignKeysAndSynchronousFull} assert that
 * {@code synchronous=FULL} is in force on the store's connections. No figure here depends on the
 * speed of the machine beyond waiting up to 10 s for a child's first acknowledged answer.
 */
class DurabilityTest {

    private static final int KILLS = 24;
    private static final List<String> QUESTIONS = List.of("a1", "a2", "b1");

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedAnswerSurvivesAKill() throws Exception {
        Path db = dir.resolve("maakscan.db");
        String assessmentId;
        try (Store store = Store.open(db, Store.Options.defaults().withBackupsKept(0))) {
            try (ResultSet r = store.database().query("PRAGMA synchronous")) {
                assertThat(r.getInt(1)).as("synchronous = FULL: a returned save has been written to disk").isEqualTo(2);
            }
            Company c = store.createCompany(Fixtures.company("Duurzaam BV"));
            assessmentId = store.createAssessment(c.id(), Fixtures.mini(), "T0", null).id();
        }
        long seed = System.nanoTime();
        Random random = new Random(seed);
        Map<String, Long> lastAcknowledged = new HashMap<>();
        long next = 0;
        int killedWhileSaving = 0;
        int acknowledged = 0;
        for (int round = 0; round < KILLS; round++) {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-cp", System.getProperty("java.class.path"),
                    DurabilityChild.class.getName(), db.toString(), assessmentId, Long.toString(next)));
            command.addAll(QUESTIONS);
            Process child = new ProcessBuilder(command).redirectError(dir.resolve("child-err-" + round + ".txt").toFile()).start();
            List<Long> acks = new ArrayList<>();
            boolean[] ready = {false, false}; // ready, first answer acknowledged
            Thread reader = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = r.readLine()) != null) {
                        if (line.equals("ready")) {
                            synchronized (ready) {
                                ready[0] = true;
                                ready.notifyAll();
                            }
                        } else if (line.startsWith("ack ")) {
                            synchronized (acks) {
                                acks.add(Long.parseLong(line.substring(4)));
                            }
                            synchronized (ready) {
                                ready[1] = true;
                                ready.notifyAll();
                            }
                        }
                    }
                } catch (java.io.IOException e) {
                    // the child was killed: its output simply ends
                }
            });
            reader.start();
            boolean duringOpen = round % 4 == 3;
            if (duringOpen) {
                Thread.sleep(random.nextInt(400));
            } else {
                synchronized (ready) {
                    long until = System.currentTimeMillis() + 10_000;
                    while (!ready[1] && System.currentTimeMillis() < until && child.isAlive()) {
                        ready.wait(100);
                    }
                }
                Thread.sleep(random.nextInt(100));
            }
            child.destroyForcibly();
            assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
            reader.join(10_000);
            synchronized (acks) {
                for (long a : acks) {
                    lastAcknowledged.merge(QUESTIONS.get((int) (a % QUESTIONS.size())), a, Math::max);
                    next = Math.max(next, a + 1);
                }
                acknowledged += acks.size();
                if (!acks.isEmpty()) {
                    killedWhileSaving++;
                }
            }
            next += 1_000; // unacknowledged saves may have committed: never reuse their numbers
            check(db, lastAcknowledged, seed);
        }
        assertThat(killedWhileSaving).as("rounds killed while saving (seed %d), first child said: %s", seed,
                java.nio.file.Files.readString(dir.resolve("child-err-0.txt"))).isGreaterThanOrEqualTo(KILLS / 2);
        assertThat(lastAcknowledged).as("seed %d", seed).hasSize(QUESTIONS.size());
        assertThat(acknowledged).as("answers acknowledged").isGreaterThanOrEqualTo(killedWhileSaving);
        System.out.printf("DurabilityTest: %d kills, %d while saving, %d answers acknowledged, all present%n", KILLS,
                killedWhileSaving, acknowledged);
        try (Store store = Store.open(db, Store.Options.defaults().withBackupsKept(0))) {
            assertThat(store.loadAssessment(assessmentId).orElseThrow().assessment().answers()).hasSize(3);
        }
    }

    private static void check(Path db, Map<String, Long> lastAcknowledged, long seed) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("PRAGMA integrity_check")) {
                r.next();
                assertThat(r.getString(1)).as("seed %d", seed).isEqualTo("ok");
            }
            Map<String, Long> stored = new HashMap<>();
            try (ResultSet r = s.executeQuery("SELECT question_id, note FROM level_answer")) {
                while (r.next()) {
                    stored.put(r.getString(1), Long.parseLong(r.getString(2).substring(4)));
                }
            }
            for (Map.Entry<String, Long> e : lastAcknowledged.entrySet()) {
                assertThat(stored.get(e.getKey())).as("answer %s (seed %d)", e.getKey(), seed)
                        .isNotNull().isGreaterThanOrEqualTo(e.getValue());
            }
        }
    }
}
