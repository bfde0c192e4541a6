package dev.habits.http.support;

import dev.habits.domain.habit.HabitId;
import dev.habits.domain.shared.CalendarDate;
import dev.habits.domain.user.UserId;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.UUID;

/** What a handler reads from the request beyond its body: the caller, ids and dates. */
public final class RequestContext {
    private static final String REQUEST_ID = "habits.requestId";
    private static final String USER = "habits.user";

    private RequestContext() {
    }

    public static void setRequestId(Context ctx, String id) {
        ctx.attribute(REQUEST_ID, id);
    }

    public static String requestId(Context ctx) {
        String id = ctx.attribute(REQUEST_ID);
        return id == null ? "unknown" : id;
    }

    public static void setUser(Context ctx, UserId user) {
        ctx.attribute(USER, user);
    }

    /** The authenticated caller; only routes behind the authentication filter ask. */
    public static UserId user(Context ctx) {
        UserId user = ctx.attribute(USER);
        if (user == null) {
            throw ProblemException.unauthorized("Authentication is required");
        }
        return user;
    }

    public static UserId userOrNull(Context ctx) {
        return ctx.attribute(USER);
    }

    /** The habit named in the path; a malformed id names no habit, so it is not found. */
    public static HabitId habitId(Context ctx) {
        String raw = ctx.pathParam("id");
        if (!isUuidShaped(raw)) {
            throw ProblemException.notFound("Habit");
        }
        return new HabitId(UUID.fromString(raw));
    }

    /** 8-4-4-4-12 hex digits: checked by hand, as a regex on every habit route cost 2 % of a check-in. */
    private static boolean isUuidShaped(String raw) {
        if (raw.length() != 36) {
            return false;
        }
        for (int i = 0; i < 36; i++) {
            char c = raw.charAt(i);
            boolean ok = i == 8 || i == 13 || i == 18 || i == 23
                    ? c == '-'
                    : (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    public static LocalDate pathDate(Context ctx, String name) {
        return CalendarDate.parse(name, ctx.pathParam(name));
    }

    /** A date query parameter, or null when absent. */
    public static LocalDate queryDate(Context ctx, String name) {
        String raw = ctx.queryParam(name);
        return raw == null ? null : CalendarDate.parse(name, raw);
    }
}
