package nl.maakscan.app;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportBatchTest {

    @Test
    void everyReportIsWrittenWithNoMoreAtOnceThanThereAreWorkers() throws Exception {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        List<Integer> told = new CopyOnWriteArrayList<>();
        List<Integer> items = IntStream.range(0, 30).boxed().toList();
        ReportBatch.Result r = new ReportBatch<Integer>(3).run(items,
                i -> Optional.of(new ReportBatch.Job<>(i, Path.of(i + ".pdf"))),
                job -> {
                    most.accumulateAndGet(running.incrementAndGet(), Math::max);
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    running.decrementAndGet();
                    return true;
                }, (done, total, file, written, left) -> told.add(done));
        assertThat(r.written()).isEqualTo(30);
        assertThat(r.allOk()).isTrue();
        assertThat(most.get()).isBetween(1, 3);
        assertThat(told).hasSize(30).contains(30);
    }

    @Test
    void theCountWrittenLeavesOutWhatCouldNotBePreparedOrWritten() throws Exception {
        ReportBatch.Result r = new ReportBatch<Integer>(2).run(List.of(1, 2, 3, 4),
                i -> i == 2 ? Optional.empty() : Optional.of(new ReportBatch.Job<>(i, Path.of(i + ".pdf"))),
                job -> job.input() != 3, (done, total, file, written, left) -> { });
        assertThat(r.written()).isEqualTo(2);
        assertThat(r.allOk()).isFalse();
    }

    @Test
    void anUnexpectedErrorStopsTheBatchAndIsThrown() {
        assertThatThrownBy(() -> new ReportBatch<Integer>(1).run(List.of(1, 2, 3),
                i -> Optional.of(new ReportBatch.Job<>(i, Path.of(i + ".pdf"))),
                job -> {
                    throw new IllegalStateException("broken " + job.input());
                }, (done, total, file, written, left) -> { })).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("broken");
    }

    @Test
    void theWorkersAreTheCoresUnlessTheHeapHoldsFewer() {
        assertThat(ReportBatch.workers(8, 4L << 30)).isEqualTo(8);
        assertThat(ReportBatch.workers(8, 256L << 20)).isEqualTo(4);
        assertThat(ReportBatch.workers(4, 64L << 20)).isEqualTo(1);
    }

    @Test
    void theTimeLeftFollowsThePaceSoFar() {
        long start = System.nanoTime() - Duration.ofSeconds(10).toNanos();
        assertThat(ReportBatch.left(start, 0, 10)).isEmpty();
        assertThat(ReportBatch.left(start, 10, 10)).contains(Duration.ZERO);
        assertThat(ReportBatch.left(start, 5, 10).orElseThrow().toSeconds()).isBetween(9L, 11L);
    }

    @Test
    void onceTwentyReportsAreDoneTheTimeLeftFollowsTheirPaceNotTheSlowStart() {
        long second = Duration.ofSeconds(1).toNanos();
        long start = System.nanoTime() - 100 * second;   // the first report took 81 s, the next 20 one second each
        List<Long> recent = new java.util.ArrayList<>();
        for (int i = 0; i < ReportBatch.PACE; i++) {
            recent.add(start + (81 + i) * second);
        }
        assertThat(ReportBatch.left(start, recent, 21, 121).orElseThrow().toSeconds()).isEqualTo(100L);
        assertThat(ReportBatch.left(start, recent.subList(0, 5), 5, 121).orElseThrow().toSeconds())
                .as("too few for a pace of their own: the pace since the start").isGreaterThan(1000L);
        assertThat(ReportBatch.left(start, recent, 121, 121)).contains(Duration.ZERO);
    }

    @Test
    void onlyAJarWithAnArchiveIsStartedAgainAndTheBatchKeepsTheOptimisingCompiler() {
        // the tests run from a class folder, not a jar: nothing to start again
        assertThat(Relaunch.command(new String[] {"report", "--assessment", "x"})).isEmpty();
        assertThat(Relaunch.batch(new String[] {"--db", "a.db", "report", "--all", "--out-dir", "d"})).isTrue();
        assertThat(Relaunch.batch(new String[] {"report", "--assessment", "x"})).isFalse();
    }
}
