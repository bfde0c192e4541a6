package dev.habits.bootstrap;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Every setting of the server, read once at start. A value that cannot be parsed stops the start
 * with a message naming the variable, rather than running with a surprise.
 */
record ServerSettings(int port, Path dataDir, String dbUrl, String dbUser, String dbPassword, int dbPoolSize,
                      Optional<String> jwtSecret, Duration accessTokenTtl, Duration refreshTokenTtl,
                      Duration userCacheTtl, int authRateLimit, int apiRateLimit, List<String> corsOrigins, boolean trustProxy,
                      long maxBodyBytes, RateLimitStoreKind rateLimitStore) {

    /** Where rate-limit buckets live: this node's memory, or the (PostgreSQL) database all nodes share. */
    enum RateLimitStoreKind { MEMORY, DATABASE }

    static final int MIN_SECRET_BYTES = 32;

    @Override
    public String toString() {
        // Never the password or the secret: settings get logged.
        return "ServerSettings[port=" + port + ", dataDir=" + dataDir + ", dbUrl=" + redact(dbUrl) + ", dbPoolSize="
                + dbPoolSize + ", accessTokenTtl=" + accessTokenTtl + ", refreshTokenTtl=" + refreshTokenTtl
                + ", userCacheTtl=" + userCacheTtl                + ", authRateLimit=" + authRateLimit + ", apiRateLimit=" + apiRateLimit + ", corsOrigins=" + corsOrigins
                + ", trustProxy=" + trustProxy + ", maxBodyBytes=" + maxBodyBytes + ", rateLimitStore=" + rateLimitStore + "]";
    }

    static ServerSettings from(Environment env) {
        Path dataDir = Path.of(env.get("HABITS_DATA_DIR").orElse("data")).toAbsolutePath().normalize();
        Optional<String> secret = env.get("HABITS_JWT_SECRET");
        secret.ifPresent(s -> {
            if (s.getBytes(StandardCharsets.UTF_8).length < MIN_SECRET_BYTES) {
                throw new SettingsException("HABITS_JWT_SECRET must be at least " + MIN_SECRET_BYTES
                        + " bytes (UTF-8) for HS256");
            }
        });
        String dbUrl = env.get("HABITS_DB_URL").orElse(null);
        return new ServerSettings(
                integer(env, "HABITS_PORT", 8080, 0, 65_535),
                dataDir,
                dbUrl,
                env.get("HABITS_DB_USER").orElse(null),
                env.get("HABITS_DB_PASSWORD").orElse(null),
                integer(env, "HABITS_DB_POOL_SIZE", 10, 1, 1_000),
                secret,
                duration(env, "HABITS_ACCESS_TOKEN_TTL", Duration.ofMinutes(15)),
                duration(env, "HABITS_REFRESH_TOKEN_TTL", Duration.ofDays(30)),
                durationOrZero(env, "HABITS_USER_CACHE_TTL", Duration.ofSeconds(1)),
                integer(env, "HABITS_AUTH_RATE_LIMIT", 10, 0, 1_000_000),
                integer(env, "HABITS_API_RATE_LIMIT", 1000, 0, 100_000_000),
                origins(env),
                bool(env, "HABITS_TRUST_PROXY", false),
                integer(env, "HABITS_MAX_BODY_BYTES", 65_536, 1_024, 16 * 1024 * 1024),
                rateLimitStore(env, dbUrl));
    }

    private static int integer(Environment env, String name, int fallback, int min, int max) {
        Optional<String> raw = env.get(name);
        if (raw.isEmpty()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.get());
            if (value < min || value > max) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new SettingsException(name + " must be a whole number from " + min + " to " + max
                    + ", got '" + raw.get() + "'");
        }
    }

    private static Duration duration(Environment env, String name, Duration fallback) {
        Duration value = durationOrZero(env, name, fallback);
        if (value.isZero()) {
            throw new SettingsException(name + " must be a positive ISO-8601 duration such as PT15M, got '"
                    + env.get(name).orElse("") + "'");
        }
        return value;
    }

    private static Duration durationOrZero(Environment env, String name, Duration fallback) {
        Optional<String> raw = env.get(name);
        if (raw.isEmpty()) {
            return fallback;
        }
        try {
            Duration value = Duration.parse(raw.get());
            if (value.isNegative()) {
                throw new SettingsException(name + " must not be negative, got '" + raw.get() + "'");
            }
            return value;
        } catch (DateTimeParseException e) {
            throw new SettingsException(name + " must be an ISO-8601 duration such as PT15M, got '" + raw.get() + "'");
        }
    }

    private static boolean bool(Environment env, String name, boolean fallback) {
        Optional<String> raw = env.get(name);
        if (raw.isEmpty()) {
            return fallback;
        }
        switch (raw.get().toLowerCase(Locale.ROOT)) {
            case "true":
                return true;
            case "false":
                return false;
            default:
                throw new SettingsException(name + " must be true or false, got '" + raw.get() + "'");
        }
    }

    private static RateLimitStoreKind rateLimitStore(Environment env, String dbUrl) {
        String raw = env.get("HABITS_RATE_LIMIT_STORE").orElse("memory");
        switch (raw.toLowerCase(Locale.ROOT)) {
            case "memory":
                return RateLimitStoreKind.MEMORY;
            case "database":
                if (dbUrl == null || !dbUrl.startsWith("jdbc:postgresql:")) {
                    throw new SettingsException("HABITS_RATE_LIMIT_STORE=database shares rate limits through "
                            + "PostgreSQL: set HABITS_DB_URL to a jdbc:postgresql: URL (H2 serves one node only)");
                }
                return RateLimitStoreKind.DATABASE;
            default:
                throw new SettingsException("HABITS_RATE_LIMIT_STORE must be memory or database, got '" + raw + "'");
        }
    }

    private static List<String> origins(Environment env) {
        return env.get("HABITS_CORS_ORIGINS").map(raw -> Arrays.stream(raw.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .peek(origin -> {
                    if (!origin.matches("https?://[^/\\s]+")) {
                        throw new SettingsException("HABITS_CORS_ORIGINS must list origins such as "
                                + "https://app.example.com, got '" + origin + "'");
                    }
                })
                .toList()).orElse(List.of());
    }

    private static String redact(String url) {
        return url == null ? "(H2 default)" : url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }
}
