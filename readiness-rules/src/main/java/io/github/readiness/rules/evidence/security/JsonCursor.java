package io.github.readiness.rules.evidence.security;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.readiness.rules.evidence.EvidenceException;
import java.io.IOException;

/**
 * Streaming steps over a Jackson parser for the dependency-check JSON reader: walk an object's fields or an array's
 * elements and skip whatever is not needed, never building a tree. Steps may throw {@link EvidenceException}, which
 * the SARIF reader's helpers do not allow.
 */
final class JsonCursor {
    private final JsonParser json;

    JsonCursor(JsonParser json) {
        this.json = json;
    }

    /** A step of the parse that may fail like the parse itself. */
    @FunctionalInterface
    interface Step {
        void run() throws IOException, EvidenceException;
    }

    JsonToken start() throws IOException {
        return json.nextToken();
    }

    JsonToken token() {
        return json.currentToken();
    }

    /** Line of the token the parser stands on (1-based). */
    int line() {
        return json.currentTokenLocation().getLineNr();
    }

    /** Name of the next field, the parser moved onto its value; null at the end of the object. */
    String nextField() throws IOException {
        JsonToken token = json.nextToken();
        if (token != JsonToken.FIELD_NAME) {
            requireMore(token);
            return null; // END_OBJECT
        }
        String name = json.currentName();
        requireMore(json.nextToken());
        return name;
    }

    /** The scalar the parser stands on as text (numbers too); null for null, objects and arrays (skipped). */
    String text() throws IOException {
        JsonToken token = json.currentToken();
        if (token != null && token.isScalarValue() && token != JsonToken.VALUE_NULL) {
            return json.getValueAsString();
        }
        json.skipChildren();
        return null;
    }

    /** Skips the value the parser stands on; nothing to do for a scalar. */
    void skip() throws IOException {
        json.skipChildren();
    }

    /** Runs {@code step} on each object of the array the parser stands on; other values are skipped. */
    void forEachObject(Step step) throws IOException, EvidenceException {
        forEachValue(() -> {
            if (json.currentToken() == JsonToken.START_OBJECT) {
                step.run();
            } else {
                json.skipChildren();
            }
        });
    }

    /** Runs {@code step} on each value of the array the parser stands on; anything but an array is skipped. */
    void forEachValue(Step step) throws IOException, EvidenceException {
        if (json.currentToken() != JsonToken.START_ARRAY) {
            json.skipChildren();
            return;
        }
        for (JsonToken token = json.nextToken(); token != JsonToken.END_ARRAY; token = json.nextToken()) {
            requireMore(token);
            step.run();
        }
    }

    // Jackson reports input that ends inside an object or array itself; this guards the loops all the same
    private void requireMore(JsonToken token) throws JsonParseException {
        if (token == null) {
            throw new JsonParseException(json, "Unexpected end-of-input");
        }
    }
}
