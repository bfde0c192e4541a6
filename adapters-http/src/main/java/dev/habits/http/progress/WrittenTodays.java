package dev.habits.http.progress;

import com.fasterxml.jackson.databind.util.RawValue;
import dev.habits.application.progress.Today;
import dev.habits.domain.user.UserId;
import dev.habits.http.json.Json;
import dev.habits.http.support.BoundedCopies;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Each user's last today view as JSON. The core hands out the same {@link Today} instance while
 * nothing the view was made from has changed, so an identity test tells whether the JSON written
 * for it still stands; writing twenty entries' maps was most of what a repeated today request cost
 * once the core kept the view. Bounded like {@link BoundedCopies}.
 */
final class WrittenTodays {
    /** A today view of 20 habits is some 8 KB of JSON: 1,000 users are some 8 MB. */
    static final int DEFAULT_MAX = 1_000;

    private record Written(Today today, RawValue json) {
    }

    private final Json json;
    private final int max;
    private final ConcurrentHashMap<UserId, Written> byUser = new ConcurrentHashMap<>();

    WrittenTodays(Json json, int max) {
        if (max < 0) {
            throw new IllegalArgumentException("max must not be negative: " + max);
        }
        this.json = json;
        this.max = max;
    }

    /** The view's JSON, ready to be embedded in a response as it is; {@code view} shapes it when not written yet. */
    RawValue of(UserId user, Today today, Function<Today, Object> view) {
        Written written = byUser.get(user);
        if (written != null && written.today() == today) {
            return written.json();
        }
        RawValue value = json.raw(view.apply(today));
        BoundedCopies.keep(byUser, user, new Written(today, value), max);
        return value;
    }

    int size() {
        return byUser.size();
    }
}
