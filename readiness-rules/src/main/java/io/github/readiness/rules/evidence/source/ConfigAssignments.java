package io.github.readiness.rules.evidence.source;

import java.util.List;

/**
 * Key-value lines of {@code .properties} ({@code key=value}, {@code key: value}, {@code key value}) and YAML ({@code
 * key: value}, quoted or not; a nested map's key counts by its own name). Comment lines are left out: a commented
 * assignment is an example or dead configuration, and provider tokens are still found there.
 */
final class ConfigAssignments {
    private ConfigAssignments() {}

    static void properties(String text, List<Assignment> into) {
        int i = skipBlank(text, 0);
        if (i == text.length() || text.charAt(i) == '#' || text.charAt(i) == '!') {
            return;
        }
        int keyStart = i;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\') {
                i += 2; // an escaped separator belongs to the key
                continue;
            }
            if (c == '=' || c == ':' || Character.isWhitespace(c)) {
                break;
            }
            i++;
        }
        int keyEnd = Math.min(i, text.length());
        i = skipBlank(text, keyEnd);
        if (i < text.length() && (text.charAt(i) == '=' || text.charAt(i) == ':')) {
            i = skipBlank(text, i + 1);
        }
        String value = text.substring(i).strip();
        if (value.endsWith("\\")) {
            value = value.substring(0, value.length() - 1).strip(); // continued: judge the first part
        }
        into.add(Assignment.of(text.substring(keyStart, keyEnd), unquote(value), i));
    }

    static void yaml(String text, List<Assignment> into) {
        int i = skipBlank(text, 0);
        if (text.startsWith("- ", i)) {
            i = skipBlank(text, i + 2); // a map inside a list
        }
        // comments, flow collections, complex keys, tags, anchors and block scalars hold no "key: value"
        if (i == text.length() || "#{[?&*!|>".indexOf(text.charAt(i)) >= 0 || text.startsWith("---", i)) {
            return;
        }
        String key;
        if (text.charAt(i) == '"' || text.charAt(i) == '\'') {
            int close = text.indexOf(text.charAt(i), i + 1);
            if (close < 0 || close + 1 >= text.length() || text.charAt(close + 1) != ':') {
                return;
            }
            key = text.substring(i + 1, close);
            i = close + 1;
        } else {
            int colon = text.indexOf(':', i);
            while (colon >= 0 && colon + 1 < text.length() && !Character.isWhitespace(text.charAt(colon + 1))) {
                colon = text.indexOf(':', colon + 1); // "a:b" is a plain scalar, not a key
            }
            if (colon < 0) {
                return;
            }
            key = text.substring(i, colon).strip();
            i = colon;
        }
        if (i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1))) {
            return;
        }
        int start = skipTagsAndAnchors(text, skipBlank(text, i + 1));
        if (start < text.length() && "|>*{[".indexOf(text.charAt(start)) < 0) {
            into.add(Assignment.of(key, yamlValue(text, start), start)); // block scalars, aliases, flows: skipped
        }
    }

    /** {@code !!str value}, {@code &anchor value}: the value after them. */
    private static int skipTagsAndAnchors(String text, int from) {
        int i = from;
        while (i < text.length() && (text.charAt(i) == '!' || text.charAt(i) == '&')) {
            int end = i;
            while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
                end++;
            }
            i = skipBlank(text, end);
        }
        return i;
    }

    private static String yamlValue(String text, int start) {
        char first = text.charAt(start);
        if (first == '"') {
            int close = start + 1;
            while (close < text.length() && text.charAt(close) != '"') {
                close += text.charAt(close) == '\\' ? 2 : 1;
            }
            return text.substring(start + 1, Math.min(close, text.length()));
        }
        if (first == '\'') {
            StringBuilder value = new StringBuilder();
            for (int i = start + 1; i < text.length(); i++) {
                if (text.charAt(i) == '\'') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '\'') {
                        value.append('\''); // '' is an escaped quote
                        i++;
                        continue;
                    }
                    break;
                }
                value.append(text.charAt(i));
            }
            return value.toString();
        }
        int comment = text.indexOf(" #", start);
        return text.substring(start, comment < 0 ? text.length() : comment).strip();
    }

    /** Matching surrounding quotes removed ({@code password="secret"} in a properties file). */
    static String unquote(String value) {
        if (value.length() >= 2
                && (value.charAt(0) == '"' || value.charAt(0) == '\'')
                && value.charAt(value.length() - 1) == value.charAt(0)) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }

    static int skipBlank(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
