package io.github.readiness.rules.evidence.security;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.readiness.rules.io.JsonStream;
import java.io.IOException;
import java.util.Locale;

/**
 * Values as SARIF writes them, read from a {@link JsonStream} for the SARIF reader. SARIF fields may come in any
 * order and scanners add their own, so every helper reads what it knows and skips the rest; a value of an unexpected
 * type is skipped, not an error.
 */
final class SarifJson {
    /** Longest message kept per result: enough for a console line, bounded memory on verbose scanners. */
    static final int MAX_MESSAGE = 300;

    private SarifJson() {}

    /** The non-negative int the parser stands on, or -1 (absent, another type, negative, too large). */
    static int index(JsonStream stream) throws IOException {
        JsonParser json = stream.parser();
        if (json.currentToken() == JsonToken.VALUE_NUMBER_INT && json.getNumberType() == JsonParser.NumberType.INT) {
            return Math.max(json.getIntValue(), -1);
        }
        return -1;
    }

    /** The {@code text} of a SARIF message object ({"text": "..."}), or null. */
    static String text(JsonStream json) throws IOException {
        String[] text = new String[1];
        json.forEachField((name, value) -> {
            if (name.equals("text")) {
                text[0] = value.string();
            }
        });
        return text[0];
    }

    /**
     * A security-severity as written: a string in real files ("9.8"), a number in some; null when absent or
     * unparseable (a scanner's odd value must not break the gate).
     */
    static Double severity(JsonStream stream) throws IOException {
        JsonParser json = stream.parser();
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
    static boolean hasSecurityTag(JsonStream json) throws IOException {
        boolean[] found = new boolean[1];
        json.forEachElement((i, tag) -> {
            String text = tag.string();
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
