package dev.habits.http.habit;

import dev.habits.application.habit.ScheduleSpec;
import dev.habits.domain.habit.Habit;
import java.util.LinkedHashMap;
import java.util.Map;

/** How a habit looks to clients. */
public final class HabitView {
    private HabitView() {
    }

    public static Map<String, Object> of(Habit habit) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", habit.id().value().toString());
        view.put("name", habit.name().value());
        view.put("description", habit.description());
        view.put("color", habit.color().value());
        view.put("schedule", schedule(ScheduleSpec.of(habit.schedule())));
        view.put("startDate", habit.startDate().toString());
        view.put("archived", habit.archived());
        view.put("archivedAt", habit.archivedAt() == null ? null : habit.archivedAt().toString());
        view.put("position", habit.position());
        view.put("createdAt", habit.createdAt().toString());
        view.put("updatedAt", habit.updatedAt().toString());
        return view;
    }

    private static Map<String, Object> schedule(ScheduleSpec spec) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("type", spec.type());
        if (spec.days() != null) {
            view.put("days", spec.days());
        }
        if (spec.times() != null) {
            view.put("times", spec.times());
        }
        return view;
    }
}
