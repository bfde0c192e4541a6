package dev.habits.http;

import java.util.List;

/**
 * What the HTTP adapter needs to know from the configuration.
 *
 * @param maxBodyBytes            the largest request body accepted
 * @param corsOrigins             origins allowed to call the API from a browser (none by default)
 * @param trustProxy              whether the client address comes from {@code X-Forwarded-For}
 * @param authRateLimitPerMinute  {@code /auth/*} requests a minute per client address and per email; 0 = off
 * @param apiRateLimitPer15Minutes requests per 15 minutes per user; 0 = off
 */
public record HttpSettings(long maxBodyBytes, List<String> corsOrigins, boolean trustProxy,
                           int authRateLimitPerMinute, int apiRateLimitPer15Minutes) {
    public HttpSettings {
        if (maxBodyBytes <= 0) {
            throw new IllegalArgumentException("maxBodyBytes must be positive");
        }
        if (authRateLimitPerMinute < 0 || apiRateLimitPer15Minutes < 0) {
            throw new IllegalArgumentException("rate limits must not be negative");
        }
        corsOrigins = List.copyOf(corsOrigins);
    }
}
