package io.github.readiness.rules.evidence.source;

import java.util.List;
import java.util.Set;

/**
 * String literals given to credential names in Java: {@code String password = "value";}, {@code PASSWORD = "value"},
 * annotation attributes ({@code password = "value"}), builder and setter calls ({@code .password("value")}, {@code
 * setApiKey("value")}, {@code withToken("value")}) and {@code put("password", "value")}-like calls. Only whole
 * literals count: {@code = getPassword()} or {@code = "prefix" + suffix} do not. Comment lines are left out.
 */
final class JavaAssignments {
    /** Calls whose first string argument is a key and whose second is its value. */
    private static final Set<String> KEY_VALUE_CALLS = Set.of("put", "setProperty");
    /** What may follow a whole literal: the end of a statement, an argument list, an array, a method call. */
    private static final String AFTER_LITERAL = ";,)}.";

    private static final String OPERATOR_BEFORE_EQUALS = "=!<>+-*/%&|^";

    private JavaAssignments() {}

    static void find(String text, List<Assignment> into) {
        int first = ConfigAssignments.skipBlank(text, 0);
        if (text.startsWith("//", first) || text.startsWith("/*", first) || text.startsWith("*", first)) {
            return;
        }
        assignments(text, into);
        calls(text, into);
        JavaFallbacks.find(text, into);
    }

    private static void assignments(String text, List<Assignment> into) {
        for (int eq = text.indexOf('='); eq >= 0; eq = text.indexOf('=', eq + 1)) {
            if (eq == 0
                    || OPERATOR_BEFORE_EQUALS.indexOf(text.charAt(eq - 1)) >= 0
                    || (eq + 1 < text.length() && text.charAt(eq + 1) == '=')) {
                continue;
            }
            String name = identifierBefore(text, eq);
            int quote = ConfigAssignments.skipBlank(text, eq + 1);
            int close = name.isEmpty() ? -1 : literalEnd(text, quote);
            if (close > 0 && wholeLiteral(text, close)) {
                into.add(new Assignment(name, text.substring(quote + 1, close), quote + 1, true, false));
            }
        }
    }

    private static void calls(String text, List<Assignment> into) {
        for (int paren = text.indexOf('('); paren >= 0; paren = text.indexOf('(', paren + 1)) {
            String method = identifierBefore(text, paren);
            int quote = ConfigAssignments.skipBlank(text, paren + 1);
            int close = method.isEmpty() ? -1 : literalEnd(text, quote);
            if (close < 0) {
                continue;
            }
            int after = ConfigAssignments.skipBlank(text, close + 1);
            if (after < text.length() && text.charAt(after) == ')' && isCredentialSetter(method)) {
                into.add(Assignment.of(method, text.substring(quote + 1, close), quote + 1));
            } else if (after < text.length() && text.charAt(after) == ',' && KEY_VALUE_CALLS.contains(method)) {
                int valueQuote = ConfigAssignments.skipBlank(text, after + 1);
                int valueClose = literalEnd(text, valueQuote);
                if (valueClose > 0 && wholeLiteral(text, valueClose)) {
                    into.add(Assignment.of(
                            text.substring(quote + 1, close),
                            text.substring(valueQuote + 1, valueClose),
                            valueQuote + 1));
                }
            }
        }
    }

    /** {@code password}, {@code apiKey}, {@code setPassword}, {@code withClientSecret}; not {@code resetPassword}. */
    static boolean isCredentialSetter(String method) {
        List<String> segments = CredentialKey.segments(method);
        String word = CredentialKey.word(method);
        if (word == null) {
            return false;
        }
        int skip = !segments.isEmpty()
                        && (segments.get(0).equals("set") || segments.get(0).equals("with"))
                ? 1
                : 0;
        return String.join("", segments.subList(skip, segments.size())).equals(word);
    }

    /** The identifier that ends right before {@code at} (blanks between allowed), or "". */
    static String identifierBefore(String text, int at) {
        int end = at;
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        int start = end;
        while (start > 0 && Chars.isIdentifier(text.charAt(start - 1))) {
            start--;
        }
        return start < end && !Chars.isDigit(text.charAt(start)) ? text.substring(start, end) : "";
    }

    /** The index of the quote closing the literal that opens at {@code quote}, or -1 (no literal, a text block). */
    static int literalEnd(String text, int quote) {
        if (quote >= text.length() || text.charAt(quote) != '"' || text.startsWith("\"\"\"", quote)) {
            return -1;
        }
        for (int i = quote + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                return i;
            }
        }
        return -1;
    }

    /** Whether the literal closing at {@code close} is the whole value (not {@code "a" + b}). */
    static boolean wholeLiteral(String text, int close) {
        int after = ConfigAssignments.skipBlank(text, close + 1);
        return after == text.length() || AFTER_LITERAL.indexOf(text.charAt(after)) >= 0;
    }
}
