package dev.habits.bootstrap;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.util.List;

/**
 * Gives memory back when the server does not need it: once just after the start, and whenever the
 * server goes idle with a heap that its load grew.
 *
 * <p>Start-up leaves some 45 MB of garbage in young regions the heap keeps committed and ~20 MB
 * of spent buffers in the C heap: a third of an idle server's 140 MB resident. A load grows the
 * heap to a gigabyte with the default options on a large machine, and a server that has stopped
 * allocating never collects, so the JVM would keep it for good. Idle here means no collection for
 * a whole {@link #INTERVAL}: the server allocated less than one young generation in that time.
 */
final class IdleMemory {
    /**
     * Lets the first health probes through before the start-up release: their lazy set-up
     * allocates a few megabytes, which in the shrunk heap would bring a collection at once, and G1
     * would reuse the emptied regions before uncommitting them.
     */
    static final Duration SETTLE = Duration.ofSeconds(1);
    /**
     * HotSpot hands its compilers' spent arena chunks to the C heap every 5 s, and start-up's
     * compilations leave some 15 MB of them: the C heap is trimmed again once they are there.
     */
    static final Duration CHUNK_POOL_CLEANING = Duration.ofSeconds(6);
    static final Duration INTERVAL = Duration.ofSeconds(30);
    /** Committed heap above what the last release left that makes an idle server release again. */
    static final long GROWTH_BYTES = 32L * 1024 * 1024;

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();
    private final MemoryRelease release;
    private long collectionsSeen;
    private long committedAfterRelease;

    IdleMemory(MemoryRelease release) {
        this.release = release;
        this.collectionsSeen = collections();
        this.committedAfterRelease = committed();
    }

    /**
     * Runs on its own thread for the life of the server. Made after {@link #SETTLE}, not before:
     * setting up the management server takes CPU that the first requests after the start want.
     */
    static void watch() {
        try {
            Thread.sleep(SETTLE.toMillis());
            new IdleMemory(new MemoryRelease()).releaseNowAndWhenIdle();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void releaseNowAndWhenIdle() throws InterruptedException {
        releaseNow();
        Thread.sleep(CHUNK_POOL_CLEANING.toMillis());
        release.trimNativeHeap();
        while (true) {
            Thread.sleep(INTERVAL.toMillis());
            releaseIfIdle();
        }
    }

    /**
     * One look: releases when no collection ran since the last look and the committed heap grew by
     * {@link #GROWTH_BYTES} since the last release (or since this was made).
     */
    boolean releaseIfIdle() {
        long collections = collections();
        boolean idle = collections == collectionsSeen;
        collectionsSeen = collections;
        if (!idle || committed() < committedAfterRelease + GROWTH_BYTES) {
            return false;
        }
        releaseNow();
        return true;
    }

    private void releaseNow() {
        release.collectAndTrim();
        committedAfterRelease = committed();
        collectionsSeen = collections();
    }

    private long committed() {
        return memory.getHeapMemoryUsage().getCommitted();
    }

    private long collections() {
        long count = 0;
        for (GarbageCollectorMXBean collector : collectors) {
            count += Math.max(0, collector.getCollectionCount());
        }
        return count;
    }
}
