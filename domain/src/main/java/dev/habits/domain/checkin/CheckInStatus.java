package dev.habits.domain.checkin;

/** What happened on a day: the habit was done, or the day was deliberately skipped. */
public enum CheckInStatus {
    /** Counts towards streaks and completion. */
    DONE,
    /** Neither counts as done nor breaks a streak (a sick day, a holiday). */
    SKIPPED
}
