package dev.habits.http.json;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.util.RawValue;
import dev.habits.http.support.ProblemException;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * The one JSON mapper of the API, strict on input: unknown fields, wrong types and coercions
 * ({@code "3"} for 3, 1.5 for an integer) are refused with a 400 that names the field.
 */
public final class Json {
    public static final String MEDIA_TYPE = "application/json; charset=utf-8";

    private final ObjectMapper mapper;

    public Json() {
        this.mapper = JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .build();
        for (CoercionInputShape shape : new CoercionInputShape[] {
                CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean}) {
            mapper.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Collection).setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
    }

    /** The body as a {@code type}; the body must be a JSON object. */
    public <T> T read(Context ctx, Class<T> type) {
        return value(ctx.bodyAsBytes(), type, false);
    }

    /** Like {@link #read}, but an empty body reads as {@code {}}. */
    public <T> T readOptional(Context ctx, Class<T> type) {
        return value(ctx.bodyAsBytes(), type, true);
    }

    /** A partial update: absent members stay, but an explicit null is refused, naming the member. */
    public <T> T readPatch(Context ctx, Class<T> type) {
        JsonNode node = object(ctx.bodyAsBytes());
        refuseNulls(node, "");
        return convert(node, type);
    }

    /** The string member {@code name} of a JSON object body, if it is one; never fails. */
    public Optional<String> peekString(byte[] body, String name) {
        try {
            JsonNode node = mapper.readTree(body);
            JsonNode member = node == null ? null : node.get(name);
            return member != null && member.isTextual() ? Optional.of(member.asText()) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Writes {@code {"success": true, "data": …}}. */
    public void ok(Context ctx, int status, Object data) {
        ctx.status(status);
        write(ctx, MEDIA_TYPE, new Envelope(data));
    }

    public void write(Context ctx, String contentType, Object body) {
        try {
            ctx.contentType(contentType).result(mapper.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The value's JSON, to be embedded in a response as it is (Jackson copies its UTF-8 bytes). */
    public RawValue raw(Object value) {
        return new RawValue(new SerializedString(new String(bytes(value), StandardCharsets.UTF_8)));
    }

    public byte[] bytes(Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    @JsonPropertyOrder({"success", "data"})
    private record Envelope(Object data) {
        @SuppressWarnings("unused") // serialized by Jackson
        public boolean getSuccess() {
            return true;
        }
    }

    /*
     * The body read in one pass of the streaming parser straight into the type. Reading a tree and
     * then converting it walked the input twice: 8 % of a check-in's CPU in a profile.
     */
    private <T> T value(byte[] body, Class<T> type, boolean emptyAllowed) {
        if (isBlank(body)) {
            if (emptyAllowed) {
                return convert(mapper.createObjectNode(), type);
            }
            throw new ProblemException(400, "Request body must be a JSON object");
        }
        try (JsonParser parser = mapper.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new ProblemException(400, "Request body must be a JSON object");
            }
            T value = mapper.readValue(parser, type);
            refuseTrailingContent(parser);
            return value;
        } catch (JsonProcessingException e) {
            throw refusal(e);
        } catch (IOException e) {
            throw new ProblemException(400, "Request body is not well-formed JSON");
        }
    }

    private JsonNode object(byte[] body) {
        if (isBlank(body)) {
            throw new ProblemException(400, "Request body must be a JSON object");
        }
        JsonNode node;
        try (JsonParser parser = mapper.createParser(body)) {
            node = mapper.readTree(parser);
            refuseTrailingContent(parser);
        } catch (IOException e) {
            throw new ProblemException(400, "Request body is not well-formed JSON");
        }
        if (node == null || !node.isObject()) {
            throw new ProblemException(400, "Request body must be a JSON object");
        }
        return node;
    }

    /*
     * A second value after the object ({"a":1} {}) is not well-formed JSON. Checked here for both
     * reads rather than by Jackson's FAIL_ON_TRAILING_TOKENS, which reports it from readValue as a
     * mapping error ("body has the wrong type or shape").
     */
    private static void refuseTrailingContent(JsonParser parser) throws IOException {
        if (parser.nextToken() != null) {
            throw new ProblemException(400, "Request body is not well-formed JSON");
        }
    }

    private <T> T convert(JsonNode node, Class<T> type) {
        try {
            return mapper.treeToValue(node, type);
        } catch (JsonProcessingException e) {
            throw refusal(e);
        }
    }

    /** The 400 for what Jackson refused: an unknown field, a wrong type (both named), or bad syntax. */
    private static ProblemException refusal(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return ProblemException.badRequest(path(unknown), "is not a known field");
        }
        if (e instanceof JsonMappingException mapping) {
            String path = path(mapping);
            return ProblemException.badRequest(path.isEmpty() ? "body" : path, "has the wrong type or shape");
        }
        return new ProblemException(400, "Request body is not well-formed JSON");
    }

    private static void refuseNulls(JsonNode node, String prefix) {
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            String name = prefix + field.getKey();
            if (field.getValue().isNull()) {
                throw ProblemException.badRequest(name, "must not be null; leave it out to keep the current value");
            }
            if (field.getValue().isObject()) {
                refuseNulls(field.getValue(), name + ".");
            }
        }
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static boolean isBlank(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }
}
