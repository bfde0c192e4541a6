package dev.habits.http.ops;

import dev.habits.http.support.RequestContext;
import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One access-log line and the request metrics per request, and how many requests are being handled
 * now. Metrics are tagged with the route template, never the raw path, so ids cannot explode the
 * number of series; the log never shows a query string, header or body (tokens and passwords travel
 * there).
 */
public final class RequestObserver {
    private static final Logger ACCESS = LoggerFactory.getLogger("dev.habits.http.access");
    private static final String STARTED = "habits.startedNanos";

    private final MeterRegistry registry;
    private final AtomicInteger inFlight = new AtomicInteger();

    public RequestObserver(MeterRegistry registry) {
        this.registry = registry;
        Gauge.builder("http.requests.in.flight", inFlight, AtomicInteger::get)
                .description("HTTP requests being handled now").register(registry);
    }

    public void start(Context ctx) {
        ctx.attribute(STARTED, System.nanoTime());
        inFlight.incrementAndGet();
    }

    /** Runs for every request that {@link #start} saw, whatever its outcome (Javalin's after handlers). */
    public void finish(Context ctx) {
        Long started = ctx.attribute(STARTED);
        if (started != null) {
            inFlight.decrementAndGet();
        }
        long nanos = started == null ? 0 : System.nanoTime() - started;
        int status = ctx.statusCode();
        String method = ctx.method().name();
        Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
        String route = endpoint == null || endpoint.path.isEmpty() ? "unmatched" : endpoint.path;
        String statusTag = Integer.toString(status);
        Counter.builder("http.requests").description("HTTP requests by route, method and status")
                .tags("route", route, "method", method, "status", statusTag).register(registry).increment();
        Timer.builder("http.request.duration").description("HTTP request latency by route, method and status")
                .tags("route", route, "method", method, "status", statusTag).register(registry)
                .record(nanos, TimeUnit.NANOSECONDS);
        ACCESS.info("{} {} {} {}ms requestId={}", method, ctx.path(), status,
                TimeUnit.NANOSECONDS.toMillis(nanos), RequestContext.requestId(ctx));
    }
}
