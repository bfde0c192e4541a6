package dev.habits.http.support;

import dev.habits.domain.shared.FieldError;
import java.util.List;
import java.util.Map;

/** A refusal the HTTP layer itself makes (bad JSON, unknown id, limits); mapped like domain refusals. */
public final class ProblemException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final transient List<FieldError> errors;
    private final transient Map<String, String> headers;

    public ProblemException(int status, String detail, List<FieldError> errors, Map<String, String> headers) {
        super(detail, null, false, false); // expected refusals: no stack trace to pay for
        this.status = status;
        this.errors = List.copyOf(errors);
        this.headers = Map.copyOf(headers);
    }

    public ProblemException(int status, String detail) {
        this(status, detail, List.of(), Map.of());
    }

    public static ProblemException badRequest(String field, String message) {
        return new ProblemException(400, field + ": " + message, List.of(new FieldError(field, message)), Map.of());
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(404, what + " not found");
    }

    public static ProblemException unauthorized(String detail) {
        return new ProblemException(401, detail, List.of(), Map.of("WWW-Authenticate", "Bearer"));
    }

    public int status() {
        return status;
    }

    public List<FieldError> errors() {
        return errors;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
