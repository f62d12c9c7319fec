package io.github.readiness.rules.readback;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * One JSON object of a small file read back whole (readiness.json, readiness-module.json: a few hundred kilobytes at
 * most), with typed getters whose errors name the field's path ("readiness.json.findings[2].rule is missing"). The
 * tree is jackson-databind's; large evidence files are streamed with {@code io.JsonStream} instead.
 */
final class JsonObject {
    // numbers as the renderers wrote them: decimals as BigDecimal, whole numbers as long (one out of its range is
    // broken JSON, as it was before databind); the caller opened the stream and closes it
    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, DeserializationFeature.USE_LONG_FOR_INTS)
            .build();

    private final JsonNode fields;
    private final String path;

    private JsonObject(JsonNode fields, String path) {
        this.fields = fields;
        this.path = path;
    }

    /** The file's top-level value, which must be an object named {@code path} in messages. */
    static JsonObject read(InputStream in, String path) throws IOException {
        JsonNode root = JSON.readTree(in);
        if (root == null || root.isMissingNode()) {
            throw new IOException("the file is empty");
        }
        return of(root, path);
    }

    private static JsonObject of(JsonNode value, String path) throws IOException {
        if (!value.isObject()) {
            throw new IOException(path + " is not a JSON object");
        }
        return new JsonObject(value, path);
    }

    boolean isNull(String field) {
        JsonNode value = fields.get(field);
        return value == null || value.isNull();
    }

    JsonObject object(String field) throws IOException {
        return of(require(field), path + "." + field);
    }

    /** The array's elements as text: strings as written, other values in their JSON spelling. */
    List<String> texts(String field) throws IOException {
        List<String> texts = new ArrayList<>();
        for (JsonNode element : array(field)) {
            texts.add(
                    element.isTextual()
                            ? element.textValue()
                            : element.isValueNode() ? element.asText() : element.toString());
        }
        return texts;
    }

    List<JsonObject> objects(String field) throws IOException {
        List<JsonObject> objects = new ArrayList<>();
        JsonNode array = array(field);
        for (int i = 0; i < array.size(); i++) {
            objects.add(of(array.get(i), path + "." + field + "[" + i + "]"));
        }
        return objects;
    }

    String text(String field) throws IOException {
        JsonNode value = require(field);
        if (!value.isTextual()) {
            throw wrong(field, "a string");
        }
        return value.textValue();
    }

    String textOrNull(String field) throws IOException {
        return isNull(field) ? null : text(field);
    }

    int integer(String field) throws IOException {
        JsonNode value = require(field);
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw wrong(field, "a whole number");
        }
        return value.intValue();
    }

    long whole(String field) throws IOException {
        JsonNode value = require(field);
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw wrong(field, "a whole number");
        }
        return value.longValue();
    }

    Integer integerOrNull(String field) throws IOException {
        return isNull(field) ? null : integer(field);
    }

    double decimal(String field) throws IOException {
        require(field);
        return decimalOrNull(field);
    }

    Double decimalOrNull(String field) throws IOException {
        if (isNull(field)) {
            return null;
        }
        JsonNode value = fields.get(field);
        if (!value.isNumber()) {
            throw wrong(field, "a number");
        }
        return value.doubleValue();
    }

    boolean bool(String field) throws IOException {
        JsonNode value = require(field);
        if (!value.isBoolean()) {
            throw wrong(field, "true or false");
        }
        return value.booleanValue();
    }

    private JsonNode array(String field) throws IOException {
        JsonNode value = require(field);
        if (!value.isArray()) {
            throw wrong(field, "an array");
        }
        return value;
    }

    private JsonNode require(String field) throws IOException {
        if (isNull(field)) {
            throw new IOException(path + "." + field + " is missing");
        }
        return fields.get(field);
    }

    private IOException wrong(String field, String expected) {
        return new IOException(path + "." + field + " is not " + expected);
    }
}
