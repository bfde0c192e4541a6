package dev.habits.persistence;

import dev.habits.domain.habit.Schedule;
import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Set;

/**
 * A schedule as the three columns it is stored in: its type, the weekdays as a 7-bit mask
 * (bit 0 = Monday), and the times per week. A new schedule type adds a case here.
 */
record ScheduleColumns(String type, Integer days, Integer times) {

    static ScheduleColumns of(Schedule schedule) {
        if (schedule instanceof Schedule.Weekdays weekdays) {
            return new ScheduleColumns(schedule.type(), mask(weekdays.days()), null);
        }
        if (schedule instanceof Schedule.TimesPerWeek perWeek) {
            return new ScheduleColumns(schedule.type(), null, perWeek.times());
        }
        return new ScheduleColumns(schedule.type(), null, null);
    }

    Schedule toSchedule() {
        switch (type) {
            case "daily":
                return new Schedule.Daily();
            case "weekdays":
                return new Schedule.Weekdays(days(days));
            case "timesPerWeek":
                return new Schedule.TimesPerWeek(times);
            default:
                throw new IllegalStateException("unknown schedule type in the database: " + type);
        }
    }

    static int mask(Set<DayOfWeek> days) {
        int mask = 0;
        for (DayOfWeek day : days) {
            mask |= 1 << (day.getValue() - 1);
        }
        return mask;
    }

    static Set<DayOfWeek> days(int mask) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            if ((mask & (1 << (day.getValue() - 1))) != 0) {
                days.add(day);
            }
        }
        return days;
    }
}
