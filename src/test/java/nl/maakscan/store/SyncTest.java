package nl.maakscan.store;

import nl.maakscan.model.Company;
import nl.maakscan.model.LevelAnswer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Sync between laptops and the organisation's server: nothing lost, conflicts reported, safe to run again. */
class SyncTest {

    @TempDir
    Path dir;

    private Store laptop(String name, Duration ahead) {
        return Store.open(dir.resolve(name), Store.Options.defaults().withBackupsKept(0)
                .withClock(Clock.offset(StoreTest.ticking(), ahead)));
    }

    private static String assessment(Store store, String company) {
        Company c = store.companies().create(Fixtures.company(company));
        return store.assessments().create(c.id(), Fixtures.mini(), "T0", "Coach").id();
    }

    @Test
    void aLaptopsWorkReachesTheServerAndAnotherLaptop() {
        String server = Engines.newServerDatabase();
        try (Store a = laptop("a.db", Duration.ZERO); Store b = laptop("b.db", Duration.ZERO);
                Store s = Engines.open(server)) {
            String id = assessment(a, "Draaierij");
            a.answers().saveAnswer(id, "a1", LevelAnswer.level(3).withNote("CAM"));

            List<Sync.CompanyResult> up = new Sync(a, s, "a").run();
            List<Sync.CompanyResult> down = new Sync(b, s, "b").run();
            List<Sync.CompanyResult> again = new Sync(a, s, "a").run();

            assertThat(up).singleElement().satisfies(r -> assertThat(r.sent()).isEqualTo(1));
            assertThat(down).singleElement().satisfies(r -> assertThat(r.received()).isEqualTo(1));
            assertThat(again).singleElement().satisfies(r -> {
                assertThat(r.sent()).isZero();
                assertThat(r.received()).isZero();
            });
            assertThat(b.assessments().load(id).orElseThrow().assessment().answers())
                    .containsEntry("a1", LevelAnswer.level(3).withNote("CAM"));
            assertThat(Bundles.export(b, Bundles.Selection.all(), java.time.Instant.EPOCH))
                    .isEqualTo(Bundles.export(s, Bundles.Selection.all(), java.time.Instant.EPOCH));
        }
    }

    @Test
    void twoLaptopsSyncingTheSameCompanyAtOnceTakeTurnsAndBothChangesArrive() throws Exception {
        String server = Engines.newServerDatabase();
        try (Store a = laptop("a.db", Duration.ZERO); Store b = laptop("b.db", Duration.ofHours(1));
                Store sa = Engines.open(server); Store sb = Engines.open(server)) {
            String id = assessment(a, "Draaierij");
            new Sync(a, sa, "a").run();
            new Sync(b, sb, "b").run();
            a.answers().saveAnswer(id, "a1", LevelAnswer.level(2));
            b.answers().saveAnswer(id, "a2", LevelAnswer.level(4));
            java.util.concurrent.CompletableFuture<List<Sync.CompanyResult>> second =
                    new java.util.concurrent.CompletableFuture<>();
            AtomicInteger finishedWhileFirstHeldTheCompany = new AtomicInteger(-1);
            // laptop b starts its sync while laptop a's transaction on the server holds the company
            List<Sync.CompanyResult> first = new Sync(a, sa, "a", (company, assessment) -> {
                Thread other = new Thread(() -> second.complete(new Sync(b, sb, "b").run()));
                other.start();
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                finishedWhileFirstHeldTheCompany.set(second.isDone() ? 1 : 0);
            }).run();

            assertThat(first).singleElement().satisfies(r -> assertThat(r.failed()).isFalse());
            assertThat(second.get(30, java.util.concurrent.TimeUnit.SECONDS)).singleElement()
                    .satisfies(r -> assertThat(r.failure()).isNull());
            assertThat(finishedWhileFirstHeldTheCompany.get()).as("b waited for a").isZero();
            assertThat(sa.assessments().load(id).orElseThrow().assessment().answers())
                    .containsEntry("a1", LevelAnswer.level(2)).containsEntry("a2", LevelAnswer.level(4));
        }
    }

