package dev.habits.application.profile;

import dev.habits.domain.shared.DomainException;
import dev.habits.domain.shared.Validation;
import dev.habits.domain.user.UserSettings;
import java.time.DayOfWeek;
import java.time.ZoneId;

/** A partial change of settings as a client sent it; a null member is left as it was. */
public record SettingsChange(String timeZone, String weekStart, Integer dayStartHour, String locale,
                             Boolean notificationsEmailEnabled) {

    /** The settings with this change applied; refuses every invalid member at once. */
    public UserSettings applyTo(UserSettings base) {
        Validation validation = new Validation();
        ZoneId zone = timeZone == null ? base.timeZone() : validation.check(() -> UserSettings.zone(timeZone));
        DayOfWeek day = weekStart == null ? base.weekStart() : validation.check(() -> dayOfWeek("settings.weekStart", weekStart));
        int hour = dayStartHour == null ? base.dayStartHour() : dayStartHour;
        if (hour < 0 || hour > 23) {
            validation.reject("settings.dayStartHour", "must be between 0 and 23");
        }
        String tag = locale == null ? base.locale() : validation.check(() -> UserSettings.languageTag(locale));
        boolean notify = notificationsEmailEnabled == null
                ? base.notificationsEmailEnabled() : notificationsEmailEnabled;
        validation.throwIfInvalid();
        return new UserSettings(zone, day, hour, tag, notify);
    }

    /** Parses a day name as the API spells it: MONDAY..SUNDAY. */
    public static DayOfWeek dayOfWeek(String field, String name) {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.name().equals(name)) {
                return day;
            }
        }
        throw DomainException.invalid(field, "must be one of MONDAY..SUNDAY");
    }
}
