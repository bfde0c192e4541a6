package dev.habits.domain.user;

import dev.habits.domain.shared.DomainException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * How a user's days and weeks fall: their time zone, the day their week starts, and the hour at
 * which their day starts (with 4, a check-in at 02:00 still belongs to the day before).
 */
public record UserSettings(ZoneId timeZone, DayOfWeek weekStart, int dayStartHour, String locale,
                           boolean notificationsEmailEnabled) {

    // Copied once: ZoneId.getAvailableZoneIds() builds a new set on every call. Declared before
    // DEFAULTS, whose construction reads it.
    private static final Set<String> IANA_ZONES = Set.copyOf(ZoneId.getAvailableZoneIds());

    public static final UserSettings DEFAULTS =
            new UserSettings(ZoneId.of("UTC"), DayOfWeek.MONDAY, 0, "en-US", false);

    public UserSettings {
        Objects.requireNonNull(timeZone, "timeZone");
        if (!isIana(timeZone.getId())) {
            throw invalidZone(); // a fixed offset has no daylight saving rules: days would drift
        }
        Objects.requireNonNull(weekStart, "weekStart");
        if (dayStartHour < 0 || dayStartHour > 23) {
            throw DomainException.invalid("settings.dayStartHour", "must be between 0 and 23");
        }
        locale = languageTag(locale);
    }

    /** Parses an IANA zone name such as {@code Europe/Berlin}; offsets like {@code +02:00} are refused. */
    public static ZoneId zone(String name) {
        if (name == null || !isIana(name)) {
            throw invalidZone();
        }
        return ZoneId.of(name);
    }

    private static boolean isIana(String name) {
        return name.equals("UTC") || IANA_ZONES.contains(name);
    }

    private static DomainException invalidZone() {
        return DomainException.invalid("settings.timeZone", "must be an IANA time zone such as Europe/Berlin");
    }

    /** Normalises a BCP-47 language tag such as {@code en-US}. */
    public static String languageTag(String tag) {
        if (tag == null || tag.isBlank()) {
            throw DomainException.invalid("settings.locale", "must be a BCP-47 language tag such as en-US");
        }
        try {
            Locale parsed = new Locale.Builder().setLanguageTag(tag.strip()).build();
            if (parsed.getLanguage().isEmpty()) {
                throw new IllformedLocaleException("no language");
            }
            return parsed.toLanguageTag();
        } catch (IllformedLocaleException e) {
            throw DomainException.invalid("settings.locale", "must be a BCP-47 language tag such as en-US");
        }
    }

    /**
     * The user's calendar date at an instant. The day-start shift is applied to the local wall-clock
     * time, not to the instant, so a DST change never moves the day boundary off the chosen hour.
     */
    public LocalDate dateAt(Instant instant) {
        return instant.atZone(timeZone).toLocalDateTime().minusHours(dayStartHour).toLocalDate();
    }

    /** The user's "today" by the given clock. */
    public LocalDate today(Clock clock) {
        return dateAt(clock.instant());
    }

    public UserSettings withTimeZone(ZoneId zone) {
        return new UserSettings(zone, weekStart, dayStartHour, locale, notificationsEmailEnabled);
    }

    public UserSettings withWeekStart(DayOfWeek day) {
        return new UserSettings(timeZone, day, dayStartHour, locale, notificationsEmailEnabled);
    }

    public UserSettings withDayStartHour(int hour) {
        return new UserSettings(timeZone, weekStart, hour, locale, notificationsEmailEnabled);
    }

    public UserSettings withLocale(String tag) {
        return new UserSettings(timeZone, weekStart, dayStartHour, tag, notificationsEmailEnabled);
    }

    public UserSettings withNotificationsEmailEnabled(boolean enabled) {
        return new UserSettings(timeZone, weekStart, dayStartHour, locale, enabled);
    }
}
