package dev.habits.http.profile;

import dev.habits.application.HabitTracker;
import dev.habits.application.profile.Export;
import dev.habits.application.profile.ProfileChange;
import dev.habits.http.checkin.CheckInView;
import dev.habits.http.habit.HabitView;
import dev.habits.http.json.Json;
import dev.habits.http.support.RequestContext;
import io.javalin.config.RoutesConfig;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The signed-in user's own account: profile, password, deletion and export. */
public final class ProfileRoutes {
    record ProfileBody(String displayName, SettingsBody settings) {
    }

    record PasswordBody(String currentPassword, String newPassword) {
    }

    record DeleteBody(String password) {
    }

    private ProfileRoutes() {
    }

    public static void register(RoutesConfig routes, HabitTracker tracker, Json json) {
        routes.get("/api/v1/me", ctx -> json.ok(ctx, 200,
                UserView.of(tracker.profile().me(RequestContext.user(ctx)))));
        routes.patch("/api/v1/me", ctx -> {
            ProfileBody body = json.readPatch(ctx, ProfileBody.class);
            ProfileChange change = new ProfileChange(body.displayName(),
                    body.settings() == null ? null : body.settings().toChange());
            json.ok(ctx, 200, UserView.of(tracker.profile().update(RequestContext.user(ctx), change)));
        });
        routes.put("/api/v1/me/password", ctx -> {
            PasswordBody body = json.read(ctx, PasswordBody.class);
            tracker.profile().changePassword(RequestContext.user(ctx), body.currentPassword(), body.newPassword());
            ctx.status(204);
        });
        routes.delete("/api/v1/me", ctx -> {
            DeleteBody body = json.read(ctx, DeleteBody.class);
            tracker.profile().delete(RequestContext.user(ctx), body.password());
            ctx.status(204);
        });
        routes.get("/api/v1/me/export", ctx -> json.ok(ctx, 200,
                export(tracker.profile().export(RequestContext.user(ctx)))));
    }

    private static Map<String, Object> export(Export export) {
        List<Map<String, Object>> habits = export.habits().stream().map(record -> {
            Map<String, Object> habit = new LinkedHashMap<>(HabitView.of(record.habit()));
            habit.put("checkIns", record.checkIns().stream().map(CheckInView::of).toList());
            return habit;
        }).toList();
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("user", UserView.of(export.user()));
        view.put("habits", habits);
        return view;
    }
}
