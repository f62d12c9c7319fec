package io.github.readiness.rules.evidence.source;

import io.github.readiness.rules.evidence.source.Placeholders.Placeholder;
import io.github.readiness.rules.evidence.source.StringLiterals.Literal;
import io.github.readiness.rules.model.Location;
import java.util.List;
import java.util.Locale;

/**
 * Finds the configuration keys main code and Spring configuration files read, for the configuration rules.
 *
 * <ul>
 *   <li>{@code .java}, {@code .kt}, {@code .groovy}: {@code System.getenv("KEY")} and
 *       {@code System.getenv().get("KEY")} / {@code .getOrDefault("KEY", d)} (ENVIRONMENT);
 *       {@code System.getProperty("key"[, "default"])}, {@code Integer.getInteger}, {@code Long.getLong},
 *       {@code Boolean.getBoolean} (SYSTEM_PROPERTY); Spring {@code @Value("${key}")} (SPRING_VALUE). Only a single
 *       string literal is a key: a variable or a concatenation is skipped. A default is a second argument, a
 *       {@code ${key:default}}, a Kotlin/Groovy {@code ?:} right after the call, or {@code Boolean.getBoolean}
 *       itself (false when unset).
 *   <li>{@code application*.properties|yml|yaml} and {@code bootstrap*.properties|yml|yaml}: every {@code ${KEY}}
 *       and {@code ${KEY:default}} placeholder (PLACEHOLDER).
 * </ul>
 *
 * Test files are ignored. {@code //} and {@code #} line comments are skipped, as are lines that start a block comment
 * or continue one with {@code *}; a key inside a block comment that shares its line with code may still be recorded.
 * SpEL {@code #{...}} expressions are not keys, but a {@code ${...}} inside one is (Spring resolves it first).
 * {@code @ConfigurationProperties} classes are out of scope: their keys come from field names, not from text.
 * Standard JVM, operating system and Spring keys are ignored ({@link StandardKeys}).
 */
final class ConfigKeyDetector implements SourceDetector {
    /** The calls that read a key from their first argument, and what a default looks like for them. */
    private static final List<KeyCall> CALLS = List.of(
            new KeyCall("System.getenv(", ConfigKeySource.ENVIRONMENT, false),
            new KeyCall("System.getenv().get(", ConfigKeySource.ENVIRONMENT, false),
            new KeyCall("System.getenv().getOrDefault(", ConfigKeySource.ENVIRONMENT, false),
            new KeyCall("System.getProperty(", ConfigKeySource.SYSTEM_PROPERTY, false),
            new KeyCall("Integer.getInteger(", ConfigKeySource.SYSTEM_PROPERTY, false),
            new KeyCall("Long.getLong(", ConfigKeySource.SYSTEM_PROPERTY, false),
            new KeyCall("Boolean.getBoolean(", ConfigKeySource.SYSTEM_PROPERTY, true));

    private static final String VALUE_ANNOTATION = "@Value(";

    @Override
    public void line(SourceFile file, int number, String text, SourceFindings found) {
        if (file.test()) {
            return;
        }
        if (isCodeWithKeys(file)) {
            code(file, number, text, found);
        } else if (isSpringConfiguration(file)) {
            configuration(file, number, text, found);
        }
    }

    private static boolean isCodeWithKeys(SourceFile file) {
        return switch (file.extension()) {
            case "java", "kt", "groovy" -> true;
            default -> false;
        };
    }

    private static boolean isSpringConfiguration(SourceFile file) {
        String name = file.fileName().toLowerCase(Locale.ROOT);
        return (name.startsWith("application") || name.startsWith("bootstrap"))
                && (file.isProperties() || file.isYaml());
    }

    private static void code(SourceFile file, int number, String text, SourceFindings found) {
        String trimmed = text.strip();
        if (trimmed.startsWith("/*") || trimmed.startsWith("*")) {
            return; // a comment line
        }
        String line = text.substring(0, StringLiterals.codeEnd(text));
        Location location = new Location(file.display(), number);
        for (KeyCall call : CALLS) {
            for (int at = line.indexOf(call.prefix()); at >= 0; at = line.indexOf(call.prefix(), at + 1)) {
                if (at == 0 || !Character.isJavaIdentifierPart(line.charAt(at - 1))) {
                    call(line, at + call.prefix().length(), call, location, found);
                }
            }
        }
        for (int at = line.indexOf(VALUE_ANNOTATION); at >= 0; at = line.indexOf(VALUE_ANNOTATION, at + 1)) {
            valueAnnotation(line, at + VALUE_ANNOTATION.length(), location, found);
        }
    }

    /** {@code KEY")}, {@code "key", "default")} or {@code "key") ?: "default"} after the opening parenthesis. */
    private static void call(String line, int afterParenthesis, KeyCall call, Location location,
            SourceFindings found) {
        Literal key = StringLiterals.read(line, StringLiterals.skipSpace(line, afterParenthesis));
        if (key == null) {
            return; // no argument, or not a literal: a variable is not a key
        }
        int next = StringLiterals.skipSpace(line, key.end());
        if (next >= line.length()) {
            return;
        }
        boolean hasDefault;
        if (line.charAt(next) == ',') {
            hasDefault = true; // getProperty("k", "d"), getInteger("k", 5), getOrDefault("K", "d")
        } else if (line.charAt(next) == ')') {
            hasDefault = call.alwaysDefault() || line.startsWith("?:", StringLiterals.skipSpace(line, next + 1));
        } else {
            return; // "prefix." + name: not a literal key
        }
        record(key.value(), call.source(), location, hasDefault, found);
    }

    /** {@code "${key}")} or {@code value = "${key:default}")} after {@code @Value(}. */
    private static void valueAnnotation(String line, int afterParenthesis, Location location, SourceFindings found) {
        int at = StringLiterals.skipSpace(line, afterParenthesis);
        if (line.startsWith("value", at)) {
            at = StringLiterals.skipSpace(line, at + "value".length());
            if (at >= line.length() || line.charAt(at) != '=') {
                return;
            }
            at = StringLiterals.skipSpace(line, at + 1);
        }
        Literal value = StringLiterals.read(line, at);
        if (value == null) {
            return;
        }
        int next = StringLiterals.skipSpace(line, value.end());
        if (next < line.length() && line.charAt(next) == ')') {
            for (Placeholder placeholder : Placeholders.in(value.value())) {
                record(placeholder.key(), ConfigKeySource.SPRING_VALUE, location, placeholder.hasDefault(), found);
            }
        }
    }

    private static void configuration(SourceFile file, int number, String text, SourceFindings found) {
        String trimmed = text.strip();
        if (trimmed.startsWith("#") || (file.isProperties() && trimmed.startsWith("!"))) {
            return; // a comment line
        }
        Location location = new Location(file.display(), number);
        for (Placeholder placeholder : Placeholders.in(text)) {
            record(placeholder.key(), ConfigKeySource.PLACEHOLDER, location, placeholder.hasDefault(), found);
        }
    }

    private static void record(String key, ConfigKeySource source, Location location, boolean hasDefault,
            SourceFindings found) {
        if (StringLiterals.isKey(key) && !StandardKeys.isStandard(key)) {
            found.configKey(new ConfigKeyUse(key, source, location, hasDefault));
        }
    }

    /**
     * @param prefix the call up to its opening parenthesis
     * @param alwaysDefault whether the call has a default of its own (Boolean.getBoolean: false when unset)
     */
    private record KeyCall(String prefix, ConfigKeySource source, boolean alwaysDefault) {}
}
