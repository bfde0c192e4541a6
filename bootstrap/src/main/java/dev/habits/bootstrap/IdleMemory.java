package dev.habits.bootstrap;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import java.lang.management.ManagementFactory;
import java.time.Duration;

/**
 * Lets an idle server give memory back. G1 returns unused heap to the operating system only after
 * a collection, and a server whose load has stopped allocates nothing, so nothing collects: it
 * would keep for good the heap that the load grew (over a gigabyte with the default options on a
 * large machine). G1's periodic collection (JEP 346) collects after that long without one; its
 * interval is a manageable flag, so the server sets it at start, unless the operator did or the
 * JVM runs another collector.
 */
final class IdleMemory {
    static final Duration INTERVAL = Duration.ofSeconds(30);
    private static final String FLAG = "G1PeriodicGCInterval";

    private IdleMemory() {
    }

    /** Whether the interval was set: false when the operator set it, or on another collector or JVM. */
    static boolean giveBackWhenIdle() {
        HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        if (vm == null) {
            return false;
        }
        try {
            VMOption interval = vm.getVMOption(FLAG);
            if (!"true".equals(vm.getVMOption("UseG1GC").getValue())
                    || interval.getOrigin() != VMOption.Origin.DEFAULT) {
                return false;
            }
            vm.setVMOption(FLAG, Long.toString(INTERVAL.toMillis()));
            return true;
        } catch (IllegalArgumentException e) {
            return false; // a JVM without these flags
        }
    }
}
