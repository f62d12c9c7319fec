package io.github.readiness.rules.evidence.source;

import java.util.List;
import java.util.Set;

/**
 * Configuration keys Java code reads with a hardcoded fallback, on one line: a placeholder literal with a default
 * ({@code @Value("${api.key:demo-key}")}), a read call with a default argument ({@code System.getProperty("api.key",
 * "demo-key")}, {@code System.getenv().getOrDefault("API_KEY", "demo-key")}, {@code env.getProperty("api.key",
 * "demo-key")}), a read followed by {@code .orElse("demo-key")} ({@code Optional.ofNullable(System.getenv("API_KEY"))},
 * MicroProfile {@code getOptionalValue("api.key", String.class)}) and MicroProfile's {@code @ConfigProperty(name =
 * "api.key", defaultValue = "demo-key")}. Only whole literals count; the caller keeps the credential keys.
 */
final class JavaFallbacks {
    /** Calls whose first string argument is the key read and whose second is its fallback. */
    private static final Set<String> READ_WITH_DEFAULT = Set.of("getProperty", "getOrDefault", "getenv", "getEnv");
    /** Calls whose first string argument is the key read; a later {@code orElse("...")} is its fallback. */
    private static final Set<String> OPTIONAL_READS =
            Set.of("getenv", "getEnv", "getProperty", "getOptionalValue", "getOptionalProperty");

    private JavaFallbacks() {}

    static void find(String text, List<Assignment> into) {
        placeholders(text, into);
        String optionalKey = null;
        for (int paren = text.indexOf('('); paren >= 0; paren = text.indexOf('(', paren + 1)) {
            String method = JavaAssignments.identifierBefore(text, paren);
            if (method.equals("ConfigProperty")) {
                configProperty(text, paren, into);
                continue;
            }
            int quote = ConfigAssignments.skipBlank(text, paren + 1);
            int close = method.isEmpty() ? -1 : JavaAssignments.literalEnd(text, quote);
            if (close < 0) {
                continue;
            }
            String first = text.substring(quote + 1, close);
            int after = ConfigAssignments.skipBlank(text, close + 1);
            if (after < text.length() && text.charAt(after) == ',' && READ_WITH_DEFAULT.contains(method)) {
                int valueQuote = ConfigAssignments.skipBlank(text, after + 1);
                int valueClose = JavaAssignments.literalEnd(text, valueQuote);
                if (valueClose > 0 && JavaAssignments.wholeLiteral(text, valueClose)) {
                    into.add(Assignment.fallback(first, text.substring(valueQuote + 1, valueClose), valueQuote + 1));
                    continue;
                }
            }
            if (OPTIONAL_READS.contains(method)) {
                optionalKey = first;
            } else if (method.equals("orElse") && optionalKey != null && JavaAssignments.wholeLiteral(text, close)) {
                into.add(Assignment.fallback(optionalKey, first, quote + 1));
                optionalKey = null;
            }
        }
    }

    /** {@code "${api.key:demo-key}"}: a literal that is one placeholder, judged as the placeholder it is. */
    private static void placeholders(String text, List<Assignment> into) {
        for (int quote = text.indexOf("\"${"); quote >= 0; quote = text.indexOf("\"${", quote + 1)) {
            int close = JavaAssignments.literalEnd(text, quote);
            if (close < 0) {
                continue;
            }
            String literal = text.substring(quote + 1, close);
            List<Placeholders.Placeholder> found = Placeholders.in(literal);
            int start = quote + 1;
            boolean assigned = into.stream().anyMatch(a -> a.start() == start); // password = "${...}": judged once
            if (!found.isEmpty() && found.get(0).hasDefault() && !assigned) {
                into.add(Assignment.of(found.get(0).key(), literal, start));
            }
        }
    }

    /** {@code @ConfigProperty(name = "api.key", defaultValue = "demo-key")}, the attributes in any order. */
    private static void configProperty(String text, int paren, List<Assignment> into) {
        int end = text.indexOf(')', paren);
        String arguments = text.substring(paren + 1, end < 0 ? text.length() : end);
        String name = attribute(arguments, "name");
        String fallback = attribute(arguments, "defaultValue");
        if (name != null && fallback != null) {
            into.add(Assignment.fallback(name, fallback, paren + 1 + arguments.indexOf("defaultValue")));
        }
    }

    /** The literal given to {@code attribute = "..."} in an annotation's arguments, or null. */
    private static String attribute(String arguments, String attribute) {
        for (int at = arguments.indexOf(attribute); at >= 0; at = arguments.indexOf(attribute, at + 1)) {
            boolean wordStart = at == 0 || !Chars.isIdentifier(arguments.charAt(at - 1));
            int eq = ConfigAssignments.skipBlank(arguments, at + attribute.length());
            if (!wordStart || eq >= arguments.length() || arguments.charAt(eq) != '=') {
                continue;
            }
            int quote = ConfigAssignments.skipBlank(arguments, eq + 1);
            int close = JavaAssignments.literalEnd(arguments, quote);
            return close < 0 ? null : arguments.substring(quote + 1, close);
        }
        return null;
    }
}
