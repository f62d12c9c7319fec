package io.github.readiness.rules.policy.file;

import io.github.readiness.rules.policy.Nearest;
import io.github.readiness.rules.policy.PolicyException;
import io.github.readiness.rules.policy.file.PolicyNode.Entry;
import io.github.readiness.rules.policy.file.PolicyNode.ListNode;
import io.github.readiness.rules.policy.file.PolicyNode.MapNode;
import io.github.readiness.rules.policy.file.PolicyNode.ScalarNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Supplier;

/**
 * Typed access to one policy file's nodes: each wrong shape or value is a {@link PolicyException} whose one-line
 * message starts with {@code <file> line N: } and says the fix.
 */
final class FileValues {
    private final PolicySource source;

    FileValues(PolicySource source) {
        this.source = source;
    }

    PolicySource source() {
        return source;
    }

    PolicyException error(int line, String message) {
        return new PolicyException(source.at(line) + message);
    }

    /** Runs a {@code Policy.with*} call, placing its error (which names key and fix, but no file) at this line. */
    <T> T at(int line, Supplier<T> change) {
        try {
            return change.get();
        } catch (PolicyException e) {
            throw error(line, e.getMessage());
        }
    }

    MapNode map(PolicyNode node, String key, String example) {
        if (node instanceof MapNode map) {
            return map;
        }
        throw error(node.line(), key + " must be a map such as " + example + ", not " + node.kind());
    }

    ListNode list(PolicyNode node, String key, String example) {
        if (node instanceof ListNode list) {
            return list;
        }
        throw error(node.line(), key + " must be a list such as " + example + ", not " + node.kind());
    }

    /** A value that is present: {@code key:} with nothing after it is an error. */
    String text(PolicyNode node, String key) {
        if (!(node instanceof ScalarNode scalar)) {
            throw error(node.line(), key + " must be a single value, not " + node.kind());
        }
        if (scalar.text() == null || scalar.text().isBlank()) {
            throw error(node.line(), key + " has no value");
        }
        return scalar.text().strip();
    }

    /** An optional value: absent, empty or {@code ~} is null. */
    String optionalText(PolicyNode node, String key) {
        if (node instanceof ScalarNode scalar
                && (scalar.text() == null || scalar.text().isBlank())) {
            return null;
        }
        return text(node, key);
    }

    /** @param expected the range in words, for the message (" between 0 and 100", ", 0 or more") */
    int wholeNumber(PolicyNode node, String key, String expected) {
        String text = text(node, key);
        if (!text.matches("[+-]?\\d{1,9}")) {
            throw error(node.line(), key + " is '" + text + "': use a whole number" + expected);
        }
        return Integer.parseInt(text);
    }

    LocalDate date(PolicyNode node, String key) {
        String text = text(node, key);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw error(node.line(), key + " is '" + text + "': use an ISO date such as 2027-03-31");
        }
    }

    /** Every key of the map must be one of {@code known}; the first unknown one is an error naming the nearest. */
    void checkKeys(MapNode map, List<String> known, String where) {
        for (Entry entry : map.entries()) {
            if (!known.contains(entry.key())) {
                String nearest = Nearest.of(entry.key(), known);
                throw error(
                        entry.line(),
                        "unknown key '" + entry.key() + "'" + where
                                + (nearest == null ? "" : "; did you mean '" + nearest + "'?") + " Valid keys: "
                                + String.join(", ", known));
            }
        }
    }

    /** An unknown id (rule, category): the nearest when one is close, else every valid one. */
    PolicyException unknownId(int line, String what, String id, List<String> valid) {
        String nearest = Nearest.of(id, valid);
        return error(
                line,
                "unknown " + what + " '" + id + "'"
                        + (nearest == null
                                ? "; valid " + what + " ids: " + String.join(", ", valid)
                                : "; did you mean '" + nearest + "'?"));
    }
}
