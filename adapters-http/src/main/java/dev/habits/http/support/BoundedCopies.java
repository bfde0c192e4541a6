package dev.habits.http.support;

import java.util.Iterator;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The bound the adapter's kept copies share (written habits, written today views): past {@code max}
 * entries, drop entries in no particular order until three quarters are left. A dropped copy is
 * written again on its next use, so which ones go does not matter.
 */
public final class BoundedCopies {
    private BoundedCopies() {
    }

    /** Puts the copy, then trims the map to its bound; a bound of 0 keeps nothing. */
    public static <K, V> void keep(ConcurrentHashMap<K, V> copies, K key, V copy, int max) {
        if (max == 0) {
            return;
        }
        copies.put(key, copy);
        if (copies.size() > max) {
            Iterator<K> keys = copies.keySet().iterator();
            while (copies.size() > max * 3 / 4 && keys.hasNext()) {
                keys.next();
                keys.remove();
            }
        }
    }
}
