package dev.habits.http.problem;

import dev.habits.domain.shared.FieldError;
import dev.habits.http.json.Json;
import dev.habits.http.support.RequestContext;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes RFC 9457 problem details with the members every client of this API can rely on. */
public final class Problems {
    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://habit-tracker.dev/problems/";

    private Problems() {
    }

    public static void write(Json json, Context ctx, int status, String detail, List<FieldError> errors) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type(status, errors));
        body.put("title", title(status));
        body.put("status", status);
        body.put("detail", detail);
        body.put("success", false);
        body.put("message", detail);
        body.put("requestId", RequestContext.requestId(ctx));
        if (!errors.isEmpty()) {
            body.put("errors", errors);
        }
        ctx.status(status);
        json.write(ctx, MEDIA_TYPE, body);
    }

    static String type(int status, List<FieldError> errors) {
        return TYPE_BASE + slug(status, errors);
    }

    static String title(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 409 -> "Conflict";
            case 413 -> "Content Too Large";
            case 415 -> "Unsupported Media Type";
            case 429 -> "Too Many Requests";
            case 503 -> "Service Unavailable";
            case 500 -> "Internal Server Error";
            default -> "Error";
        };
    }

    private static String slug(int status, List<FieldError> errors) {
        if (status == 400 && !errors.isEmpty()) {
            return "validation-error";
        }
        return title(status).toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
    }
}
