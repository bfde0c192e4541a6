package dev.habits.http;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class AccessLogTest {

    @Test
    void eachRequestLogsOneLineWithoutQueryTokensOrBodies() {
        Logger access = (Logger) LoggerFactory.getLogger("dev.habits.http.access");
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        access.addAppender(lines);
        access.setLevel(Level.INFO);
        try (RunningApi api = new RunningApi()) {
            String token = api.register("ada@example.com");
            lines.list.clear();
            api.send("GET", "/api/v1/habits?status=all", null, token, "X-Request-Id", "trace-1");
            assertThat(lines.list).hasSize(1);
            String line = lines.list.get(0).getFormattedMessage();
            assertThat(line).startsWith("GET /api/v1/habits 200 ").contains("ms requestId=trace-1")
                    .doesNotContain("status=all").doesNotContain(token);
        } finally {
            access.detachAppender(lines);
            access.setLevel(null);
        }
    }
}
