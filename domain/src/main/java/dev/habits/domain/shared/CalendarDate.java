package dev.habits.domain.shared;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/** Parses the {@code YYYY-MM-DD} dates clients send, refusing dates no calendar has (2026-02-30). */
public final class CalendarDate {
    private static final DateTimeFormatter STRICT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private CalendarDate() {
    }

    public static LocalDate parse(String field, String raw) {
        if (raw == null) {
            throw DomainException.invalid(field, "is required");
        }
        if (raw.length() != 10) {
            throw DomainException.invalid(field, "must be a calendar date as YYYY-MM-DD");
        }
        try {
            return LocalDate.parse(raw, STRICT);
        } catch (DateTimeParseException e) {
            throw DomainException.invalid(field, "must be a real calendar date as YYYY-MM-DD");
        }
    }
}
