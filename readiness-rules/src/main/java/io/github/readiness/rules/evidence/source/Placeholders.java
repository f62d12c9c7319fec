package io.github.readiness.rules.evidence.source;

import java.util.ArrayList;
import java.util.List;

/**
 * Spring-style {@code ${key}} and {@code ${key:default}} placeholders in a piece of text. Several per text; a
 * placeholder nested in a default ({@code ${a:${b}}}) is found too: {@code a} with a default, {@code b} without one
 * of its own. Scanned with indexOf, linear in the text length.
 */
final class Placeholders {
    private Placeholders() {}

    /** One placeholder: its key, and whether it supplies a default after a colon (possibly empty). */
    record Placeholder(String key, boolean hasDefault) {}

    static List<Placeholder> in(String text) {
        List<Placeholder> found = new ArrayList<>();
        int from = 0;
        for (int start = text.indexOf("${", from); start >= 0; start = text.indexOf("${", from)) {
            int keyStart = start + 2;
            int end = keyStart;
            while (end < text.length() && StringLiterals.isKeyChar(text.charAt(end))) {
                end++;
            }
            // the key ends at ':' (default follows) or '}'; anything else (an unterminated or odd placeholder,
            // "${random.int(10)}") is not read as a key. The scan resumes after the key, so nested ones are found.
            if (end > keyStart && end < text.length() && (text.charAt(end) == ':' || text.charAt(end) == '}')) {
                found.add(new Placeholder(text.substring(keyStart, end), text.charAt(end) == ':'));
            }
            from = end; // always past start: end >= keyStart = start + 2
        }
        return found;
    }
}
