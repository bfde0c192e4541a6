package dev.habits.bootstrap;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/** The tests' own heap: which collector runs it, and garbage as a load would leave it. */
final class TestHeap {
    private static volatile int sink;

    private TestHeap() {
    }

    static boolean runsG1() {
        return "true".equals(ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
                .getVMOption("UseG1GC").getValue());
    }

    static void fillWithGarbage(int megabytes) {
        List<byte[]> held = new ArrayList<>();
        for (int i = 0; i < megabytes; i++) {
            held.add(new byte[1024 * 1024]);
            if (held.size() == 32) {
                sink += held.size();
                held.clear();
            }
        }
        sink += held.size();
    }
}
