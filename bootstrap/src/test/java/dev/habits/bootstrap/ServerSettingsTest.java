package dev.habits.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ServerSettingsTest {

    @Test
    void defaultsMatchTheDocumentedTable() {
        ServerSettings settings = ServerSettings.from(Environment.of(Map.of()));

        assertThat(settings.port()).isEqualTo(8080);
        assertThat(settings.dbUrl()).isNull();
        assertThat(settings.dbPoolSize()).isEqualTo(10);
        assertThat(settings.jwtSecret()).isEmpty();
        assertThat(settings.accessTokenTtl()).isEqualTo(Duration.ofMinutes(15));
        assertThat(settings.refreshTokenTtl()).isEqualTo(Duration.ofDays(30));
        assertThat(settings.userCacheTtl()).isEqualTo(Duration.ofSeconds(1));
        assertThat(settings.authRateLimit()).isEqualTo(10);
        assertThat(settings.apiRateLimit()).isEqualTo(1000);
        assertThat(settings.corsOrigins()).isEmpty();
        assertThat(settings.trustProxy()).isFalse();
        assertThat(settings.maxBodyBytes()).isEqualTo(65_536);
        assertThat(settings.dataDir().getFileName()).hasToString("data");
        assertThat(settings.rateLimitStore()).isEqualTo(ServerSettings.RateLimitStoreKind.MEMORY);
    }

    @Test
    void environmentVariablesSetEverySetting() {
        ServerSettings settings = ServerSettings.from(Environment.of(Map.ofEntries(
                Map.entry("HABITS_PORT", "0"),
                Map.entry("HABITS_DB_URL", "jdbc:postgresql://db/habits"),
                Map.entry("HABITS_DB_POOL_SIZE", "4"),
                Map.entry("HABITS_JWT_SECRET", "0123456789abcdef0123456789abcdef"),
                Map.entry("HABITS_ACCESS_TOKEN_TTL", "PT5M"),
                Map.entry("HABITS_REFRESH_TOKEN_TTL", "P7D"),
                Map.entry("HABITS_USER_CACHE_TTL", "PT0S"),
                Map.entry("HABITS_AUTH_RATE_LIMIT", "0"),
                Map.entry("HABITS_API_RATE_LIMIT", "50"),
                Map.entry("HABITS_CORS_ORIGINS", "https://app.example.com, http://localhost:3000"),
                Map.entry("HABITS_TRUST_PROXY", "true"),
                Map.entry("HABITS_MAX_BODY_BYTES", "2048"),
                Map.entry("HABITS_RATE_LIMIT_STORE", "database"))));

        assertThat(settings.port()).isZero();
        assertThat(settings.dbUrl()).isEqualTo("jdbc:postgresql://db/habits");
        assertThat(settings.dbPoolSize()).isEqualTo(4);
        assertThat(settings.jwtSecret()).contains("0123456789abcdef0123456789abcdef");
        assertThat(settings.accessTokenTtl()).isEqualTo(Duration.ofMinutes(5));
        assertThat(settings.refreshTokenTtl()).isEqualTo(Duration.ofDays(7));
        assertThat(settings.userCacheTtl()).as("zero turns the cache off").isZero();
        assertThat(settings.authRateLimit()).isZero();
        assertThat(settings.apiRateLimit()).isEqualTo(50);
        assertThat(settings.corsOrigins()).isEqualTo(List.of("https://app.example.com", "http://localhost:3000"));
        assertThat(settings.trustProxy()).isTrue();
        assertThat(settings.maxBodyBytes()).isEqualTo(2048);
        assertThat(settings.rateLimitStore()).isEqualTo(ServerSettings.RateLimitStoreKind.DATABASE);
    }

    @Test
    void systemPropertiesAreTheAlternativeToVariables() {
        Properties properties = new Properties();
        properties.setProperty("habits.port", "9090");
        properties.setProperty("habits.db.pool.size", "3");

        ServerSettings settings = ServerSettings.from(new Environment(Map.of(), properties));

        assertThat(settings.port()).isEqualTo(9090);
        assertThat(settings.dbPoolSize()).isEqualTo(3);
    }

    @Test
    void aSettingThatCannotBeParsedIsNamedInTheRefusal() {
        assertRefused("HABITS_PORT", "eighty");
        assertRefused("HABITS_PORT", "70000");
        assertRefused("HABITS_DB_POOL_SIZE", "0");
        assertRefused("HABITS_ACCESS_TOKEN_TTL", "15 minutes");
        assertRefused("HABITS_REFRESH_TOKEN_TTL", "-P1D");
        assertRefused("HABITS_REFRESH_TOKEN_TTL", "PT0S");
        assertRefused("HABITS_USER_CACHE_TTL", "-PT1S");
        assertRefused("HABITS_TRUST_PROXY", "yes");
        assertRefused("HABITS_CORS_ORIGINS", "*");
        assertRefused("HABITS_MAX_BODY_BYTES", "lots");
        assertRefused("HABITS_RATE_LIMIT_STORE", "redis");
    }

    @Test
    void sharedRateLimitsNeedPostgresql() {
        assertThatThrownBy(() -> ServerSettings.from(Environment.of(Map.of("HABITS_RATE_LIMIT_STORE", "database"))))
                .isInstanceOf(SettingsException.class)
                .hasMessageContaining("HABITS_RATE_LIMIT_STORE")
                .hasMessageContaining("HABITS_DB_URL");
    }

    @Test
    void aSigningSecretShorterThan32BytesIsRefused() {
        assertRefused("HABITS_JWT_SECRET", "too-short");
    }

    @Test
    void theDatabasePasswordNeverAppearsInTheSettingsText() {
        ServerSettings settings = ServerSettings.from(Environment.of(Map.of(
                "HABITS_DB_PASSWORD", "hunter2-secret",
                "HABITS_DB_URL", "jdbc:postgresql://db/habits?password=url-secret",
                "HABITS_JWT_SECRET", "0123456789abcdef0123456789abcdef-jwt")));

        assertThat(settings.toString()).doesNotContain("hunter2-secret", "url-secret", "-jwt");
    }

    private static void assertRefused(String variable, String value) {
        assertThatThrownBy(() -> ServerSettings.from(Environment.of(Map.of(variable, value))))
                .isInstanceOf(SettingsException.class)
                .hasMessageContaining(variable);
    }
}
