package dev.habits.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

class IdleMemoryTest {
    private final HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);

    @Test
    void onG1AnIdleServerCollectsPeriodicallyButAnIntervalAlreadySetIsLeftAlone() {
        assumeTrue("true".equals(vm.getVMOption("UseG1GC").getValue()), "the tests' JVM does not run G1");
        assumeTrue(vm.getVMOption("G1PeriodicGCInterval").getOrigin() == VMOption.Origin.DEFAULT,
                "the tests' JVM was started with an interval");

        assertThat(IdleMemory.giveBackWhenIdle()).isTrue();
        assertThat(vm.getVMOption("G1PeriodicGCInterval").getValue())
                .isEqualTo(Long.toString(IdleMemory.INTERVAL.toMillis()));
        assertThat(IdleMemory.giveBackWhenIdle()).as("once set, the interval is left as it is").isFalse();
    }
}
