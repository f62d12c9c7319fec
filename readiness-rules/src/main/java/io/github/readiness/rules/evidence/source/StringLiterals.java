package io.github.readiness.rules.evidence.source;

/**
 * Just enough of Java, Kotlin and Groovy lexing to read configuration keys from one line: where a line comment
 * starts, and the value of a string literal. Linear in the line length, no regular expressions.
 */
final class StringLiterals {
    private StringLiterals() {}

    /** A string literal's unescaped value and the index just after its closing quote. */
    record Literal(String value, int end) {}

    /**
     * The index where a {@code //} comment starts outside string and character literals, or the line length. Text
     * blocks and block comments spanning lines are not tracked: this is a cheap cut, not a parser.
     */
    static int codeEnd(String line) {
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++; // skip the escaped character
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '/' && i + 1 < line.length() && line.charAt(i + 1) == '/') {
                return i;
            }
        }
        return line.length();
    }

    /**
     * Reads the string literal that opens at {@code quote}: double-quoted, or single-quoted as Groovy writes them (a
     * Java character literal is never a key argument, so no harm there). Escapes are resolved to the escaped character
     * ({@code \"} to {@code "}, Kotlin's {@code \$} to {@code $}); the exact meaning of {@code \n} and friends does
     * not matter for keys, which never contain them.
     *
     * @return the literal, or null when no quote is at {@code quote} or the literal does not end on this line
     */
    static Literal read(String line, int quote) {
        char delimiter = quote < line.length() ? line.charAt(quote) : 0;
        if (delimiter != '"' && delimiter != '\'') {
            return null;
        }
        StringBuilder value = new StringBuilder();
        for (int i = quote + 1; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                value.append(line.charAt(++i));
            } else if (c == delimiter) {
                return new Literal(value.toString(), i + 1);
            } else {
                value.append(c);
            }
        }
        return null;
    }

    /** The index of the first character at or after {@code from} that is not white space. */
    static int skipSpace(String line, int from) {
        int i = from;
        while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Whether {@code c} can be part of a configuration key: letters, digits, {@code _ . -} and index brackets. */
    static boolean isKeyChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-' || c == '[' || c == ']';
    }

    /** Whether the whole text is a plausible configuration key (non-empty, key characters only). */
    static boolean isKey(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (!isKeyChar(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