    @Test
    void twoLaptopsThatChangedTheSameAnswerBothReachTheHistoryAndTheNewerWins() throws Exception {
        String server = Engines.newServerDatabase();
        try (Store a = laptop("a.db", Duration.ZERO); Store b = laptop("b.db", Duration.ofHours(1));
                Store s = Engines.open(server)) {
            String id = assessment(a, "Draaierij");
            a.answers().saveAnswer(id, "a2", LevelAnswer.level(1));
            new Sync(a, s, "a").run();
            new Sync(b, s, "b").run();
            a.answers().saveAnswer(id, "a1", LevelAnswer.level(2));          // earlier
            b.answers().saveAnswer(id, "a1", LevelAnswer.level(4));          // an hour later, on the other laptop
            a.answers().saveAnswer(id, "b1", LevelAnswer.dontKnow());        // only on laptop a

            Sync.CompanyResult first = new Sync(a, s, "a").run().get(0);
            Sync.CompanyResult second = new Sync(b, s, "b").run().get(0);
            Sync.CompanyResult back = new Sync(a, s, "a").run().get(0);

            assertThat(first.conflicts()).isEmpty();
            assertThat(second.conflicts()).singleElement().satisfies(c -> {
                assertThat(c.item()).isEqualTo("answer:a1");
                assertThat(c.laptopValue()).isEqualTo("4");
                assertThat(c.serverValue()).isEqualTo("2");
                assertThat(c.laptopWon()).isTrue();
                assertThat(c.assessmentLabel()).isEqualTo("T0");
            });
            assertThat(back.conflicts()).singleElement().satisfies(c -> assertThat(c.laptopWon()).isFalse());
            for (Store store : new Store[] {a, b, s}) {
                assertThat(store.assessments().load(id).orElseThrow().assessment().answers())
                        .containsEntry("a1", LevelAnswer.level(4)).containsEntry("b1", LevelAnswer.dontKnow())
                        .containsEntry("a2", LevelAnswer.level(1));
            }
            List<String> history = new ArrayList<>();
            try (ResultSet r = s.database().query("SELECT value, origin, outcome FROM answer_history "
                    + "WHERE item = 'answer:a1' ORDER BY origin")) {
                while (r.next()) {
                    history.add(r.getString(1) + " " + r.getString(2) + " " + r.getString(3));
                }
            }
            assertThat(history).containsExactlyInAnyOrder("4 laptop b won", "2 server lost", "2 laptop a lost",
                    "4 server won");
        }
    }

    @Test
    void aSyncInterruptedInTheMiddleOfACompanyLeavesItWholeAndARerunFinishes() {
        String server = Engines.newServerDatabase();
        try (Store a = laptop("a.db", Duration.ZERO); Store s = Engines.open(server)) {
            String first = assessment(a, "Draaierij");
            String company = a.assessments().load(first).orElseThrow().company().id();
            String second = a.assessments().create(company, Fixtures.mini(), "T1", "Coach").id();
            a.answers().saveAnswer(second, "a1", LevelAnswer.level(5));
            assessment(a, "Lasbedrijf");
            AtomicInteger written = new AtomicInteger();

            List<Sync.CompanyResult> broken = new Sync(a, s, "a", (c, id) -> {
                if (c.equals(company) && written.incrementAndGet() == 2) {
                    throw new IllegalStateException("network gone");
                }
            }).run();

            assertThat(broken).filteredOn(Sync.CompanyResult::failed).singleElement()
                    .satisfies(r -> assertThat(r.failure()).contains("network gone"));
            assertThat(s.companies().list()).extracting(Company::name).containsExactly("Lasbedrijf");
            assertThat(s.assessments().list()).hasSize(1);

            List<Sync.CompanyResult> rerun = new Sync(a, s, "a").run();

            assertThat(rerun).noneMatch(Sync.CompanyResult::failed);
            assertThat(s.assessments().list(company)).extracting(AssessmentInfo::id).containsExactly(first, second);
            assertThat(s.assessments().load(second).orElseThrow().assessment().answers())
                    .containsEntry("a1", LevelAnswer.level(5));
            assertThat(a.assessments().list()).hasSize(3);
        }
    }
}
