package dev.habits.http.protection;

import dev.habits.http.support.ProblemException;
import dev.habits.http.support.RequestContext;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/** What every request gets before routing: an id, the security headers, and the body checks. */
public final class RequestGuards {
    private static final Pattern SANE_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final String API_CSP = "default-src 'none'; frame-ancestors 'none'";
    private static final String DOCS_CSP = "default-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; frame-ancestors 'none'";

    private final long maxBodyBytes;

    public RequestGuards(long maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
    }

    public void handle(Context ctx) {
        String offered = ctx.header("X-Request-Id");
        String id = offered != null && SANE_ID.matcher(offered).matches() ? offered : newRequestId();
        RequestContext.setRequestId(ctx, id);
        ctx.header("X-Request-Id", id);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        boolean docs = ctx.path().equals("/docs") || ctx.path().startsWith("/docs/");
        ctx.header("Content-Security-Policy", docs ? DOCS_CSP : API_CSP);
        if (ctx.path().startsWith("/api/")) {
            ctx.header("Cache-Control", "no-store");
        }
        checkBody(ctx);
    }

    /*
     * A version 4 UUID from the thread's own generator. UUID.randomUUID draws on the shared
     * SecureRandom, which took 3 % of a check-in's CPU in a profile; an id that traces a request in
     * the logs must be unique, not unguessable, and it grants nothing.
     */
    private static String newRequestId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }

    private void checkBody(Context ctx) {
        HandlerType method = ctx.method();
        if (method != HandlerType.POST && method != HandlerType.PUT && method != HandlerType.PATCH) {
            return;
        }
        long length = ctx.req().getContentLengthLong();
        if (length > maxBodyBytes) {
            throw new ProblemException(413, "Request body is larger than " + maxBodyBytes + " bytes");
        }
        boolean hasBody = length > 0 || ctx.header("Transfer-Encoding") != null;
        if (hasBody && !isJson(ctx.header("Content-Type"))) {
            throw new ProblemException(415, "Request bodies must be application/json");
        }
    }

    private static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        int end = contentType.indexOf(';');
        return (end < 0 ? contentType : contentType.substring(0, end)).trim().equalsIgnoreCase("application/json");
    }
}
