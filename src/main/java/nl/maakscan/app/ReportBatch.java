package nl.maakscan.app;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Many reports at once, over the processor's cores, in bounded memory: one thread gathers the inputs in order
 * (so that file names are given in the same order every time), a fixed number of workers lay them out and
 * stream each to its file, and at most two reports per worker wait, whatever the count. Tells a listener after
 * each report how many are done and about how long the rest will take.
 *
 * @param <T> what one report is made of (an assessment)
 */
final class ReportBatch<T> {

    /** The heap one report needs at most while it is laid out and written (measured: docs/decisions/0008). */
    static final long HEAP_PER_REPORT = 48L << 20;

    /** The heap the rest of the program needs next to the reports. */
    static final long HEAP_BASE = 64L << 20;

    /** One prepared report: what to write, and where. */
    record Job<T>(T input, Path file) {
    }

    /** Told after every report, from the worker that made it. */
    interface Listener {
        void done(int done, int total, Path file, boolean written, Optional<Duration> left);
    }

    /** How the batch went. */
    record Result(int written, int total) {
        boolean allOk() {
            return written == total;
        }
    }

    private final int workers;

    ReportBatch(int workers) {
        this.workers = Math.max(1, workers);
    }

    /** As many workers as there are cores, and no more than the heap holds. */
    static int workers(int cores, long maxHeap) {
        long byHeap = (maxHeap - HEAP_BASE) / HEAP_PER_REPORT;
        return (int) Math.max(1, Math.min(cores, byHeap));
    }

    int workers() {
        return workers;
    }

    /**
     * Makes the reports of {@code items}: {@code prepare} (on the calling thread, in order) gives each one's
     * input and file or empty when it cannot be made; {@code write} (on a worker) writes it and says whether it
     * did. An unexpected error stops the batch after the reports under way and is thrown.
     */
    <I> Result run(List<T> items, Function<T, Optional<Job<I>>> prepare, Predicate<Job<I>> write, Listener listener)
            throws InterruptedException {
        int total = items.size();
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "report-worker");
            t.setDaemon(true);
            return t;
        });
        Semaphore waiting = new Semaphore(2 * workers);
        AtomicInteger done = new AtomicInteger();
        AtomicInteger written = new AtomicInteger();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        long start = System.nanoTime();
        java.util.ArrayDeque<Long> recent = new java.util.ArrayDeque<>();
        try {
            for (T item : items) {
                if (failure.get() != null) {
                    break;
                }
                Optional<Job<I>> job = prepare.apply(item);
                if (job.isEmpty()) {
                    done.incrementAndGet();
                    continue;
                }
                waiting.acquire();
                pool.execute(() -> {
                    boolean ok = false;
                    try {
                        ok = write.test(job.get());
                    } catch (RuntimeException e) {
                        failure.compareAndSet(null, e);
                    } finally {
                        if (ok) {
                            written.incrementAndGet();
                        }
                        int d;
                        Optional<Duration> left;
                        synchronized (recent) {
                            d = done.incrementAndGet();
                            recent.addLast(System.nanoTime());
                            if (recent.size() > PACE) {
                                recent.removeFirst();
                            }
                            left = left(start, List.copyOf(recent), d, total);
                        }
                        listener.done(d, total, job.get().file(), ok, left);
                        waiting.release();
                    }
                });
            }
        } finally {
            pool.shutdown();
            while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
                Thread.onSpinWait();
            }
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        return new Result(written.get(), total);
    }

    /**
     * The time the remaining reports will take at the pace of the latest {@value #PACE} reports ({@code recent}:
     * when each of them was done, oldest first, the last one now); before there are that many, at the pace since
     * the start. The first reports of a run are slow (a cold program), so the pace so far overstates the time
     * left for a long time: a run of 1,000 said "about 230 min" after its first report and took 32.
     */
    static Optional<Duration> left(long startNanos, List<Long> recent, int done, int total) {
        if (recent.size() < PACE || done >= total) {
            return left(startNanos, done, total);
        }
        long per = (recent.get(recent.size() - 1) - recent.get(0)) / (recent.size() - 1);
        return Optional.of(Duration.ofNanos(per * (total - done)));
    }

    /** How many of the latest reports give the pace of the time left. */
    static final int PACE = 20;

    /** The time the remaining reports will take at the pace so far, once there is a pace. */
    static Optional<Duration> left(long startNanos, int done, int total) {
        if (done == 0 || done >= total) {
            return done >= total ? Optional.of(Duration.ZERO) : Optional.empty();
        }
        long elapsed = System.nanoTime() - startNanos;
        return Optional.of(Duration.ofNanos(elapsed / done * (total - done)));
    }
}
