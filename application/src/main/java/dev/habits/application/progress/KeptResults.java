package dev.habits.application.progress;

import java.util.concurrent.ConcurrentHashMap;

/**
 * The last result per key together with the inputs it was computed from, handed out again only to
 * a request whose inputs are equal. Bounded: when full, a quarter goes, in no particular order (a
 * key whose result went computes it again on its next request).
 *
 * @param <K> what a result belongs to (a user, a habit)
 * @param <I> everything the result is a function of, compared with {@code equals}
 * @param <R> the result
 */
final class KeptResults<K, I, R> {
    private record Kept<I, R>(I inputs, R result) {
    }

    private final int max;
    private final ConcurrentHashMap<K, Kept<I, R>> kept = new ConcurrentHashMap<>();

    KeptResults(int max) {
        if (max < 0) {
            throw new IllegalArgumentException("max must not be negative");
        }
        this.max = max;
    }

    /** The result kept for exactly these inputs, or null. */
    R find(K key, I inputs) {
        Kept<I, R> last = kept.get(key);
        return last != null && last.inputs().equals(inputs) ? last.result() : null;
    }

    void keep(K key, I inputs, R result) {
        if (max == 0) {
            return;
        }
        if (kept.size() >= max && !kept.containsKey(key)) {
            evictAQuarter();
        }
        kept.put(key, new Kept<>(inputs, result));
    }

    int size() {
        return kept.size();
    }

    private void evictAQuarter() {
        int target = max * 3 / 4;
        for (K key : kept.keySet()) {
            if (kept.size() <= target) {
                return;
            }
            kept.remove(key);
        }
    }
}
