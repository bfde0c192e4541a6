package dev.habits.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;

class LogLineTest {
    private final LoggerContext context = new LoggerContext();

    @Test
    void aLineHasTimeLevelThreadShortLoggerAndMessage() {
        long now = Instant.parse("2026-12-03T17:53:59.956Z").toEpochMilli();
        String time = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX")
                .format(Instant.ofEpochMilli(now).atZone(ZoneId.systemDefault()));

        String line = encode(event("dev.habits.bootstrap.JwtSecretFile", Level.WARN, "generated {}", "a secret", null, now));

        assertThat(line).isEqualTo(time + " WARN  [worker-1] d.h.b.JwtSecretFile - generated a secret"
                + System.lineSeparator());
    }

    @Test
    void eachLineHasItsOwnMillisecondAndTheOffsetOfItsInstantAcrossAClockChange() {
        LogLine berlin = new LogLine(ZoneId.of("Europe/Berlin"));
        berlin.setContext(context);
        berlin.start();
        // 2026-10-25 01:00 UTC: Berlin goes from +02:00 back to +01:00
        String[] expected = {"2026-10-25T02:59:59.007+02:00", "2026-10-25T02:59:59.999+02:00",
            "2026-10-25T02:00:00.000+01:00", "2026-10-25T02:00:00.042+01:00", "1969-12-31T23:59:59.500Z"};
        long[] times = {Instant.parse("2026-10-25T00:59:59.007Z").toEpochMilli(),
            Instant.parse("2026-10-25T00:59:59.999Z").toEpochMilli(), Instant.parse("2026-10-25T01:00:00Z").toEpochMilli(),
            Instant.parse("2026-10-25T01:00:00.042Z").toEpochMilli(), -500};
        for (int i = 0; i < times.length; i++) {
            LogLine encoder = i == times.length - 1 ? utc() : berlin;
            String line = new String(encoder.encode(event("x", Level.INFO, "m", null, null, times[i])),
                    StandardCharsets.UTF_8);
            assertThat(line).startsWith(expected[i] + " INFO ");
        }
    }

    @Test
    void levelsArePaddedToFiveLettersAndShortLoggersKeptWhole() {
        assertThat(encode(event("dev.habits.http.access", Level.INFO, "GET /", null, null, 0)))
                .contains(" INFO  [worker-1] dev.habits.http.access - GET /");
        assertThat(encode(event("dev.habits.http.access", Level.ERROR, "boom", null, null, 0)))
                .contains(" ERROR [worker-1] dev.habits.http.access - boom");
    }

    @Test
    void packagesAreCutToInitialsFromTheLeftUntilTheNameFits() {
        assertThat(LogLine.shortened("org.eclipse.jetty.server.Server")).isEqualTo("o.e.jetty.server.Server");
        assertThat(LogLine.shortened("com.zaxxer.hikari.pool.HikariPool")).isEqualTo("c.z.h.pool.HikariPool");
        assertThat(LogLine.shortened("a.VeryLongClassNameThatCannotBeShortened"))
                .isEqualTo("a.VeryLongClassNameThatCannotBeShortened");
        assertThat(LogLine.shortened("io.javalin.Javalin")).isEqualTo("io.javalin.Javalin");
    }

    @Test
    void aThrowableFollowsWithItsStackTrace() {
        String line = encode(event("dev.habits.http.Errors", Level.ERROR, "request failed", null,
                new IllegalStateException("pool closed"), 0));

        assertThat(line).contains(" - request failed" + System.lineSeparator()
                + "java.lang.IllegalStateException: pool closed");
        assertThat(line).contains("at dev.habits.bootstrap.LogLineTest").endsWith(System.lineSeparator())
                .doesNotEndWith(System.lineSeparator() + System.lineSeparator());
    }

    private LogLine utc() {
        LogLine encoder = new LogLine(ZoneId.of("UTC"));
        encoder.setContext(context);
        encoder.start();
        return encoder;
    }

    private String encode(LoggingEvent event) {
        LogLine encoder = new LogLine();
        encoder.setContext(context);
        encoder.start();
        assertThat(encoder.headerBytes()).isEmpty();
        assertThat(encoder.footerBytes()).isEmpty();
        return new String(encoder.encode(event), StandardCharsets.UTF_8);
    }

    private LoggingEvent event(String logger, Level level, String message, Object argument, Throwable thrown,
                               long time) {
        Logger log = context.getLogger(logger);
        LoggingEvent event = new LoggingEvent(Logger.class.getName(), log, level, message, thrown,
                argument == null ? null : new Object[] {argument});
        event.setThreadName("worker-1");
        event.setTimeStamp(time);
        return event;
    }
}
