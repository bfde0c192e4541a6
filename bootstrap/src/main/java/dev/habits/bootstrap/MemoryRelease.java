package dev.habits.bootstrap;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import java.lang.management.ManagementFactory;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.MalformedObjectNameException;
import javax.management.ObjectName;

/**
 * Hands memory the server no longer uses back to the operating system: one full collection, with
 * the bounds on the heap's free share tightened while it runs so that the collector also uncommits
 * the regions it emptied, and a trim of the C heap, where glibc keeps what the JVM freed (the
 * compilers' spent arena chunks, some 15 MB after start-up). A collection of the server's heap
 * stops requests for 20 to 35 ms after start-up; {@link IdleMemory} decides when.
 *
 * <p>Heap bounds the operator set are left as they are, {@code -XX:+DisableExplicitGC} turns the
 * collection off, and a JVM without these knobs skips them.
 */
final class MemoryRelease {
    /** Free share (%) the collection may leave: start-up's live 15 MB keep a heap of about 36 MB. */
    static final int TIGHT_MIN_FREE = 10;
    static final int TIGHT_MAX_FREE = 30;
    private static final String MIN_FREE = "MinHeapFreeRatio";
    private static final String MAX_FREE = "MaxHeapFreeRatio";
    private static final ObjectName DIAGNOSTIC_COMMANDS = diagnosticCommands();

    private final MBeanServer management;
    private final HotSpotDiagnosticMXBean vm;
    /** The bounds to put back after each collection; null when they are not ours to tighten. */
    private final String minFree;
    private final String maxFree;

    /** Tightens the bounds only if the operator left both to the JVM. */
    MemoryRelease() {
        this(heapBoundsLeftToTheJvm());
    }

    /**
     * Decided once, when made: restoring a flag leaves its origin "management", so after the first
     * release the origin can no longer tell our bounds from an operator's.
     */
    MemoryRelease(boolean tighten) {
        // Set up before any collection: the management server allocates megabytes on first use,
        // which would otherwise fill the shrunk heap at once.
        this.management = ManagementFactory.getPlatformMBeanServer();
        this.vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        VMOption min = tighten ? option(vm, MIN_FREE) : null;
        VMOption max = tighten ? option(vm, MAX_FREE) : null;
        boolean both = min != null && max != null;
        this.minFree = both ? min.getValue() : null;
        this.maxFree = both ? max.getValue() : null;
    }

    static boolean heapBoundsLeftToTheJvm() {
        HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        VMOption min = option(vm, MIN_FREE);
        VMOption max = option(vm, MAX_FREE);
        return min != null && max != null
                && min.getOrigin() == VMOption.Origin.DEFAULT && max.getOrigin() == VMOption.Origin.DEFAULT;
    }

    void collectAndTrim() {
        boolean tighten = minFree != null;
        if (tighten) {
            // Minimum lowered before the maximum and raised after it: the JVM refuses a minimum above the maximum.
            vm.setVMOption(MIN_FREE, Integer.toString(TIGHT_MIN_FREE));
            vm.setVMOption(MAX_FREE, Integer.toString(TIGHT_MAX_FREE));
        }
        try {
            System.gc();
        } finally {
            if (tighten) {
                vm.setVMOption(MAX_FREE, maxFree);
                vm.setVMOption(MIN_FREE, minFree);
            }
        }
        trimNativeHeap();
    }

    /** jcmd's {@code System.trim_native_heap}: JDK 17.0.9 and later, on glibc; elsewhere nothing. */
    void trimNativeHeap() {
        try {
            management.invoke(DIAGNOSTIC_COMMANDS, "systemTrimNativeHeap",
                    new Object[] {new String[0]}, new String[] {String[].class.getName()});
        } catch (JMException | RuntimeException e) {
            // not offered by this JVM: the C heap keeps its freed pages, as it would have anyway
        }
    }

    private static VMOption option(HotSpotDiagnosticMXBean vm, String name) {
        try {
            return vm == null ? null : vm.getVMOption(name);
        } catch (IllegalArgumentException e) {
            return null; // a JVM without this flag
        }
    }

    private static ObjectName diagnosticCommands() {
        try {
            return new ObjectName("com.sun.management:type=DiagnosticCommand");
        } catch (MalformedObjectNameException e) {
            throw new IllegalStateException(e);
        }
    }
}
