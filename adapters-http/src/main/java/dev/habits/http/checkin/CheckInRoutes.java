package dev.habits.http.checkin;

import dev.habits.application.HabitTracker;
import dev.habits.application.checkin.Recorded;
import dev.habits.domain.checkin.CheckInStatus;
import dev.habits.domain.habit.HabitId;
import dev.habits.http.json.Json;
import dev.habits.http.support.ProblemException;
import dev.habits.http.support.RequestContext;
import io.javalin.config.RoutesConfig;
import java.time.LocalDate;

/** Recording, removing and listing the days of one of the caller's habits. */
public final class CheckInRoutes {
    record CheckInBody(String status, String note) {
    }

    private CheckInRoutes() {
    }

    public static void register(RoutesConfig routes, HabitTracker tracker, Json json) {
        routes.put("/api/v1/habits/{id}/checkins/{date}", ctx -> {
            HabitId habit = RequestContext.habitId(ctx);
            LocalDate date = RequestContext.pathDate(ctx, "date");
            CheckInBody body = json.readOptional(ctx, CheckInBody.class);
            Recorded recorded = tracker.checkIns().record(RequestContext.user(ctx), habit, date,
                    status(body.status()), body.note());
            json.ok(ctx, recorded.created() ? 201 : 200, CheckInView.of(recorded.checkIn()));
        });
        routes.delete("/api/v1/habits/{id}/checkins/{date}", ctx -> {
            HabitId habit = RequestContext.habitId(ctx);
            tracker.checkIns().remove(RequestContext.user(ctx), habit, RequestContext.pathDate(ctx, "date"));
            ctx.status(204);
        });
        routes.get("/api/v1/habits/{id}/checkins", ctx -> {
            HabitId habit = RequestContext.habitId(ctx);
            LocalDate from = RequestContext.queryDate(ctx, "from");
            LocalDate to = RequestContext.queryDate(ctx, "to");
            json.ok(ctx, 200, tracker.checkIns().list(RequestContext.user(ctx), habit, from, to).stream()
                    .map(CheckInView::of).toList());
        });
    }

    private static CheckInStatus status(String raw) {
        if (raw == null) {
            return null;
        }
        return switch (raw) {
            case "done" -> CheckInStatus.DONE;
            case "skipped" -> CheckInStatus.SKIPPED;
            default -> throw ProblemException.badRequest("status", "must be done or skipped");
        };
    }
}
