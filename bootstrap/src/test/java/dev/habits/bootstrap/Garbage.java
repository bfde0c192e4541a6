package dev.habits.bootstrap;

import java.util.ArrayList;
import java.util.List;

/** Allocates and drops heap, as a load would. */
final class Garbage {
    private static volatile int sink;

    private Garbage() {
    }

    static void fill(int megabytes) {
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
