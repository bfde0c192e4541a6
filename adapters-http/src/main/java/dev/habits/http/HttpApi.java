package dev.habits.http;

import dev.habits.application.HabitTracker;
import dev.habits.http.auth.AuthRoutes;
import dev.habits.http.auth.Authentication;
import dev.habits.http.checkin.CheckInRoutes;
import dev.habits.http.habit.HabitRoutes;
import dev.habits.http.habit.WrittenHabits;
import dev.habits.http.json.Json;
import dev.habits.http.ops.OpsRoutes;
import dev.habits.http.ops.RequestObserver;
import dev.habits.http.ops.StartGate;
import dev.habits.http.problem.JettyProblems;
import dev.habits.http.problem.ProblemMapping;
import dev.habits.http.profile.ProfileRoutes;
import dev.habits.http.progress.ProgressRoutes;
import dev.habits.http.protection.RateLimitStore;
import dev.habits.http.protection.RateLimits;
import dev.habits.http.protection.RequestGuards;
import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.compression.Gzip;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import org.eclipse.jetty.server.handler.GracefulHandler;

/** Builds the HTTP API over the core: routes, filters, error mapping and protection, unstarted. */
public final class HttpApi {
    private static final int COMPRESSION_MIN_BYTES = 1024;
    /**
     * The buffer Javalin copies each response through. By default it is Jetty's output buffer size,
     * 32 KB, allocated afresh for every response: 58 % of all the server allocated in a benchmark run
     * (JFR). With 4 KB a 128 MB heap collected half as often under the check-in load; throughput was
     * level. Our answers are mostly under a kilobyte; a larger one is copied in more steps. Javalin
     * decides on compression from the first write, so the buffer must hold at least
     * {@link #COMPRESSION_MIN_BYTES}.
     */
    private static final int RESPONSE_COPY_BYTES = 4096;
    private static final long STOP_TIMEOUT_MILLIS = 30_000;
    /**
     * Jetty's {@code MemoryUtils} works out how many object references fit a cache line from the
     * JVM's {@code UseCompressedOops}, which it asks the platform MBean server for unless this
     * property is set. Starting that server loads some 200 classes: a tenth of the time to ready
     * (bench/RESULTS.md). Nothing in Jetty 12.1 reads the figure, so any valid value will do; 16 is
     * the right one for a heap under 32 GB. One the user set is kept.
     */
    private static final String JETTY_REFERENCES_PER_CACHE_LINE = "org.eclipse.jetty.util.referencesPerCacheLine";

    private HttpApi() {
    }

    /**
     * An unstarted Javalin with every route, filter and error mapping. Rate-limit buckets live in
     * {@code rateLimitStore} (this node's memory, or one that several nodes share). API requests
     * wait at {@code startGate} until the server has finished starting, and {@code /health/ready}
     * answers 503 until then; {@link StartGate#open()} for a server that listens once it has.
     */
    public static Javalin create(HttpSettings settings, HabitTracker tracker, JwtAccessTokens tokens,
                                 BooleanSupplier databaseReady, Predicate<Throwable> databaseUnavailable,
                                 PrometheusMeterRegistry metrics, RateLimitStore rateLimitStore,
                                 StartGate startGate) {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(tracker, "tracker");
        Objects.requireNonNull(tokens, "tokens");
        Objects.requireNonNull(databaseReady, "databaseReady");
        Objects.requireNonNull(databaseUnavailable, "databaseUnavailable");
        Objects.requireNonNull(metrics, "metrics");
        Objects.requireNonNull(startGate, "startGate");
        Json json = new Json();
        RequestGuards guards = new RequestGuards(settings.maxBodyBytes());
        Authentication authentication = new Authentication(tokens, tracker.auth());
        RateLimits rateLimits = new RateLimits(settings, json, Objects.requireNonNull(rateLimitStore, "rateLimitStore"));
        RequestObserver observer = new RequestObserver(metrics);
        WrittenHabits written = new WrittenHabits(json, WrittenHabits.DEFAULT_MAX);
        System.getProperties().putIfAbsent(JETTY_REFERENCES_PER_CACHE_LINE, "16");

        return Javalin.create(config -> {
            config.concurrency.useVirtualThreads = true; // takes effect on JDK 21+, platform threads before
            config.http.maxRequestSize = settings.maxBodyBytes();
            config.http.responseBufferSize = RESPONSE_COPY_BYTES;
            config.http.prefer405over404 = true;
            CompressionStrategy gzip = new CompressionStrategy(null, new Gzip());
            gzip.setDefaultMinSizeForCompression(COMPRESSION_MIN_BYTES);
            config.http.compressionStrategy = gzip;
            config.jetty.modifyHttpConfiguration(http -> {
                http.setSendServerVersion(false);
                // Jetty keeps each connection's header values, bearer tokens among them, in a cache it
                // clears whole when a new value does not fit. A connection carrying many users' tokens (a
                // load balancer's, or the benchmark's) refilled and cleared it on nearly every request:
                // 17 % of the server's CPU on the habit list. Parsing each header afresh costs far less.
                http.setHeaderCacheSize(0);
            });
            config.jetty.modifyServer(server -> {
                server.setStopTimeout(STOP_TIMEOUT_MILLIS);
                server.insertHandler(new GracefulHandler()); // drains requests in flight on stop
                server.setErrorHandler(new JettyProblems(json));
            });
            if (!settings.corsOrigins().isEmpty()) {
                config.bundledPlugins.enableCors(cors -> cors.addRule(rule -> {
                    for (String origin : settings.corsOrigins()) {
                        rule.allowHost(origin);
                    }
                    rule.exposeHeader("X-Request-Id");
                    rule.exposeHeader("Location");
                }));
            }

            new ProblemMapping(json, databaseUnavailable).install(config);
            config.routes.before(ctx -> {
                observer.start(ctx);
                guards.handle(ctx);
                startGate.hold(ctx);
            });
            config.routes.beforeMatched(ctx -> {
                String path = ctx.path();
                if (path.startsWith("/api/v1/auth/")) {
                    rateLimits.limitAuth(ctx);
                } else if (Authentication.protects(path)) {
                    authentication.authenticate(ctx);
                    rateLimits.limitUser(ctx);
                }
            });
            config.routes.after(observer::finish);

            AuthRoutes.register(config.routes, tracker, json);
            ProfileRoutes.register(config.routes, tracker, json);
            HabitRoutes.register(config.routes, tracker, json, written);
            CheckInRoutes.register(config.routes, tracker, json);
            ProgressRoutes.register(config.routes, tracker, json, written);
            OpsRoutes.register(config.routes, json, startGate, databaseReady, metrics);
        });
    }
}
