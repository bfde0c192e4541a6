package dev.habits.http.ops;

import dev.habits.http.support.ProblemException;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Holds the API requests that reach the server while it is still starting (its schema being
 * migrated) until it has started. The server can then take connections while the last of its
 * start-up runs, and a client that came early is answered late instead of refused. Everything
 * outside the API (health, metrics, documents) needs no database and is answered at once;
 * {@code /health/ready} says "not yet" until the start is done.
 */
public final class StartGate {
    /** Longer than a start takes; a request held this long gets a 503 to retry instead. */
    private static final Duration MAX_WAIT = Duration.ofSeconds(10);
    private static final String RETRY_AFTER_SECONDS = "1";
    private static final String API = "/api/";

    private final CompletableFuture<?> started;

    public StartGate(CompletionStage<?> started) {
        this.started = Objects.requireNonNull(started, "started").toCompletableFuture();
    }

    /** One that is open from the first request: for a server that starts listening when it has started. */
    public static StartGate open() {
        return new StartGate(CompletableFuture.completedFuture(null));
    }

    /** Whether the start has finished well: until then the server is not ready. */
    public boolean isOpen() {
        return started.isDone() && !started.isCompletedExceptionally();
    }

    /** Returns once the server has started; a 503 problem when it failed or takes too long. */
    public void hold(Context ctx) {
        if (isOpen() || !ctx.path().startsWith(API)) {
            return;
        }
        try {
            started.get(MAX_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw starting();
        } catch (ExecutionException | TimeoutException e) {
            throw starting();
        }
    }

    private static ProblemException starting() {
        return new ProblemException(503, "The server is starting; try again in a moment", List.of(),
                Map.of("Retry-After", RETRY_AFTER_SECONDS));
    }
}
