package dev.habits.application.habit;

import dev.habits.application.profile.SettingsChange;
import dev.habits.domain.habit.Schedule;
import dev.habits.domain.shared.DomainException;
import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** A schedule as a client sent it: a type and the members that type takes. */
public record ScheduleSpec(String type, List<String> days, Integer times) {

    /** The schedule this describes; members that do not belong to the type are refused, not ignored. */
    public Schedule toSchedule() {
        if (type == null) {
            throw DomainException.invalid("schedule.type", "is required: daily, weekdays or timesPerWeek");
        }
        switch (type) {
            case "daily":
                refuse("days", days);
                refuse("times", times);
                return new Schedule.Daily();
            case "weekdays":
                refuse("times", times);
                return new Schedule.Weekdays(daySet());
            case "timesPerWeek":
                refuse("days", days);
                if (times == null) {
                    throw DomainException.invalid("schedule.times", "is required for timesPerWeek");
                }
                return new Schedule.TimesPerWeek(times);
            default:
                throw DomainException.invalid("schedule.type", "must be daily, weekdays or timesPerWeek");
        }
    }

    private Set<DayOfWeek> daySet() {
        if (days == null || days.isEmpty() || days.size() > 7) {
            throw DomainException.invalid("schedule.days", "must name 1 to 7 distinct days");
        }
        Set<DayOfWeek> set = EnumSet.noneOf(DayOfWeek.class);
        for (String day : days) {
            if (!set.add(SettingsChange.dayOfWeek("schedule.days", day))) {
                throw DomainException.invalid("schedule.days", "must not name a day twice");
            }
        }
        return set;
    }

    private void refuse(String member, Object value) {
        if (value != null) {
            throw DomainException.invalid("schedule." + member, "is not used by a " + type + " schedule");
        }
    }

    /** The spec that describes a schedule, for clients reading one back. */
    public static ScheduleSpec of(Schedule schedule) {
        if (schedule instanceof Schedule.Weekdays weekdays) {
            return new ScheduleSpec(schedule.type(), weekdays.days().stream().map(Enum::name).toList(), null);
        }
        if (schedule instanceof Schedule.TimesPerWeek perWeek) {
            return new ScheduleSpec(schedule.type(), null, perWeek.times());
        }
        return new ScheduleSpec(schedule.type(), null, null);
    }
}
