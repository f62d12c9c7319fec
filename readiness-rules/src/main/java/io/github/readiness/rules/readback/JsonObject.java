package io.github.readiness.rules.readback;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One JSON object of a {@link JsonTree}, with typed getters whose errors name the field's path. */
final class JsonObject {
    private final Map<String, Object> fields;
    private final String path;

    private JsonObject(Map<String, Object> fields, String path) {
        this.fields = fields;
        this.path = path;
    }

    static JsonObject of(Object value, String path) throws IOException {
        if (!(value instanceof Map<?, ?>)) {
            throw new IOException(path + " is not a JSON object");
        }
        return new JsonObject(ScorecardJsonReader.asMap(value), path);
    }

    boolean isNull(String field) {
        return fields.get(field) == null;
    }

    JsonObject object(String field) throws IOException {
        return of(require(field), path + "." + field);
    }

    List<Object> list(String field) throws IOException {
        if (!(require(field) instanceof List<?> list)) {
            throw wrong(field, "an array");
        }
        return new ArrayList<>(list);
    }

    List<JsonObject> objects(String field) throws IOException {
        List<JsonObject> nodes = new ArrayList<>();
        List<Object> list = list(field);
        for (int i = 0; i < list.size(); i++) {
            nodes.add(of(list.get(i), path + "." + field + "[" + i + "]"));
        }
        return nodes;
    }

    String text(String field) throws IOException {
        if (!(require(field) instanceof String text)) {
            throw wrong(field, "a string");
        }
        return text;
    }

    String textOrNull(String field) throws IOException {
        return isNull(field) ? null : text(field);
    }

    int integer(String field) throws IOException {
        if (!(require(field) instanceof Long number) || number != number.intValue()) {
            throw wrong(field, "a whole number");
        }
        return number.intValue();
    }

    long whole(String field) throws IOException {
        if (!(require(field) instanceof Long number)) {
            throw wrong(field, "a whole number");
        }
        return number;
    }

    Integer integerOrNull(String field) throws IOException {
        return isNull(field) ? null : integer(field);
    }

    Double decimalOrNull(String field) throws IOException {
        Object value = fields.get(field);
        if (value == null) {
            return null;
        }
        if (value instanceof Long number) {
            return number.doubleValue();
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.doubleValue();
        }
        throw wrong(field, "a number");
    }

    boolean bool(String field) throws IOException {
        if (!(require(field) instanceof Boolean flag)) {
            throw wrong(field, "true or false");
        }
        return flag;
    }

    private Object require(String field) throws IOException {
        Object value = fields.get(field);
        if (value == null) {
            throw new IOException(path + "." + field + " is missing");
        }
        return value;
    }

    private IOException wrong(String field, String expected) {
        return new IOException(path + "." + field + " is not " + expected);
    }
}
