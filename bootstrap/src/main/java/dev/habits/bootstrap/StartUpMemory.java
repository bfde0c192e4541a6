package dev.habits.bootstrap;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * Gives back the memory that starting the server used once and will not use again. Opening and
 * migrating the database and loading some 6,500 classes fill about 45 MB of the young generation
 * with garbage in pages the heap keeps committed, and start-up's compilations leave some 20 MB of
 * spent arena chunks in the C heap, which glibc keeps: a third of an idle server's 140 MB resident.
 *
 * <p>One full collection, with the bounds on the heap's free share tightened while it runs so that
 * the collector also uncommits the regions it emptied, and trims of the C heap return them (idle
 * on H2: 112 MB five seconds after ready, 100 MB once the second trim ran, against 140). It runs
 * once, a moment after the server listens, and stops requests for 20 to 35 ms. Heap bounds the
 * operator set are left as they are, {@code -XX:+DisableExplicitGC} turns the collection off, and a
 * JVM without these knobs skips them.
 */
final class StartUpMemory {
    /**
     * Lets the first health probes through first: their lazy set-up allocates a few megabytes,
     * which in the shrunk heap would bring a collection at once, and G1 would reuse the emptied
     * regions before it uncommits them.
     */
    static final Duration SETTLE = Duration.ofSeconds(1);
    /**
     * HotSpot hands its compilers' spent arena chunks to the C heap every 5 s, and start-up's
     * compilations leave some 15 MB of them: the C heap is trimmed again once they are there.
     */
    static final Duration CHUNK_POOL_CLEANING = Duration.ofSeconds(6);
    /** Free share (%) the collection may leave: start-up's live 15 MB keep a heap of about 36 MB. */
    static final int TIGHT_MIN_FREE = 10;
    static final int TIGHT_MAX_FREE = 30;
    private static final String MIN_FREE = "MinHeapFreeRatio";
    private static final String MAX_FREE = "MaxHeapFreeRatio";

    private StartUpMemory() {
    }

    /** Waits for {@link #SETTLE}, releases, and trims the C heap again once HotSpot has cleaned its chunk pool. */
    static void releaseOnceSettled() {
        try {
            Thread.sleep(SETTLE.toMillis());
            MBeanServer management = release();
            Thread.sleep(CHUNK_POOL_CLEANING.toMillis());
            trimNativeHeap(management);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static MBeanServer release() {
        // Set up before the collection: the management server allocates megabytes on first use,
        // which would otherwise fill the shrunk heap at once.
        MBeanServer management = ManagementFactory.getPlatformMBeanServer();
        HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        VMOption min = option(vm, MIN_FREE);
        VMOption max = option(vm, MAX_FREE);
        boolean tighten = min != null && max != null
                && min.getOrigin() == VMOption.Origin.DEFAULT && max.getOrigin() == VMOption.Origin.DEFAULT;
        if (tighten) {
            // Minimum lowered before the maximum and raised after it: the JVM refuses a minimum above the maximum.
            vm.setVMOption(MIN_FREE, Integer.toString(TIGHT_MIN_FREE));
            vm.setVMOption(MAX_FREE, Integer.toString(TIGHT_MAX_FREE));
        }
        try {
            System.gc();
        } finally {
            if (tighten) {
                vm.setVMOption(MAX_FREE, max.getValue());
                vm.setVMOption(MIN_FREE, min.getValue());
            }
        }
        trimNativeHeap(management);
        return management;
    }

    private static VMOption option(HotSpotDiagnosticMXBean vm, String name) {
        try {
            return vm == null ? null : vm.getVMOption(name);
        } catch (IllegalArgumentException e) {
            return null; // a JVM without this flag
        }
    }

    /** jcmd's {@code System.trim_native_heap}: JDK 17.0.9 and later, on glibc; elsewhere nothing. */
    private static void trimNativeHeap(MBeanServer management) {
        try {
            management.invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"), "systemTrimNativeHeap",
                    new Object[] {new String[0]}, new String[] {String[].class.getName()});
        } catch (JMException | RuntimeException e) {
            // not offered by this JVM: the C heap keeps its freed pages, as it would have anyway
        }
    }
}
