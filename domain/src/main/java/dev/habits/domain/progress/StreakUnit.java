package dev.habits.domain.progress;

/** What a streak counts: days for day-based schedules, weeks for times-per-week ones. */
public enum StreakUnit { DAYS, WEEKS }
