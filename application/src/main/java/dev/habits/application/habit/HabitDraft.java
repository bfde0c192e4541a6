package dev.habits.application.habit;

import dev.habits.domain.habit.Color;
import dev.habits.domain.habit.Habit;
import dev.habits.domain.habit.HabitName;
import dev.habits.domain.habit.Schedule;
import dev.habits.domain.shared.CalendarDate;
import dev.habits.domain.shared.Validation;
import java.time.LocalDate;
import java.util.Objects;

/** A new habit as validated from a client's request; a null start date means the user's today. */
public record HabitDraft(HabitName name, String description, Color color, Schedule schedule, LocalDate startDate) {
    public HabitDraft {
        Objects.requireNonNull(name, "name");
        description = Habit.description(description);
        Objects.requireNonNull(color, "color");
        Objects.requireNonNull(schedule, "schedule");
    }

    /** Validates raw input, naming every offending field; null optional members take their defaults. */
    public static HabitDraft of(String name, String description, String color, ScheduleSpec schedule,
                                String startDate) {
        Validation validation = new Validation();
        HabitName validName = validation.check(() -> new HabitName(name));
        String validDescription = validation.check(() -> Habit.description(description));
        Color validColor = color == null ? Color.DEFAULT : validation.check(() -> new Color(color));
        Schedule validSchedule = schedule == null ? Schedule.DEFAULT : validation.check(schedule::toSchedule);
        LocalDate start = startDate == null ? null : validation.check(() -> CalendarDate.parse("startDate", startDate));
        validation.throwIfInvalid();
        return new HabitDraft(validName, validDescription, validColor, validSchedule, start);
    }
}
