package io.github.readiness.rules.evidence.source;

import io.github.readiness.rules.evidence.source.Placeholders.Placeholder;
import io.github.readiness.rules.evidence.source.StringLiterals.Literal;
import io.github.readiness.rules.model.Location;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the configuration keys main code and Spring configuration files read, for the configuration rules.
 *
 * <ul>
 *   <li>{@code .java}, {@code .kt}, {@code .groovy}: {@code System.getenv("KEY")} and
 *       {@code System.getenv().get("KEY")} / {@code .getOrDefault("KEY", d)} (ENVIRONMENT);
 *       {@code System.getProperty("key"[, "default"])}, {@code Integer.getInteger}, {@code Long.getLong},
 *       {@code Boolean.getBoolean} (SYSTEM_PROPERTY); Spring {@code @Value("${key}")} (SPRING_VALUE). The key is a
 *       single string literal, or the name of a compile-time constant declared in the same file ({@code static
 *       final String FTP_SYSTEM_TYPE = "org.apache.commons.net.ftp.systemType";}, Kotlin {@code const val}), before
 *       or after its use; other variables and concatenations are skipped. A default is a second argument, a
 *       {@code ${key:default}}, a Kotlin/Groovy {@code ?:} right after the call, or {@code Boolean.getBoolean}
 *       itself (false when unset).
 *   <li>{@code application*.properties|yml|yaml} and {@code bootstrap*.properties|yml|yaml}: every {@code ${KEY}}
 *       and {@code ${KEY:default}} placeholder (PLACEHOLDER).
 * </ul>
 *
 * Test files are ignored (the scan reads test roots for secrets only). {@code //} and {@code #} line comments are skipped, as are lines that start a block comment
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
    private static final List<String> CONSTANT_MARKERS =
            List.of("static final String ", "final static String ", "const val ");

    /** The String constants of the current file, by name. */
    private final Map<String, String> constants = new HashMap<>();
    /** Calls of the current file whose key is a name, resolved at the end of the file. */
    private final List<NamedKey> named = new ArrayList<>();
    /** The uses of the current file, recorded in line order at its end. */
    private final List<ConfigKeyUse> uses = new ArrayList<>();

    @Override
    public void line(SourceFile file, int number, String text, SourceFindings found) {
        if (file.test()) {
            return;
        }
        if (isCodeWithKeys(file)) {
            code(file, number, text);
        } else if (isSpringConfiguration(file)) {
            configuration(file, number, text);
        }
    }

    @Override
    public void fileEnd(SourceFile file, SourceFindings found) {
        for (NamedKey key : named) {
            String value = constants.get(key.name());
            if (value != null) {
                record(value, key.source(), key.location(), key.hasDefault());
            }
        }
        uses.sort(Comparator.comparingInt(use -> use.location().line()));
        uses.forEach(found::configKey);
        constants.clear();
        named.clear();
        uses.clear();
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

    private void code(SourceFile file, int number, String text) {
        String trimmed = text.strip();
        if (trimmed.startsWith("/*") || trimmed.startsWith("*")) {
            return; // a comment line
        }
        String line = text.substring(0, StringLiterals.codeEnd(text));
        constant(line);
        Location location = new Location(file.display(), number);
        for (KeyCall call : CALLS) {
            for (int at = line.indexOf(call.prefix()); at >= 0; at = line.indexOf(call.prefix(), at + 1)) {
                if (at == 0 || !Character.isJavaIdentifierPart(line.charAt(at - 1))) {
                    call(line, at + call.prefix().length(), call, location);
                }
            }
        }
        for (int at = line.indexOf(VALUE_ANNOTATION); at >= 0; at = line.indexOf(VALUE_ANNOTATION, at + 1)) {
            valueAnnotation(line, at + VALUE_ANNOTATION.length(), location);
        }
    }

    /** {@code KEY")}, {@code "key", "default")} or {@code "key") ?: "default"} after the opening parenthesis. */
    private void call(String line, int afterParenthesis, KeyCall call, Location location) {
        int start = StringLiterals.skipSpace(line, afterParenthesis);
        Literal key = StringLiterals.read(line, start);
        String name = null;
        int keyEnd;
        if (key != null) {
            keyEnd = key.end();
        } else {
            keyEnd = nameEnd(line, start);
            if (keyEnd == start) {
                return; // no argument, or an expression: not a key
            }
            String path = line.substring(start, keyEnd);
            name = path.substring(path.lastIndexOf('.') + 1); // FTPClient.FTP_SYSTEM_TYPE: the constant's name
        }
        int next = StringLiterals.skipSpace(line, keyEnd);
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
        if (name == null) {
            record(key.value(), call.source(), location, hasDefault);
        } else {
            named.add(new NamedKey(name, call.source(), location, hasDefault));
        }
    }

    /** The end of a (qualified) Java name starting at {@code start}, or {@code start} when none starts there. */
    private static int nameEnd(String line, int start) {
        if (start >= line.length() || !Character.isJavaIdentifierStart(line.charAt(start))) {
            return start;
        }
        int end = start + 1;
        while (end < line.length() && (Character.isJavaIdentifierPart(line.charAt(end)) || line.charAt(end) == '.')) {
            end++;
        }
        return line.charAt(end - 1) == '.' ? start : end;
    }

    /** {@code static final String NAME = "value";} (or {@code const val NAME = "value"}): remembered for the file. */
    private void constant(String line) {
        for (String marker : CONSTANT_MARKERS) {
            int at = line.indexOf(marker);
            if (at < 0) {
                continue;
            }
            int nameStart = StringLiterals.skipSpace(line, at + marker.length());
            int nameEnd = nameStart;
            while (nameEnd < line.length() && Character.isJavaIdentifierPart(line.charAt(nameEnd))) {
                nameEnd++;
            }
            int equals = StringLiterals.skipSpace(line, nameEnd);
            if (nameEnd == nameStart || equals >= line.length() || line.charAt(equals) != '=') {
                return;
            }
            Literal value = StringLiterals.read(line, StringLiterals.skipSpace(line, equals + 1));
            int after = value == null ? -1 : StringLiterals.skipSpace(line, value.end());
            if (value != null && (after == line.length() || line.charAt(after) == ';')) {
                constants.put(line.substring(nameStart, nameEnd), value.value());
            }
            return;
        }
    }

    /** {@code "${key}")} or {@code value = "${key:default}")} after {@code @Value(}. */
    private void valueAnnotation(String line, int afterParenthesis, Location location) {
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
                record(placeholder.key(), ConfigKeySource.SPRING_VALUE, location, placeholder.hasDefault());
            }
        }
    }

    private void configuration(SourceFile file, int number, String text) {
        String trimmed = text.strip();
        if (trimmed.startsWith("#") || (file.isProperties() && trimmed.startsWith("!"))) {
            return; // a comment line
        }
        Location location = new Location(file.display(), number);
        for (Placeholder placeholder : Placeholders.in(text)) {
            record(placeholder.key(), ConfigKeySource.PLACEHOLDER, location, placeholder.hasDefault());
        }
    }

    private void record(String key, ConfigKeySource source, Location location, boolean hasDefault) {
        if (StringLiterals.isKey(key) && !StandardKeys.isStandard(key)) {
            uses.add(new ConfigKeyUse(key, source, location, hasDefault));
        }
    }

    /** A call whose key is the constant {@code name}, to resolve once the whole file is read. */
    private record NamedKey(String name, ConfigKeySource source, Location location, boolean hasDefault) {}

    /**
     * @param prefix the call up to its opening parenthesis
     * @param alwaysDefault whether the call has a default of its own (Boolean.getBoolean: false when unset)
     */
    private record KeyCall(String prefix, ConfigKeySource source, boolean alwaysDefault) {}
}
