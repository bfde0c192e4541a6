package dev.habits.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import org.junit.jupiter.api.Test;

class IdleMemoryTest {
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

    @Test
    void aServerThatWentIdleWithAGrownHeapGivesItBackOnceAndABusyOneIsLeftAlone() {
        assumeTrue(TestHeap.runsG1(), "the tests' JVM does not run G1: its heap may not shrink");
        MemoryRelease release = new MemoryRelease(true);
        release.collectAndTrim(); // as after the start-up release: a small heap
        IdleMemory idle = new IdleMemory(release);
        assertThat(idle.releaseIfIdle()).as("idle, but nothing grew").isFalse();

        TestHeap.fillWithGarbage(1024); // a load: more than any young generation of the tests' JVM, so it collects
        assertThat(idle.releaseIfIdle()).as("a collection ran since the last look: busy").isFalse();

        long grown = memory.getHeapMemoryUsage().getCommitted();
        assertThat(idle.releaseIfIdle()).as("idle now, with the heap the load grew").isTrue();
        assertThat(memory.getHeapMemoryUsage().getCommitted()).isLessThan(grown);
        assertThat(idle.releaseIfIdle()).as("still idle, but nothing grew since the release").isFalse();
    }
}
