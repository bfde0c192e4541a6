package dev.habits.application.profile;

import dev.habits.domain.checkin.CheckIn;
import dev.habits.domain.habit.Habit;
import dev.habits.domain.user.User;
import java.util.List;

/** Everything a user has stored, for them to take away. */
public record Export(User user, List<HabitRecord> habits) {
    public Export {
        habits = List.copyOf(habits);
    }

    /** A habit with its whole check-in history, by date. */
    public record HabitRecord(Habit habit, List<CheckIn> checkIns) {
        public HabitRecord {
            checkIns = List.copyOf(checkIns);
        }
    }
}
