package dev.habits.http.ops;

import dev.habits.http.json.Json;
import dev.habits.http.support.ProblemException;
import dev.habits.http.problem.Problems;
import io.javalin.config.RoutesConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.BooleanSupplier;

/** Health, metrics, the OpenAPI document and its interactive page: all without authentication. */
public final class OpsRoutes {
    private static final String OPENAPI = "openapi/openapi.json";
    private static final String SWAGGER_POM = "META-INF/maven/org.webjars/swagger-ui/pom.properties";
    /** What the docs page loads from the swagger-ui webjar, with its media type. */
    private static final Map<String, String> SWAGGER_ASSETS = Map.of(
            "swagger-ui.css", "text/css; charset=utf-8",
            "swagger-ui-bundle.js", "text/javascript; charset=utf-8",
            "favicon-32x32.png", "image/png",
            "favicon-16x16.png", "image/png");
    /** The asset paths carry the webjar's version, so a browser may keep them. */
    private static final String ASSETS_CACHE = "public, max-age=604800, immutable";

    private OpsRoutes() {
    }

    public static void register(RoutesConfig routes, Json json, StartGate startGate, BooleanSupplier databaseReady,
                                PrometheusMeterRegistry metrics) {
        routes.get("/health/live", ctx -> json.write(ctx, Json.MEDIA_TYPE, Map.of("status", "UP")));
        routes.get("/health/ready", ctx -> {
            if (!startGate.isOpen()) {
                Problems.write(json, ctx, 503, "The server is starting", List.of());
            } else if (ready(databaseReady)) {
                json.write(ctx, Json.MEDIA_TYPE, Map.of("status", "UP"));
            } else {
                Problems.write(json, ctx, 503, "The database does not answer", List.of());
            }
        });
        JvmMeters meters = new JvmMeters(metrics);
        routes.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                .result(meters.registry().scrape()));
        routes.get("/openapi.json", ctx -> {
            byte[] document = resource(OPENAPI);
            if (document == null) {
                throw ProblemException.notFound("OpenAPI document");
            }
            ctx.contentType(Json.MEDIA_TYPE).result(document);
        });
        String version = swaggerUiVersion();
        String swaggerUi = "/docs/swagger-ui/" + version;
        String page = docsPage(swaggerUi);
        // A route per asset rather than Javalin's webjar handler: that one mounts the whole jar as a
        // zip file system at start-up, a fifth of the server's time to ready.
        SWAGGER_ASSETS.forEach((file, mediaType) -> {
            String resource = "META-INF/resources/webjars/swagger-ui/" + version + "/" + file;
            routes.get(swaggerUi + "/" + file, ctx -> {
                byte[] asset = resource(resource);
                if (asset == null) {
                    throw ProblemException.notFound("Documentation asset");
                }
                ctx.header("Cache-Control", ASSETS_CACHE).contentType(mediaType).result(asset);
            });
        });
        routes.get("/docs", ctx -> ctx.contentType("text/html; charset=utf-8").result(page));
        routes.get("/docs/init.js", ctx -> ctx.contentType("text/javascript; charset=utf-8").result(
                "window.onload = function () {\n"
                        + "  window.ui = SwaggerUIBundle({ url: '/openapi.json', dom_id: '#swagger-ui' });\n"
                        + "};\n"));
    }

    private static boolean ready(BooleanSupplier databaseReady) {
        try {
            return databaseReady.getAsBoolean();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static String docsPage(String assets) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<title>Habit tracker API</title>\n"
                + "<link rel=\"stylesheet\" href=\"" + assets + "/swagger-ui.css\">\n"
                + "<link rel=\"icon\" type=\"image/png\" href=\"" + assets + "/favicon-32x32.png\" sizes=\"32x32\">\n"
                + "<link rel=\"icon\" type=\"image/png\" href=\"" + assets + "/favicon-16x16.png\" sizes=\"16x16\">\n</head>\n<body>\n"
                + "<div id=\"swagger-ui\"></div>\n"
                + "<script src=\"" + assets + "/swagger-ui-bundle.js\"></script>\n"
                + "<script src=\"/docs/init.js\"></script>\n</body>\n</html>\n";
    }

    private static String swaggerUiVersion() {
        Properties properties = new Properties();
        InputStream stream = OpsRoutes.class.getClassLoader().getResourceAsStream(SWAGGER_POM);
        if (stream == null) {
            throw new IllegalStateException("swagger-ui webjar is missing from the classpath");
        }
        try (Reader in = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version");
    }

    private static byte[] resource(String name) {
        try (InputStream in = OpsRoutes.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
