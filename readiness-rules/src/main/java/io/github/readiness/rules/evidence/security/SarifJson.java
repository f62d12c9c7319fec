package io.github.readiness.rules.evidence.security;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Locale;

/**
 * Small streaming helpers for the SARIF reader. SARIF fields may come in any order and scanners add their own,
 * so every helper reads what it knows and skips the rest; a value of an unexpected type is skipped, not an error.
 */
final class SarifJson {
    /** Longest message kept per result: enough for a console line, bounded memory on verbose scanners. */
    static final int MAX_MESSAGE = 300;

    private SarifJson() {}

    /** Handles one field of an object; the parser stands on the field's value. */
    @FunctionalInterface
    interface FieldHandler {
        void field(String name, JsonParser json) throws IOException;
    }

    /**
     * Calls {@code handler} for each field of the object the parser stands on (START_OBJECT), leaving the parser
     * on its END_OBJECT. A handler that does not consume a structured value has it skipped. Anything other than
     * an object is skipped whole.
     */
    static void forEachField(JsonParser json, FieldHandler handler) throws IOException {
        if (json.currentToken() != JsonToken.START_OBJECT) {
            json.skipChildren();
            return;
        }
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String name = json.currentName();
            JsonToken value = json.nextToken();
            handler.field(name, json);
            if (json.currentToken() == value) {
                json.skipChildren(); // no-op for scalars; skips an object or array the handler ignored
            }
        }
    }

    /** Calls {@code element} for each element of the array the parser stands on; anything else is skipped. */
    static void forEachElement(JsonParser json, ElementHandler element) throws IOException {
        if (json.currentToken() != JsonToken.START_ARRAY) {
            json.skipChildren();
            return;
        }
        int index = 0;
        while (json.nextToken() != JsonToken.END_ARRAY) {
            JsonToken value = json.currentToken();
            element.element(index++, json);
            if (json.currentToken() == value) {
                json.skipChildren();
            }
        }
    }

    /** Handles one array element; the parser stands on it. */
    @FunctionalInterface
    interface ElementHandler {
        void element(int index, JsonParser json) throws IOException;
    }

    /** The string value the parser stands on, or null for any other type. */
    static String string(JsonParser json) throws IOException {
        return json.currentToken() == JsonToken.VALUE_STRING ? json.getText() : null;
    }

    /** The non-negative int the parser stands on, or -1 (absent, another type, negative, too large). */
    static int index(JsonParser json) throws IOException {
        if (json.currentToken() == JsonToken.VALUE_NUMBER_INT && json.getNumberType() == JsonParser.NumberType.INT) {
            return Math.max(json.getIntValue(), -1);
        }
        return -1;
    }

    /** The {@code text} of a SARIF message object ({"text": "..."}), or null. */
    static String text(JsonParser json) throws IOException {
        String[] text = new String[1];
        forEachField(json, (name, value) -> {
            if (name.equals("text")) {
                text[0] = string(value);
            }
        });
        return text[0];
    }

    /**
     * A security-severity as written: a string in real files ("9.8"), a number in some; null when absent or
     * unparseable (a scanner's odd value must not break the gate).
     */
    static Double severity(JsonParser json) throws IOException {
        JsonToken token = json.currentToken();
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
            return finite(json.getDoubleValue());
        }
        if (token == JsonToken.VALUE_STRING) {
            try {
                return finite(Double.parseDouble(json.getText().trim()));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }

    /** Whether the tags array the parser stands on holds "security" (any case); skips it either way. */
    static boolean hasSecurityTag(JsonParser json) throws IOException {
        boolean[] found = new boolean[1];
        forEachElement(json, (i, tag) -> {
            String text = string(tag);
            if (text != null && text.trim().toLowerCase(Locale.ROOT).equals("security")) {
                found[0] = true;
            }
        });
        return found[0];
    }

    /** First line of {@code text}, trimmed, at most {@link #MAX_MESSAGE} characters; null when blank. */
    static String firstLine(String text) {
        if (text == null) {
            return null;
        }
        String line = text.strip().lines().findFirst().orElse("").strip();
        if (line.isEmpty()) {
            return null;
        }
        return line.length() <= MAX_MESSAGE ? line : line.substring(0, MAX_MESSAGE - 3) + "...";
    }
}
