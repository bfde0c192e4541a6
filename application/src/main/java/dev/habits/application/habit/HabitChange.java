package dev.habits.application.habit;

import dev.habits.domain.habit.Color;
import dev.habits.domain.habit.Habit;
import dev.habits.domain.habit.HabitName;
import dev.habits.domain.habit.Schedule;
import dev.habits.domain.shared.CalendarDate;
import dev.habits.domain.shared.Validation;
import java.time.Instant;
import java.time.LocalDate;

/** A partial change of a habit as a client sent it; a null member is left as it was. */
public record HabitChange(String name, String description, String color, ScheduleSpec schedule, String startDate) {

    /** The habit with this change applied, naming every invalid field at once. */
    public Habit applyTo(Habit habit, Instant now) {
        Validation validation = new Validation();
        HabitName newName = name == null ? habit.name() : validation.check(() -> new HabitName(name));
        String newDescription = description == null ? habit.description()
                : validation.check(() -> Habit.description(description));
        Color newColor = color == null ? habit.color() : validation.check(() -> new Color(color));
        Schedule newSchedule = schedule == null ? habit.schedule() : validation.check(schedule::toSchedule);
        LocalDate newStart = startDate == null ? habit.startDate()
                : validation.check(() -> CalendarDate.parse("startDate", startDate));
        validation.throwIfInvalid();
        if (newName.value().equals(habit.name().value()) && newDescription.equals(habit.description())
                && newColor.equals(habit.color()) && newSchedule.equals(habit.schedule())
                && newStart.equals(habit.startDate())) {
            return habit;
        }
        return habit.withDetails(newName, newDescription, newColor, newSchedule, newStart, now);
    }
}
