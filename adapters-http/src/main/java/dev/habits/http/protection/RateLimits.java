package dev.habits.http.protection;

import dev.habits.domain.user.UserId;
import dev.habits.http.HttpSettings;
import dev.habits.http.json.Json;
import dev.habits.http.support.ProblemException;
import dev.habits.http.support.RequestContext;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * Bucket4j limits, in memory or in a store the nodes share: {@code /auth/*} per client address and per email, the rest per user.
 * Headers follow the IETF RateLimit draft: {@code RateLimit-Policy: 10;w=60} and
 * {@code RateLimit: limit=10, remaining=3, reset=42}.
 */
public final class RateLimits {
    private final int authPerMinute;
    private final int apiPer15Minutes;
    private final boolean trustProxy;
    private final Json json;
    private final RateLimitStore store;

    public RateLimits(HttpSettings settings, Json json, RateLimitStore store) {
        this.store = store;
        this.authPerMinute = settings.authRateLimitPerMinute();
        this.apiPer15Minutes = settings.apiRateLimitPer15Minutes();
        this.trustProxy = settings.trustProxy();
        this.json = json;
    }

    /** Limits an {@code /auth/*} request by the client's address and by the email it names. */
    public void limitAuth(Context ctx) {
        if (authPerMinute == 0) {
            return;
        }
        Duration window = Duration.ofMinutes(1);
        consume(ctx, "auth-ip:" + clientAddress(ctx), authPerMinute, window, false);
        json.peekString(ctx.bodyAsBytes(), "email")
                .map(email -> email.trim().toLowerCase(Locale.ROOT))
                .filter(email -> !email.isEmpty())
                .ifPresent(email -> consume(ctx, "auth-email:" + email, authPerMinute, window, false));
    }

    /** Limits an authenticated request by its user, with a burst-friendly (greedy) bucket. */
    public void limitUser(Context ctx) {
        UserId user = RequestContext.userOrNull(ctx);
        if (apiPer15Minutes == 0 || user == null) {
            return;
        }
        consume(ctx, "user:" + user.value(), apiPer15Minutes, Duration.ofMinutes(15), true);
    }

    private void consume(Context ctx, String key, int limit, Duration window, boolean greedy) {
        Bucket bucket = store.bucket(key, greedy
                ? Bandwidth.builder().capacity(limit).refillGreedy(limit, window).build()
                : Bandwidth.builder().capacity(limit).refillIntervally(limit, window).build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        long resetSeconds = Math.max(1, ceilSeconds(probe.isConsumed()
                ? probe.getNanosToWaitForReset() : probe.getNanosToWaitForRefill()));
        ctx.header("RateLimit-Policy", limit + ";w=" + window.toSeconds());
        ctx.header("RateLimit", "limit=" + limit + ", remaining=" + probe.getRemainingTokens()
                + ", reset=" + resetSeconds);
        if (!probe.isConsumed()) {
            throw new ProblemException(429, "Too many requests; retry in " + resetSeconds + " seconds",
                    java.util.List.of(), Map.of("Retry-After", Long.toString(resetSeconds)));
        }
    }

    private String clientAddress(Context ctx) {
        if (trustProxy) {
            String forwarded = ctx.header("X-Forwarded-For");
            if (forwarded != null && !forwarded.isBlank()) {
                return forwarded.split(",", 2)[0].trim();
            }
        }
        return ctx.req().getRemoteAddr();
    }

    private static long ceilSeconds(long nanos) {
        return (nanos + 999_999_999L) / 1_000_000_000L;
    }
}
