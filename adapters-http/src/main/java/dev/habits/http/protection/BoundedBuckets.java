package dev.habits.http.protection;

import io.github.bucket4j.Bucket;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** Buckets by key, least recently used dropped first, so many clients cannot grow memory unbounded. */
final class BoundedBuckets {
    private final Map<String, Bucket> buckets;

    BoundedBuckets(int maxKeys) {
        this.buckets = new LinkedHashMap<>(256, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > maxKeys;
            }
        };
    }

    synchronized Bucket get(String key, Supplier<Bucket> create) {
        return buckets.computeIfAbsent(key, k -> create.get());
    }
}
