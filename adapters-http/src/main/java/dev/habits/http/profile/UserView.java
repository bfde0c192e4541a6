package dev.habits.http.profile;

import dev.habits.domain.user.User;
import dev.habits.domain.user.UserSettings;
import java.util.LinkedHashMap;
import java.util.Map;

/** How a user looks to clients: never password material, never the internal token generation. */
public final class UserView {
    private UserView() {
    }

    public static Map<String, Object> of(User user) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", user.id().value().toString());
        view.put("email", user.email().value());
        view.put("displayName", user.displayName().value());
        view.put("settings", settings(user.settings()));
        view.put("createdAt", user.createdAt().toString());
        view.put("updatedAt", user.updatedAt().toString());
        return view;
    }

    private static Map<String, Object> settings(UserSettings settings) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("timeZone", settings.timeZone().getId());
        view.put("weekStart", settings.weekStart().name());
        view.put("dayStartHour", settings.dayStartHour());
        view.put("locale", settings.locale());
        view.put("notificationsEmailEnabled", settings.notificationsEmailEnabled());
        return view;
    }
}
