package dev.habits.application.progress;

import java.time.LocalDate;
import java.util.List;

/** The user's today and every active habit on it, in list order. */
public record Today(LocalDate date, List<TodayEntry> habits) {
    public Today {
        habits = List.copyOf(habits);
    }
}
