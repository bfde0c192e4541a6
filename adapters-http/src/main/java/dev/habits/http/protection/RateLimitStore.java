package dev.habits.http.protection;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import java.util.Objects;

/**
 * Where rate-limit buckets live: in this node's memory (the default, one node), or in a store every
 * node shares (Bucket4j's PostgreSQL backend), so that N nodes behind a load balancer grant a user no
 * more than one node would.
 */
@FunctionalInterface
public interface RateLimitStore {

    /** The bucket for {@code key}, made with {@code limit} when the store has none yet. */
    Bucket bucket(String key, Bandwidth limit);

    /**
     * Buckets in this node's memory, at most 100,000 of them: past that the least recently used go,
     * so that many clients cannot grow memory without bound.
     */
    static RateLimitStore inMemory() {
        BoundedBuckets buckets = new BoundedBuckets(100_000);
        return (key, limit) -> buckets.get(key, () -> Bucket.builder().addLimit(limit).build());
    }

    /** Buckets in a store every node reads and writes: each consumption is a round trip to it. */
    static RateLimitStore shared(ProxyManager<String> buckets) {
        Objects.requireNonNull(buckets, "buckets");
        return (key, limit) -> buckets.builder()
                .build(key, () -> BucketConfiguration.builder().addLimit(limit).build());
    }
}
