package dev.habits.http.problem;

import dev.habits.domain.shared.DomainException;
import dev.habits.domain.shared.FieldError;
import dev.habits.http.json.Json;
import dev.habits.http.support.ProblemException;
import dev.habits.http.support.RequestContext;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.MethodNotAllowedResponse;
import java.util.List;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one place where every refusal and failure becomes a problem response. */
public final class ProblemMapping {
    private static final Logger LOG = LoggerFactory.getLogger(ProblemMapping.class);

    private final Json json;
    private final Predicate<Throwable> databaseUnavailable;

    public ProblemMapping(Json json, Predicate<Throwable> databaseUnavailable) {
        this.json = json;
        this.databaseUnavailable = databaseUnavailable;
    }

    public void install(JavalinConfig config) {
        config.routes.exception(DomainException.class, (e, ctx) -> domain(e, ctx));
        config.routes.exception(ProblemException.class, (e, ctx) -> {
            e.headers().forEach(ctx::header);
            Problems.write(json, ctx, e.status(), e.getMessage(), e.errors());
        });
        config.routes.exception(HttpResponseException.class, (e, ctx) -> javalin(e, ctx));
        config.routes.exception(Exception.class, (e, ctx) -> unexpected(e, ctx));
    }

    private void domain(DomainException e, Context ctx) {
        int status = switch (e.reason()) {
            case INVALID -> 400;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case UNAUTHENTICATED -> 401;
            case FORBIDDEN -> 403;
        };
        if (status == 401) {
            ctx.header("WWW-Authenticate", "Bearer");
        }
        Problems.write(json, ctx, status, e.getMessage(), e.errors());
    }

    private void javalin(HttpResponseException e, Context ctx) {
        int status = e.getStatus();
        if (e instanceof MethodNotAllowedResponse) {
            String allowed = e.getDetails().getOrDefault("availableMethods", e.getDetails().get("Available methods"));
            if (allowed != null) {
                ctx.header("Allow", allowed);
            }
            Problems.write(json, ctx, 405, "Method " + ctx.method().name() + " is not allowed here", List.of());
            return;
        }
        String detail = switch (status) {
            case 404 -> "No route for " + ctx.method().name() + " " + ctx.path();
            case 413 -> "Request body is larger than allowed";
            default -> Problems.title(status);
        };
        Problems.write(json, ctx, status, detail, List.<FieldError>of());
    }

    private void unexpected(Exception e, Context ctx) {
        if (databaseUnavailable.test(e)) {
            LOG.warn("Database unavailable [requestId={}]: {}", RequestContext.requestId(ctx), e.toString());
            Problems.write(json, ctx, 503, "The service cannot reach its database; try again later", List.of());
            return;
        }
        LOG.error("Unexpected failure [requestId={}]", RequestContext.requestId(ctx), e);
        Problems.write(json, ctx, 500, "Something went wrong on our side; the request id helps us find it",
                List.of());
    }
}
