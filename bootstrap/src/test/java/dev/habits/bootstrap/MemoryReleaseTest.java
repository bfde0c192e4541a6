package dev.habits.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

// Setting a flag leaves its origin "management" for the rest of the JVM: the defaults' case goes first.
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MemoryReleaseTest {
    private final HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

    @Test
    @Order(1)
    void theHeapGarbageFilledIsUncommittedAndTheHeapBoundsAreLeftAsTheyWere() {
        assumeTrue("true".equals(vm.getVMOption("UseG1GC").getValue()), "the tests' JVM does not run G1");
        assumeTrue(origin("MinHeapFreeRatio") == VMOption.Origin.DEFAULT
                && origin("MaxHeapFreeRatio") == VMOption.Origin.DEFAULT, "the tests' JVM was started with heap bounds");
        String min = value("MinHeapFreeRatio");
        String max = value("MaxHeapFreeRatio");
        Garbage.fill(96);
        long committedBefore = memory.getHeapMemoryUsage().getCommitted();

        new MemoryRelease().collectAndTrim();

        long committedAfter = memory.getHeapMemoryUsage().getCommitted();
        long usedAfter = memory.getHeapMemoryUsage().getUsed();
        assertThat(committedAfter).as("committed heap after the release").isLessThan(committedBefore);
        assertThat(committedAfter).as("what the tight bounds leave around what is live")
                .isLessThanOrEqualTo(usedAfter * 100 / (100 - MemoryRelease.TIGHT_MAX_FREE) + 16 * 1024 * 1024);
        assertThat(value("MinHeapFreeRatio")).isEqualTo(min);
        assertThat(value("MaxHeapFreeRatio")).isEqualTo(max);
    }

    @Test
    @Order(2)
    void heapBoundsTheOperatorSetAreNotTouched() {
        String max = value("MaxHeapFreeRatio");
        vm.setVMOption("MaxHeapFreeRatio", "90"); // as if given with -XX: the origin is no longer the default
        try {
            new MemoryRelease().collectAndTrim();

            assertThat(value("MaxHeapFreeRatio")).isEqualTo("90");
        } finally {
            vm.setVMOption("MaxHeapFreeRatio", max);
        }
    }

    private VMOption.Origin origin(String flag) {
        return vm.getVMOption(flag).getOrigin();
    }

    private String value(String flag) {
        return vm.getVMOption(flag).getValue();
    }
}
