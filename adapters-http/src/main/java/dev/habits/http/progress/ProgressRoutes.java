package dev.habits.http.progress;

import dev.habits.application.HabitTracker;
import dev.habits.application.progress.Today;
import dev.habits.application.progress.TodayEntry;
import dev.habits.domain.habit.HabitId;
import dev.habits.domain.progress.HabitStats;
import dev.habits.domain.user.UserId;
import dev.habits.http.habit.WrittenHabits;
import dev.habits.http.json.Json;
import dev.habits.http.support.RequestContext;
import io.javalin.config.RoutesConfig;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Streaks, completion and the today view. */
public final class ProgressRoutes {
    private ProgressRoutes() {
    }

    public static void register(RoutesConfig routes, HabitTracker tracker, Json json, WrittenHabits written) {
        routes.get("/api/v1/habits/{id}/stats", ctx -> {
            HabitId habit = RequestContext.habitId(ctx);
            LocalDate from = RequestContext.queryDate(ctx, "from");
            LocalDate to = RequestContext.queryDate(ctx, "to");
            json.ok(ctx, 200, stats(tracker.progress().stats(RequestContext.user(ctx), habit, from, to)));
        });
        WrittenTodays todays = new WrittenTodays(json, WrittenTodays.DEFAULT_MAX);
        routes.get("/api/v1/today", ctx -> {
            UserId user = RequestContext.user(ctx);
            json.ok(ctx, 200, todays.of(user, tracker.progress().today(user), today -> today(written, today)));
        });
    }

    private static Map<String, Object> stats(HabitStats stats) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("currentStreak", stats.streaks().current());
        view.put("longestStreak", stats.streaks().longest());
        view.put("streakUnit", stats.streaks().unit().name().toLowerCase(Locale.ROOT));
        view.put("completionRate", stats.completion().rate());
        view.put("doneCount", stats.completion().doneCount());
        view.put("skippedCount", stats.completion().skippedCount());
        view.put("dueCount", stats.completion().dueOccasions());
        view.put("from", stats.from().toString());
        view.put("to", stats.to().toString());
        return view;
    }

    private static Map<String, Object> today(WrittenHabits written, Today today) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("date", today.date().toString());
        view.put("habits", today.habits().stream().map(entry -> entry(written, entry)).toList());
        return view;
    }

    private static Map<String, Object> entry(WrittenHabits written, TodayEntry entry) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("habit", written.of(entry.habit()));
        view.put("due", entry.due());
        view.put("status", entry.status() == null ? null : entry.status().name().toLowerCase(Locale.ROOT));
        view.put("currentStreak", entry.currentStreak());
        return view;
    }
}
