package dev.habits.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.UUID;
import org.jdbi.v3.core.argument.Argument;

/**
 * The few conversions every repository shares. Values are bound with {@code setObject} of the
 * java.time type itself, so neither driver shifts them through the JVM's default time zone.
 */
final class Sql {
    private static final String UNIQUE_VIOLATION = "23505";

    private Sql() {
    }

    /** An instant as TIMESTAMP WITH TIME ZONE in UTC, cut to the microseconds both databases keep. */
    static Argument timestamp(Instant instant) {
        if (instant == null) {
            return (position, statement, context) -> statement.setNull(position, Types.TIMESTAMP_WITH_TIMEZONE);
        }
        OffsetDateTime value = instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
        return (position, statement, context) -> statement.setObject(position, value);
    }

    static Argument date(LocalDate date) {
        return (position, statement, context) -> statement.setObject(position, date);
    }

    static Argument uuid(UUID id) {
        return (position, statement, context) -> statement.setObject(position, id);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static LocalDate localDate(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    static UUID uuid(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }

    /** Whether {@code e} is a unique violation of the named constraint (or of its index). */
    static boolean violates(RuntimeException e, String constraint) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                String message = sql.getMessage();
                return constraint == null || (message != null && message.toLowerCase(Locale.ROOT).contains(constraint));
            }
        }
        return false;
    }

    /** Whether {@code e} is any unique violation. */
    static boolean isUniqueViolation(RuntimeException e) {
        return violates(e, null);
    }

    /**
     * Whether a SQL state says the database is away rather than that the statement is wrong: class
     * 08 (connection exception), and PostgreSQL's 57P01 to 57P03, a server shutting down (an
     * administrator's stop ends running statements with 57P01), crashed, or still starting.
     */
    static boolean isOutage(String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || sqlState.equals("57P01")
                || sqlState.equals("57P02") || sqlState.equals("57P03"));
    }
}
