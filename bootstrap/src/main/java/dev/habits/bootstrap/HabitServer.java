package dev.habits.bootstrap;

import dev.habits.application.HabitTracker;
import dev.habits.application.port.EventPublisher;
import dev.habits.http.Argon2PasswordHasher;
import dev.habits.http.HttpApi;
import dev.habits.http.HttpSettings;
import dev.habits.http.JwtAccessTokens;
import dev.habits.http.ops.StartGate;
import dev.habits.http.protection.RateLimitStore;
import dev.habits.persistence.Database;
import dev.habits.persistence.DatabaseSettings;
import io.javalin.Javalin;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The whole server wired by hand: database, core, HTTP. Starts in the constructor's caller's thread. */
final class HabitServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HabitServer.class);

    private final Database database;
    private final SharedRateLimits sharedRateLimits;
    private final Javalin app;

    private HabitServer(Database database, SharedRateLimits sharedRateLimits, Javalin app) {
        this.database = database;
        this.sharedRateLimits = sharedRateLimits;
        this.app = app;
    }

    /**
     * Opens the database, wires every part, starts listening and returns once the schema is up to
     * date. The migration runs on a thread of its own while this one builds the rest: both mostly
     * load and initialise classes (Flyway and H2 there; Jackson, Jetty and Javalin here), and on two
     * cores neither need wait for the other (a tenth sooner ready on a fresh database, 1.67 to 1.50
     * s). Jetty starts before the migration has finished, holding API requests at the
     * {@link StartGate} until it has: with an AOT cache the migration is what the start waits for,
     * and Jetty's start no longer comes after it (bench/RESULTS.md).
     */
    static HabitServer start(ServerSettings settings) {
        String url = settings.dbUrl() != null ? settings.dbUrl() : DatabaseSettings.defaultH2Url(settings.dataDir());
        Database database = Database.connect(new DatabaseSettings(url, settings.dbUser(), settings.dbPassword(),
                settings.dbPoolSize()), HabitServer::migrationThread);
        CompletableFuture<Void> migration = database.migration();
        SharedRateLimits sharedRateLimits = null;
        Javalin app = null;
        try {
            // Microsecond ticks: what both databases store, so a timestamp reads back as it was returned.
            Clock clock = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
            String secret = settings.jwtSecret().orElseGet(() -> JwtSecretFile.readOrCreate(settings.dataDir()));
            JwtAccessTokens tokens = new JwtAccessTokens(secret, settings.accessTokenTtl(), clock);
            HabitTracker tracker = HabitTracker.wire(new HabitTracker.Ports(database.users(), database.habits(),
                    database.checkIns(), database.refreshTokens(), database.transactions(),
                    Argon2PasswordHasher.owasp(), tokens, UUID::randomUUID, EventPublisher.NONE, clock),
                    settings.refreshTokenTtl(), settings.userCacheTtl());
            PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
            PoolMetrics.bind(database.dataSource(), metrics);
            RateLimitStore rateLimitStore = RateLimitStore.inMemory();
            if (settings.rateLimitStore() == ServerSettings.RateLimitStoreKind.DATABASE) {
                sharedRateLimits = new SharedRateLimits(database.dataSource());
                rateLimitStore = sharedRateLimits.store();
            }
            // No request may reach a schema that is not up to date: the gate holds them until then.
            app = HttpApi.create(new HttpSettings(settings.maxBodyBytes(), settings.corsOrigins(),
                            settings.trustProxy(), settings.authRateLimit(), settings.apiRateLimit()),
                    tracker, tokens, database::isReachable, Database::isOutage, metrics, rateLimitStore,
                    new StartGate(migration));
            app.start(settings.port());
            awaitMigration(migration);
            LOG.info("Habit tracker listening on port {}", app.port());
            return new HabitServer(database, sharedRateLimits, app);
        } catch (RuntimeException e) {
            if (app != null) {
                app.stop();
            }
            if (sharedRateLimits != null) {
                sharedRateLimits.close();
            }
            database.close(); // after the migration has ended
            throw e;
        }
    }

    private static void migrationThread(Runnable migration) {
        Thread thread = new Thread(migration, "database-migration");
        thread.setDaemon(true);
        thread.start();
    }

    private static void awaitMigration(CompletableFuture<Void> migration) {
        try {
            migration.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    int port() {
        return app.port();
    }

    /** Stops taking connections, lets requests in flight finish (up to the stop timeout), closes the pool. */
    @Override
    public void close() {
        try {
            app.stop();
        } finally {
            if (sharedRateLimits != null) {
                sharedRateLimits.close();
            }
            database.close();
        }
    }
}
