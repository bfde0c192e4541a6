package dev.habits.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.habits.http.ops.StartGate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A server that listens before it has finished starting: what its clients see meanwhile and after. */
class StartGateTest {

    @Test
    void healthAndDocumentsAnswerAtOnceAndReadinessSaysStartingUntilTheStartIsDone() {
        CompletableFuture<Void> started = new CompletableFuture<>();
        try (RunningApi api = new RunningApi(new StartGate(started))) {
            assertThat(api.get("/health/live", null).status()).isEqualTo(200);
            assertThat(api.get("/openapi.json", null).status()).isEqualTo(200);
            RunningApi.Reply ready = api.get("/health/ready", null);
            assertThat(ready.status()).isEqualTo(503);
            assertThat(ready.json().get("detail").asText()).isEqualTo("The server is starting");

            started.complete(null);

            assertThat(api.get("/health/ready", null).status()).isEqualTo(200);
        }
    }

    @Test
    void anApiRequestThatComesEarlyIsAnsweredOnceTheServerHasStarted() throws Exception {
        CompletableFuture<Void> started = new CompletableFuture<>();
        try (RunningApi api = new RunningApi(new StartGate(started))) {
            CompletableFuture<RunningApi.Reply> early = registerMeanwhile(api);

            // Not answered while the start runs: it waits, however long we look.
            Thread.sleep(300);
            assertThat(early).isNotDone();

            started.complete(null);

            RunningApi.Reply reply = early.get(10, TimeUnit.SECONDS);
            assertThat(reply.status()).isEqualTo(201);
            assertThat(api.registerReply("later@example.com").status()).isEqualTo(201);
        }
    }

    @Test
    void aStartThatFailsAnswersTheHeldRequestsWithA503ToRetry() throws Exception {
        CompletableFuture<Void> started = new CompletableFuture<>();
        try (RunningApi api = new RunningApi(new StartGate(started))) {
            CompletableFuture<RunningApi.Reply> early = registerMeanwhile(api);
            Thread.sleep(100);

            started.completeExceptionally(new IllegalStateException("Cannot migrate the database"));

            RunningApi.Reply reply = early.get(10, TimeUnit.SECONDS);
            assertThat(reply.status()).isEqualTo(503);
            assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
            assertThat(reply.header("Retry-After")).isEqualTo("1");
            assertThat(reply.json().get("detail").asText()).isEqualTo("The server is starting; try again in a moment");
            assertThat(reply.text()).doesNotContain("migrate");
            assertThat(api.get("/health/ready", null).status()).isEqualTo(503);
        }
    }

    /** A sign-up sent on another thread, as a client would send it while the server starts. */
    private static CompletableFuture<RunningApi.Reply> registerMeanwhile(RunningApi api) {
        return CompletableFuture.supplyAsync(() -> api.registerReply("early@example.com"));
    }
}
