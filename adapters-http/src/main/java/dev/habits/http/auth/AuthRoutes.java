package dev.habits.http.auth;

import dev.habits.application.HabitTracker;
import dev.habits.application.auth.RegisterCommand;
import dev.habits.application.auth.SignedIn;
import dev.habits.application.auth.Tokens;
import dev.habits.http.json.Json;
import dev.habits.http.profile.SettingsBody;
import dev.habits.http.profile.UserView;
import io.javalin.config.RoutesConfig;
import java.util.LinkedHashMap;
import java.util.Map;

/** Registration, sign-in, refresh and sign-out: the routes that need no access token. */
public final class AuthRoutes {
    record RegisterBody(String email, String password, String displayName, SettingsBody settings) {
    }

    record LoginBody(String email, String password) {
    }

    record RefreshBody(String refreshToken) {
    }

    private AuthRoutes() {
    }

    public static void register(RoutesConfig routes, HabitTracker tracker, Json json) {
        routes.post("/api/v1/auth/register", ctx -> {
            RegisterBody body = json.read(ctx, RegisterBody.class);
            RegisterCommand command = RegisterCommand.of(body.email(), body.password(), body.displayName(),
                    body.settings() == null ? null : body.settings().toChange());
            json.ok(ctx, 201, signedIn(tracker.auth().register(command)));
        });
        routes.post("/api/v1/auth/login", ctx -> {
            LoginBody body = json.read(ctx, LoginBody.class);
            json.ok(ctx, 200, signedIn(tracker.auth().login(body.email(), body.password())));
        });
        routes.post("/api/v1/auth/refresh", ctx -> {
            RefreshBody body = json.read(ctx, RefreshBody.class);
            json.ok(ctx, 200, Map.of("tokens", tokens(tracker.auth().refresh(body.refreshToken()))));
        });
        routes.post("/api/v1/auth/logout", ctx -> {
            RefreshBody body = json.read(ctx, RefreshBody.class);
            tracker.auth().logout(body.refreshToken());
            ctx.status(204);
        });
    }

    private static Map<String, Object> signedIn(SignedIn signedIn) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("user", UserView.of(signedIn.user()));
        view.put("tokens", tokens(signedIn.tokens()));
        return view;
    }

    private static Map<String, Object> tokens(Tokens tokens) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("accessToken", tokens.accessToken());
        view.put("refreshToken", tokens.refreshToken());
        view.put("tokenType", "Bearer");
        view.put("expiresIn", tokens.expiresIn());
        return view;
    }
}
