package dev.habits.application.progress;

import dev.habits.domain.checkin.CheckInStatus;
import dev.habits.domain.habit.Habit;

/** One active habit on the user's today: whether it is due, what was checked in, its streak. */
public record TodayEntry(Habit habit, boolean due, CheckInStatus status, int currentStreak) {
}
