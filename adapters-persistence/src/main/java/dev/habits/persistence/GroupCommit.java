package dev.habits.persistence;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * Writes that arrive together are stored together: while one batch is being written, the writes
 * that arrive queue up, and the next batch takes them all (up to {@code maxBatch}) in one statement
 * and one commit. Each caller returns once its own write has committed, so an acknowledged write is
 * as durable as before; only the commit is shared. No thread of its own: the oldest waiting caller
 * writes the next batch for everyone in it, then hands that job to the next caller in line.
 * A batch that fails is not the failure of each write in it (one write may refer to a habit that
 * is gone, or the database may refuse one row): every caller of a failed batch of several writes
 * its own alone, and only a failure of its own reaches it. A caller whose write no batch has taken
 * within {@code maxQueueWait} (a batch hangs on a database that stopped answering) leaves the queue
 * and writes alone, so it fails as soon as a request waiting for a pooled connection would.
 */
final class GroupCommit<T> {
    private final int maxBatch;
    private final long maxQueueWaitNanos;
    private final Consumer<List<T>> batchWriter;
    private final Consumer<T> singleWriter;
    private final ReentrantLock lock = new ReentrantLock();
    /** The callers waiting, oldest first; the one writing a batch has left it. */
    private final ArrayDeque<Waiter<T>> queue = new ArrayDeque<>();
    /** Whether a caller is writing a batch now, or has been told to write the next one. */
    private boolean writing;

    /**
     * {@code batchWriter} stores a batch of two or more atomically or throws; {@code singleWriter}
     * stores one write, for a batch of one and for each write of a failed batch.
     */
    GroupCommit(int maxBatch, Duration maxQueueWait, Consumer<List<T>> batchWriter, Consumer<T> singleWriter) {
        if (maxBatch < 1) {
            throw new IllegalArgumentException("maxBatch must be positive: " + maxBatch);
        }
        this.maxBatch = maxBatch;
        this.maxQueueWaitNanos = maxQueueWait.toNanos();
        this.batchWriter = batchWriter;
        this.singleWriter = singleWriter;
    }

    /** Stores {@code write}, alone or in a batch; returns once it has committed, or throws why it could not. */
    void write(T write) {
        Waiter<T> me = new Waiter<>(write, Thread.currentThread());
        lock.lock();
        try {
            queue.add(me);
            if (!writing) {
                writing = true;
                me.state = Waiter.LEADING;
            }
        } finally {
            lock.unlock();
        }
        if (!me.awaitTurnOrOutcome(System.nanoTime() + maxQueueWaitNanos)) {
            leaveQueueUnlessTaken(me);
        }
        if (me.state == Waiter.LEADING) {
            lead();
        }
        if (me.state == Waiter.ALONE) {
            singleWriter.accept(write);
        } else if (me.failure != null) {
            throw me.failure;
        }
    }

    /** At the end of the queue wait: alone, unless a batch took the write meanwhile; then its outcome. */
    private void leaveQueueUnlessTaken(Waiter<T> me) {
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

    /** How many callers wait for a batch to take their write. */
    int waiting() {
        lock.lock();
        try {
            return queue.size();
        } finally {
            lock.unlock();
        }
    }

    /** Writes the batch at the head of the queue, which holds this caller, then passes the job on. */
    private void lead() {
        List<Waiter<T>> batch = new ArrayList<>();
        lock.lock();
        try {
            while (batch.size() < maxBatch && !queue.isEmpty()) {
                batch.add(queue.poll());
            }
        } finally {
            lock.unlock();
        }
        int outcome = Waiter.ALONE; // what an Error leaves: the others try alone while it propagates here
        RuntimeException failure = null;
        try {
            if (batch.size() == 1) {
                singleWriter.accept(batch.get(0).write);
            } else {
                List<T> writes = new ArrayList<>(batch.size());
                batch.forEach(w -> writes.add(w.write));
                batchWriter.accept(writes);
            }
            outcome = Waiter.DONE;
        } catch (RuntimeException e) {
            if (batch.size() == 1) {
                outcome = Waiter.DONE;
                failure = e;
            }
        } finally {
            passOn();
            for (Waiter<T> waiter : batch) {
                waiter.finish(outcome, failure);
            }
        }
    }

    /** Tells the oldest waiting caller to write the next batch, or marks that no one is writing. */
    private void passOn() {
        lock.lock();
        try {
            Waiter<T> next = queue.peek();
            if (next == null) {
                writing = false;
            } else {
                next.finish(Waiter.LEADING, null);
            }
        } finally {
            lock.unlock();
        }
    }

    /** One caller's write and what became of it. */
    private static final class Waiter<T> {
        static final int WAITING = 0;
        static final int LEADING = 1;
        static final int DONE = 2;
        static final int ALONE = 3;

        final T write;
        final Thread thread;
        volatile int state = WAITING;
        volatile RuntimeException failure;

        Waiter(T write, Thread thread) {
            this.write = write;
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
         * the caller, not obeyed: the write may be committing.
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
