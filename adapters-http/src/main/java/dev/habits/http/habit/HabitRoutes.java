package dev.habits.http.habit;

import com.fasterxml.jackson.databind.util.RawValue;
import dev.habits.application.HabitTracker;
import dev.habits.application.habit.HabitChange;
import dev.habits.application.habit.HabitDraft;
import dev.habits.application.habit.ScheduleSpec;
import dev.habits.application.port.HabitFilter;
import dev.habits.domain.habit.Habit;
import dev.habits.domain.habit.HabitId;
import dev.habits.http.json.Json;
import dev.habits.http.support.ProblemException;
import dev.habits.http.support.RequestContext;
import io.javalin.config.RoutesConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Creating, reading, changing, ordering, archiving and deleting the caller's habits. */
public final class HabitRoutes {
    record ScheduleBody(String type, List<String> days, Integer times) {
        ScheduleSpec toSpec() {
            return new ScheduleSpec(type, days, times);
        }
    }

    record HabitBody(String name, String description, String color, ScheduleBody schedule, String startDate) {
        ScheduleSpec spec() {
            return schedule == null ? null : schedule.toSpec();
        }
    }

    record OrderBody(List<String> habitIds) {
    }

    private HabitRoutes() {
    }

    public static void register(RoutesConfig routes, HabitTracker tracker, Json json, WrittenHabits written) {
        routes.get("/api/v1/habits", ctx -> json.ok(ctx, 200,
                views(written, tracker.habits().list(RequestContext.user(ctx), filter(ctx.queryParam("status"))))));
        routes.post("/api/v1/habits", ctx -> {
            HabitBody body = json.read(ctx, HabitBody.class);
            HabitDraft draft = HabitDraft.of(body.name(), body.description(), body.color(), body.spec(),
                    body.startDate());
            Habit habit = tracker.habits().create(RequestContext.user(ctx), draft);
            ctx.header("Location", "/api/v1/habits/" + habit.id().value());
            json.ok(ctx, 201, HabitView.of(habit));
        });
        routes.put("/api/v1/habits/order", ctx -> {
            OrderBody body = json.read(ctx, OrderBody.class);
            json.ok(ctx, 200, views(written, tracker.habits().reorder(RequestContext.user(ctx), ids(body.habitIds()))));
        });
        routes.get("/api/v1/habits/{id}", ctx -> json.ok(ctx, 200,
                HabitView.of(tracker.habits().get(RequestContext.user(ctx), RequestContext.habitId(ctx)))));
        routes.patch("/api/v1/habits/{id}", ctx -> {
            HabitId id = RequestContext.habitId(ctx);
            HabitBody body = json.readPatch(ctx, HabitBody.class);
            HabitChange change = new HabitChange(body.name(), body.description(), body.color(), body.spec(),
                    body.startDate());
            json.ok(ctx, 200, HabitView.of(tracker.habits().update(RequestContext.user(ctx), id, change)));
        });
        routes.delete("/api/v1/habits/{id}", ctx -> {
            tracker.habits().delete(RequestContext.user(ctx), RequestContext.habitId(ctx));
            ctx.status(204);
        });
        routes.post("/api/v1/habits/{id}/archive", ctx -> json.ok(ctx, 200,
                HabitView.of(tracker.habits().archive(RequestContext.user(ctx), RequestContext.habitId(ctx)))));
        routes.post("/api/v1/habits/{id}/unarchive", ctx -> json.ok(ctx, 200,
                HabitView.of(tracker.habits().unarchive(RequestContext.user(ctx), RequestContext.habitId(ctx)))));
    }

    private static List<RawValue> views(WrittenHabits written, List<Habit> habits) {
        return habits.stream().map(written::of).toList();
    }

    private static HabitFilter filter(String status) {
        if (status == null) {
            return HabitFilter.ACTIVE;
        }
        return switch (status) {
            case "active" -> HabitFilter.ACTIVE;
            case "archived" -> HabitFilter.ARCHIVED;
            case "all" -> HabitFilter.ALL;
            default -> throw ProblemException.badRequest("status", "must be active, archived or all");
        };
    }

    private static List<HabitId> ids(List<String> raw) {
        if (raw == null) {
            return null; // the service names the missing field
        }
        List<HabitId> ids = new ArrayList<>(raw.size());
        for (String id : raw) {
            try {
                if (id == null) {
                    throw new IllegalArgumentException("null id");
                }
                ids.add(new HabitId(UUID.fromString(id)));
            } catch (IllegalArgumentException e) {
                throw ProblemException.badRequest("habitIds", "must name every active habit exactly once");
            }
        }
        return ids;
    }
}
