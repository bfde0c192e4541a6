package dev.habits.http.problem;

import dev.habits.http.json.Json;
import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own refusals, made before any route or filter runs (a path whose escapes are not UTF-8,
 * a malformed request line), as problem details too: without this they were HTML pages, and a
 * client could not tell them from a proxy's.
 */
public final class JettyProblems extends ErrorHandler {
    private final Json json;

    public JettyProblems(Json json) {
        this.json = json;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problems.MEDIA_TYPE);
        // Jetty drops the connection after such a request; saying so keeps clients from reusing it.
        response.getHeaders().put(HttpHeader.CONNECTION, "close");
        response.write(true, ByteBuffer.wrap(body(code)), callback);
    }

    private byte[] body(int status) {
        String detail = status == 400 ? "The request could not be read: check its path, query and headers"
                : Problems.title(status);
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", Problems.type(status, List.of()));
        problem.put("title", Problems.title(status));
        problem.put("status", status);
        problem.put("detail", detail);
        problem.put("success", false);
        problem.put("message", detail);
        return json.bytes(problem);
    }
}
