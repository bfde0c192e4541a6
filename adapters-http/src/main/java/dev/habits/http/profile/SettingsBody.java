package dev.habits.http.profile;

import dev.habits.application.profile.SettingsChange;

/** Settings as a client sends them; every member optional. */
public record SettingsBody(String timeZone, String weekStart, Integer dayStartHour, String locale,
                           Boolean notificationsEmailEnabled) {
    public SettingsChange toChange() {
        return new SettingsChange(timeZone, weekStart, dayStartHour, locale, notificationsEmailEnabled);
    }
}
