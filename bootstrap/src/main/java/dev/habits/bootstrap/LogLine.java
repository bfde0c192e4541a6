package dev.habits.bootstrap;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.encoder.EncoderBase;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One log line: {@code 2026-12-03T17:53:59.956Z INFO  [thread] d.h.http.access - message}, then
 * the stack trace of a throwable if there is one. What Logback's pattern
 * {@code %d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5level [%thread] %logger{24} - %msg%n} writes, without
 * its pattern language: that one registers every converter it knows when first used, some 50
 * classes and as many lambdas loaded before the server can start.
 */
final class LogLine extends EncoderBase<ILoggingEvent> {
    /** Longest a logger's name is written; packages are cut to their initials, from the left, to fit. */
    static final int LOGGER_LENGTH = 24;
    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
    private static final DateTimeFormatter OFFSET = DateTimeFormatter.ofPattern("XXX");
    private static final byte[] NONE = new byte[0];

    private final ZoneId zone;
    private final Map<String, String> shortNames = new ConcurrentHashMap<>();
    /** The second last written, formatted: the access log writes thousands of lines within one. */
    private volatile Second second = new Second(Long.MIN_VALUE, "", "");

    LogLine() {
        this(ZoneId.systemDefault());
    }

    LogLine(ZoneId zone) {
        this.zone = zone;
    }

    /** A second's date and time and its zone offset, which can change only between seconds. */
    private record Second(long epochSecond, String dateTime, String offset) {
    }

    @Override
    public byte[] headerBytes() {
        return NONE;
    }

    @Override
    public byte[] encode(ILoggingEvent event) {
        StringBuilder line = new StringBuilder(128);
        long millis = event.getTimeStamp();
        Second at = second(Math.floorDiv(millis, 1000L));
        int milli = (int) Math.floorMod(millis, 1000L);
        line.append(at.dateTime()).append('.').append((char) ('0' + milli / 100))
                .append((char) ('0' + milli / 10 % 10)).append((char) ('0' + milli % 10)).append(at.offset());
        String level = event.getLevel().toString();
        line.append(' ').append(level);
        for (int pad = level.length(); pad < 5; pad++) {
            line.append(' ');
        }
        line.append(" [").append(event.getThreadName()).append("] ")
                .append(shortNames.computeIfAbsent(event.getLoggerName(), LogLine::shortened))
                .append(" - ").append(event.getFormattedMessage()).append(CoreConstants.LINE_SEPARATOR);
        IThrowableProxy throwable = event.getThrowableProxy();
        if (throwable != null) {
            line.append(ThrowableProxyUtil.asString(throwable)); // each of its lines ends with a separator
        }
        return line.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public byte[] footerBytes() {
        return NONE;
    }

    private Second second(long epochSecond) {
        Second at = second;
        if (at.epochSecond() != epochSecond) {
            ZonedDateTime time = Instant.ofEpochSecond(epochSecond).atZone(zone);
            at = new Second(epochSecond, SECOND.format(time), OFFSET.format(time));
            second = at;
        }
        return at;
    }

    /** {@code dev.habits.http.access} stays; {@code org.eclipse.jetty.server.Server} becomes {@code o.e.j.server.Server}. */
    static String shortened(String name) {
        if (name.length() <= LOGGER_LENGTH) {
            return name;
        }
        String[] parts = name.split("\\.", -1);
        int length = name.length();
        for (int i = 0; i < parts.length - 1 && length > LOGGER_LENGTH; i++) {
            if (parts[i].length() > 1) {
                length -= parts[i].length() - 1;
                parts[i] = parts[i].substring(0, 1);
            }
        }
        return String.join(".", parts);
    }
}
