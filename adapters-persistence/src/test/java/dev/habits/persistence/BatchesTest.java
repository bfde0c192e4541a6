package dev.habits.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BatchesTest {
    private static final Duration LONG_WAIT = Duration.ofSeconds(30);
    private final List<List<Integer>> batches = Collections.synchronizedList(new ArrayList<>());
    private final List<Integer> alone = Collections.synchronizedList(new ArrayList<>());
    private final ExecutorService callers = Executors.newFixedThreadPool(16);
    private final CountDownLatch firstStarted = new CountDownLatch(1);
    private final CountDownLatch releaseFirst = new CountDownLatch(1);

    @AfterEach
    void stopCallers() {
        callers.shutdownNow();
    }

    @Test
    void aWriteThatFindsNoOneWritingIsWrittenAloneAtOnceByItsOwnCaller() {
        List<Thread> writers = new ArrayList<>();
        Batches<Integer, Void> commit = writes(8, LONG_WAIT, batches::add, w -> {
            writers.add(Thread.currentThread());
            alone.add(w);
        });

        commit.call(1);
        commit.call(2);

        assertThat(alone).containsExactly(1, 2);
        assertThat(batches).isEmpty();
        assertThat(writers).containsOnly(Thread.currentThread());
    }

    @Test
    void writesThatArriveWhileABatchIsWrittenAreWrittenTogetherInTheNext() throws Exception {
        Batches<Integer, Void> commit = writes(8, LONG_WAIT, batches::add, hangingOnZero(alone::add));

        for (Future<?> future : queuedBehindWriteZero(commit, 5)) {
            future.get(10, TimeUnit.SECONDS);
        }

        assertThat(alone).containsExactly(0);
        assertThat(batches).hasSize(1);
        assertThat(batches.get(0)).containsExactlyInAnyOrder(1, 2, 3, 4, 5);
    }

    @Test
    void aBatchIsNeverLargerThanItsLimitAndEveryWriteIsWrittenOnce() throws Exception {
        Batches<Integer, Void> commit = writes(3, LONG_WAIT, batches::add, alone::add);
        List<Future<?>> futures = new ArrayList<>();
        for (int caller = 0; caller < 16; caller++) {
            int first = caller * 1_000;
            futures.add(callers.submit(() -> {
                for (int w = first; w < first + 500; w++) {
                    commit.call(w);
                }
            }));
        }
        for (Future<?> future : futures) {
            future.get(60, TimeUnit.SECONDS);
        }

        List<Integer> written = new ArrayList<>(alone);
        batches.forEach(written::addAll);
        assertThat(written).hasSize(16 * 500).doesNotHaveDuplicates();
        assertThat(batches).allSatisfy(batch -> assertThat(batch).hasSizeBetween(2, 3));
    }

    @Test
    void whenABatchFailsEachOfItsWritesIsWrittenAloneAndOnlyItsOwnFailureReachesACaller() throws Exception {
        Batches<Integer, Void> commit = writes(8, LONG_WAIT, batch -> {
            throw new IllegalStateException("one row refused");
        }, hangingOnZero(w -> {
            if (w == 3) {
                throw new IllegalArgumentException("write 3 is refused");
            }
            alone.add(w);
        }));

        List<Future<?>> waiting = queuedBehindWriteZero(commit, 4);

        for (int w = 1; w <= 4; w++) {
            Future<?> future = waiting.get(w - 1);
            if (w == 3) {
                assertThatThrownBy(() -> future.get(10, TimeUnit.SECONDS))
                        .hasCauseInstanceOf(IllegalArgumentException.class);
            } else {
                future.get(10, TimeUnit.SECONDS);
            }
        }
        assertThat(alone).containsExactlyInAnyOrder(0, 1, 2, 4);
    }

    @Test
    void aWriteThatFailsAloneThrowsItsFailureEvenAnErrorAndLaterWritesGoOn() {
        Batches<Integer, Void> commit = writes(8, LONG_WAIT, batches::add, w -> {
            if (w == 1) {
                throw new IllegalStateException("the database is away");
            }
            if (w == 2) {
                throw new AssertionError("out of something");
            }
            alone.add(w);
        });

        assertThatThrownBy(() -> commit.call(1)).isInstanceOf(IllegalStateException.class)
                .hasMessage("the database is away");
        assertThatThrownBy(() -> commit.call(2)).isInstanceOf(AssertionError.class);
        commit.call(3);

        assertThat(alone).containsExactly(3);
    }

    @Test
    void aWriteNoBatchTakesWithinTheQueueWaitIsWrittenAloneByItsCaller() throws Exception {
        List<Thread> writers = Collections.synchronizedList(new ArrayList<>());
        Batches<Integer, Void> commit = writes(8, Duration.ofMillis(50), batches::add, hangingOnZero(w -> {
            writers.add(Thread.currentThread());
            alone.add(w);
        }));
        Future<?> first = callers.submit(() -> commit.call(0));
        assertThat(firstStarted.await(10, TimeUnit.SECONDS)).isTrue();

        Future<Thread> second = callers.submit(() -> {
            commit.call(1);
            return Thread.currentThread();
        });

        Thread secondCaller = second.get(10, TimeUnit.SECONDS);
        assertThat(alone).containsExactly(1);
        assertThat(writers).containsExactly(secondCaller);
        assertThat(commit.waiting()).isZero();
        releaseFirst.countDown();
        first.get(10, TimeUnit.SECONDS);
        commit.call(2);
        assertThat(alone).containsExactly(1, 0, 2);
    }

    @Test
    void aBatchSizeBelowOneIsRefused() {
        assertThatThrownBy(() -> writes(0, LONG_WAIT, batches::add, alone::add))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void whenTheDatabaseIsAwayACallsFailureReachesEveryCallerWaitingThenWithoutTheirTryingAgain() throws Exception {
        Batches<Integer, Void> commit = writes(8, LONG_WAIT, batches::add, hangingOnZero(w -> {
            if (w == 0) {
                throw new Away();
            }
            alone.add(w);
        }));
        Future<?> first = callers.submit(() -> commit.call(0));
        assertThat(firstStarted.await(10, TimeUnit.SECONDS)).isTrue();
        List<Future<?>> waiting = new ArrayList<>();
        for (int w = 1; w <= 4; w++) {
            int write = w;
            waiting.add(callers.submit(() -> commit.call(write)));
        }
        awaitParked(commit, 4);

        releaseFirst.countDown();

        assertThatThrownBy(() -> first.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(Away.class);
        for (Future<?> future : waiting) {
            assertThatThrownBy(() -> future.get(10, TimeUnit.SECONDS)).hasRootCauseInstanceOf(Away.class);
        }
        assertThat(alone).isEmpty();
        assertThat(batches).isEmpty();
        commit.call(5);
        assertThat(alone).containsExactly(5);
    }

    @Test
    void whenTheDatabaseIsAwayABatchsFailureReachesEachOfItsCallersWhoDoNotTryAlone() throws Exception {
        Batches<Integer, Void> commit = writes(8, LONG_WAIT, batch -> {
            throw new Away();
        }, hangingOnZero(alone::add));

        List<Future<?>> waiting = queuedBehindWriteZero(commit, 3);

        for (Future<?> future : waiting) {
            assertThatThrownBy(() -> future.get(10, TimeUnit.SECONDS)).hasRootCauseInstanceOf(Away.class);
        }
        assertThat(alone).containsExactly(0);
    }

    @Test
    void eachCallerGetsItsOwnResultWhetherItsCallWentAloneOrInABatch() throws Exception {
        Batches<Integer, String> reads = new Batches<>(8, LONG_WAIT, batch -> {
            batches.add(batch);
            return batch.stream().map(r -> "together " + r).toList();
        }, r -> {
            if (r == 0) {
                firstStarted.countDown();
                await(releaseFirst);
            }
            return "alone " + r;
        }, Away.class::isInstance);
        Future<String> first = callers.submit(() -> reads.call(0));
        assertThat(firstStarted.await(10, TimeUnit.SECONDS)).isTrue();
        List<Future<String>> waiting = new ArrayList<>();
        for (int r = 1; r <= 4; r++) {
            int read = r;
            waiting.add(callers.submit(() -> reads.call(read)));
        }
        awaitParked(reads, 4);
        releaseFirst.countDown();

        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("alone 0");
        for (int r = 1; r <= 4; r++) {
            assertThat(waiting.get(r - 1).get(10, TimeUnit.SECONDS)).isEqualTo("together " + r);
        }
        assertThat(batches).hasSize(1);
        assertThat(reads.call(5)).isEqualTo("alone 5");
    }

    /** Batches of writes, which return nothing: the two writers as the tests give them. */
    private static Batches<Integer, Void> writes(int maxBatch, Duration maxQueueWait,
                                                 Consumer<List<Integer>> together, Consumer<Integer> alone) {
        return new Batches<>(maxBatch, maxQueueWait, batch -> {
            together.accept(batch);
            return null;
        }, write -> {
            alone.accept(write);
            return null;
        }, Away.class::isInstance);
    }

    /** The database cannot be reached: a failure of every call, not of one. */
    private static final class Away extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Away() {
            super("the database is away");
        }
    }

    /** A single writer whose write 0 hangs until released (a database that stopped answering), then {@code then}. */
    private Consumer<Integer> hangingOnZero(Consumer<Integer> then) {
        return w -> {
            if (w == 0) {
                firstStarted.countDown();
                await(releaseFirst);
            }
            then.accept(w);
        };
    }

    /**
     * Write 0, which hangs, then writes 1 to {@code n} from other callers; once they all wait in the
     * queue, write 0 is let finish. The futures of writes 1 to {@code n}, in order.
     */
    private List<Future<?>> queuedBehindWriteZero(Batches<Integer, Void> commit, int n) throws Exception {
        Future<?> first = callers.submit(() -> commit.call(0));
        assertThat(firstStarted.await(10, TimeUnit.SECONDS)).isTrue();
        List<Future<?>> waiting = new ArrayList<>();
        for (int w = 1; w <= n; w++) {
            int write = w;
            waiting.add(callers.submit(() -> commit.call(write)));
        }
        awaitParked(commit, n);
        releaseFirst.countDown();
        first.get(10, TimeUnit.SECONDS);
        return waiting;
    }

    /** Waits until {@code count} callers wait in the queue. */
    private static void awaitParked(Batches<?, ?> commit, int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (commit.waiting() < count) {
            assertThat(System.nanoTime()).as("callers queued in time").isLessThan(deadline);
            Thread.sleep(1);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
