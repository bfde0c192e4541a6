package dev.habits.persistence;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Calls to the database that arrive together go in one trip: while one batch is on its way, the
 * calls that arrive queue up, and the next batch takes them all (up to {@code maxBatch}) in one
 * statement, and for writes one commit. Each caller returns once its own call is done, so an
 * acknowledged write is as durable as before and a read sees every commit made before it was
 * called; only the trip is shared. A call that finds no batch on its way goes at once, alone, so
 * nothing waits when nothing else is going on. No thread of its own: the oldest waiting caller
 * makes the next trip for everyone in it, then hands that job to the next caller in line.
 * A batch that fails is not the failure of each call in it (one write may refer to a habit that
 * is gone, or the database may refuse one row): every caller of a failed batch of several makes
 * its call alone, and only a failure of its own reaches it. An outage is everyone's: when the
 * database cannot be reached, the failure reaches every caller of the batch and every caller
 * waiting then, who would each have met it again after waiting as long for a connection. A caller
 * whose call no batch has taken within {@code maxQueueWait} (a batch hangs on a database that
 * stopped answering) leaves the queue and goes alone. So a call fails about as soon as a request
 * waiting for a pooled connection would.
 *
 * @param <T> a call: what to read or write
 * @param <R> its result
 */
final class Batches<T, R> {
    private final int maxBatch;
    private final long maxQueueWaitNanos;
    private final Function<List<T>, List<R>> together;
    private final Function<T, R> alone;
    private final Predicate<RuntimeException> outage;
    private final ReentrantLock lock = new ReentrantLock();
    /** The callers waiting, oldest first; the one making a trip has left it. */
    private final ArrayDeque<Waiter<T, R>> queue = new ArrayDeque<>();
    /** Whether a caller is making a trip now, or has been told to make the next one. */
    private boolean going;

    /**
     * {@code together} makes two or more calls in one trip, atomically for writes, or throws; it
     * returns their results in their order, or null for calls that return nothing. {@code alone}
     * makes one call: for a batch of one and for each call of a failed batch. {@code outage} tells
     * a failure of the database itself from a failure of the calls.
     */
    Batches(int maxBatch, Duration maxQueueWait, Function<List<T>, List<R>> together, Function<T, R> alone,
            Predicate<RuntimeException> outage) {
        if (maxBatch < 1) {
            throw new IllegalArgumentException("maxBatch must be positive: " + maxBatch);
        }
        this.maxBatch = maxBatch;
        this.maxQueueWaitNanos = maxQueueWait.toNanos();
        this.together = together;
        this.alone = alone;
        this.outage = outage;
    }

    /** Makes {@code call}, alone or in a batch; returns its result once done, or throws why it could not be. */
    R call(T call) {
        Waiter<T, R> me = new Waiter<>(call, Thread.currentThread());
        lock.lock();
        try {
            queue.add(me);
            if (!going) {
                going = true;
                me.state = Waiter.LEADING;
            }
        } finally {
            lock.unlock();
        }
        if (!me.awaitTurnOrOutcome(System.nanoTime() + maxQueueWaitNanos)) {
            leaveQueueUnlessTaken(me);
        }
        boolean led = me.state == Waiter.LEADING;
        if (led) {
            lead();
        }
        if (me.state == Waiter.ALONE) {
            return alone.apply(call);
        }
        if (me.failure != null) {
            // another caller's outage reaches this one as an exception of its own, with that one as the cause
            throw led ? me.failure : new SharedFailure(me.failure);
        }
        return me.result;
    }

    /** A failure another caller met on the trip that held this caller's call: an outage, its cause. */
    static final class SharedFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SharedFailure(RuntimeException cause) {
            super(cause.toString(), cause);
        }
    }

    /** At the end of the queue wait: alone, unless a batch took the call meanwhile; then its outcome. */
    private void leaveQueueUnlessTaken(Waiter<T, R> me) {
        lock.lock();
        try {
            if (me.state == Waiter.WAITING && queue.remove(me)) {
                me.state = Waiter.ALONE;
            }
        } finally {
            lock.unlock();
        }
        me.awaitTurnOrOutcome(Long.MAX_VALUE);
    }

    /** How many callers wait for a batch to take their call. */
    int waiting() {
        lock.lock();
        try {
            return queue.size();
        } finally {
            lock.unlock();
        }
    }

    /** Makes the trip for the batch at the head of the queue, which holds this caller, then passes the job on. */
    private void lead() {
        List<Waiter<T, R>> batch = new ArrayList<>();
        lock.lock();
        try {
            while (batch.size() < maxBatch && !queue.isEmpty()) {
                batch.add(queue.poll());
            }
        } finally {
            lock.unlock();
        }
        int outcome = Waiter.ALONE; // what an Error leaves: the others go alone while it propagates here
        RuntimeException failure = null;
        try {
            if (batch.size() == 1) {
                batch.get(0).result = alone.apply(batch.get(0).call);
            } else {
                List<T> calls = new ArrayList<>(batch.size());
                batch.forEach(w -> calls.add(w.call));
                List<R> results = together.apply(calls);
                for (int i = 0; results != null && i < batch.size(); i++) {
                    batch.get(i).result = results.get(i);
                }
            }
            outcome = Waiter.DONE;
        } catch (RuntimeException e) {
            if (batch.size() == 1 || outage.test(e)) {
                outcome = Waiter.DONE;
                failure = e;
            }
        } finally {
            passOn(failure != null && outage.test(failure) ? failure : null);
            for (Waiter<T, R> waiter : batch) {
                waiter.finish(outcome, failure);
            }
        }
    }

    /**
     * Tells the oldest waiting caller to make the next trip, or marks that no one is going; after
     * an {@code outage} (null: none), gives it to every waiting caller instead.
     */
    private void passOn(RuntimeException outage) {
        lock.lock();
        try {
            while (outage != null && !queue.isEmpty()) {
                queue.poll().finish(Waiter.DONE, outage);
            }
            Waiter<T, R> next = queue.peek();
            if (next == null) {
                going = false;
            } else {
                next.finish(Waiter.LEADING, null);
            }
        } finally {
            lock.unlock();
        }
    }

    /** One caller's call and what became of it. */
    private static final class Waiter<T, R> {
        static final int WAITING = 0;
        static final int LEADING = 1;
        static final int DONE = 2;
        static final int ALONE = 3;

        final T call;
        final Thread thread;
        volatile int state = WAITING;
        volatile RuntimeException failure;
        /** Set before {@link #finish} publishes the state that says it is there. */
        R result;

        Waiter(T call, Thread thread) {
            this.call = call;
            this.thread = thread;
        }

        void finish(int outcome, RuntimeException why) {
            failure = why;
            state = outcome;
            if (thread != Thread.currentThread()) {
                LockSupport.unpark(thread);
            }
        }

        /**
         * Parks until told to lead or given an outcome (true), or until {@code deadline} of
         * {@link System#nanoTime} (false; {@code Long.MAX_VALUE}: none). An interrupt is kept for
         * the caller, not obeyed: the call may be committing.
         */
        boolean awaitTurnOrOutcome(long deadline) {
            boolean interrupted = false;
            try {
                while (state == WAITING) {
                    if (deadline == Long.MAX_VALUE) {
                        LockSupport.park(this);
                    } else {
                        long left = deadline - System.nanoTime();
                        if (left <= 0) {
                            return false;
                        }
                        LockSupport.parkNanos(this, left);
                    }
                    interrupted |= Thread.interrupted();
                }
                return true;
            } finally {
                if (interrupted) {
                    thread.interrupt();
                }
            }
        }
    }
}
