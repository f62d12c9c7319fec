package io.github.readiness.rules.evidence.repository;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The configuration keys a README documents as configuration, not every word that happens to equal one (petclinic's
 * README names {@code MYSQL_USER} in a {@code docker run -e MYSQL_USER=...} command: the container's variable, not a
 * documented key of the application). A key counts when it is written:
 *
 * <ul>
 *   <li>as an assignment at the start of a line, in prose or in a code block: {@code KEY=value},
 *       {@code export KEY=value}, {@code key: value} (a properties, .env or YAML snippet);
 *   <li>as a system property anywhere: {@code -Dkey=value} or {@code -Dkey};
 *   <li>in a table row: the first cell, or backticked in any cell;
 *   <li>as the first word of a list item ({@code - `KEY`: what it does}, {@code * **KEY** ...});
 *   <li>backticked in a prose line about configuration (one that says environment, variable, property, config,
 *       setting, option or set).
 * </ul>
 *
 * Scanned line by line, character by character (no regular expression on file content).
 */
final class ReadmeKeys {
    private static final List<String> CONFIGURATION_WORDS =
            List.of("environment", "variable", "propert", "config", "setting", "option", "set ", "set`", "export");

    private ReadmeKeys() {}

    static Set<String> documented(String text) {
        Set<String> keys = new TreeSet<>();
        boolean fenced = false;
        for (String line : text.split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.startsWith("```") || trimmed.startsWith("~~~")) {
                fenced = !fenced;
                continue;
            }
            assignment(trimmed, keys);
            systemProperties(line, keys);
            if (fenced) {
                continue;
            }
            if (trimmed.startsWith("|")) {
                int end = trimmed.indexOf('|', 1);
                addKeys(trimmed.substring(1, end < 0 ? trimmed.length() : end), keys);
                backticked(trimmed, keys);
            } else if (isListItem(trimmed)) {
                firstWord(trimmed.substring(trimmed.indexOf(' ') + 1), keys);
            }
            String lower = line.toLowerCase(Locale.ROOT);
            if (CONFIGURATION_WORDS.stream().anyMatch(lower::contains)) {
                backticked(line, keys);
            }
        }
        return keys;
    }

    /** {@code KEY=value}, {@code export KEY=value}, {@code key: value} at the start of the line. */
    private static void assignment(String trimmed, Set<String> keys) {
        String line = trimmed.startsWith("export ")
                ? trimmed.substring("export ".length()).strip()
                : trimmed;
        int end = keyEnd(line, 0);
        if (end > 0
                && end < line.length()
                && (line.charAt(end) == '='
                        || (line.charAt(end) == ':' && (end + 1 == line.length() || line.charAt(end + 1) == ' ')))) {
            add(line.substring(0, end), keys);
        }
    }

    /** {@code -Dkey=value} and {@code -Dkey} anywhere on the line. */
    private static void systemProperties(String line, Set<String> keys) {
        for (int at = line.indexOf("-D"); at >= 0; at = line.indexOf("-D", at + 2)) {
            if (at == 0 || line.charAt(at - 1) == ' ' || line.charAt(at - 1) == '`' || line.charAt(at - 1) == '"') {
                int end = keyEnd(line, at + 2);
                if (end > at + 2) {
                    add(line.substring(at + 2, end), keys);
                }
            }
        }
    }

    private static void backticked(String line, Set<String> keys) {
        for (int open = line.indexOf('`'); open >= 0; ) {
            int close = line.indexOf('`', open + 1);
            if (close < 0) {
                return;
            }
            String code = line.substring(open + 1, close).strip();
            if (code.startsWith("-D")) {
                code = code.substring(2);
            }
            int end = keyEnd(code, 0);
            if (end > 0 && (end == code.length() || code.charAt(end) == '=')) {
                add(code.substring(0, end), keys);
            }
            open = line.indexOf('`', close + 1);
        }
    }

    private static boolean isListItem(String trimmed) {
        if (trimmed.startsWith("- ") || trimmed.startsWith("* ") || trimmed.startsWith("+ ")) {
            return true;
        }
        int dot = trimmed.indexOf(". ");
        return dot > 0 && trimmed.substring(0, dot).chars().allMatch(Character::isDigit);
    }

    /** The item's first word, without backticks or bold marks around it. */
    private static void firstWord(String item, Set<String> keys) {
        int start = 0;
        while (start < item.length() && "`*_".indexOf(item.charAt(start)) >= 0) {
            start++;
        }
        int end = keyEnd(item, start);
        if (end > start) {
            add(item.substring(start, end), keys);
        }
    }

    /** Every key-like word of a table cell. */
    private static void addKeys(String cell, Set<String> keys) {
        for (String word : cell.replace('`', ' ').replace('*', ' ').strip().split(" ")) {
            if (keyEnd(word, 0) == word.length()) {
                add(word, keys);
            }
        }
    }

    private static int keyEnd(String text, int from) {
        int i = from;
        while (i < text.length() && isKeyChar(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** A key: starts with a letter or {@code _}, without trailing {@code .} or {@code -}. */
    private static void add(String word, Set<String> keys) {
        int end = word.length();
        while (end > 0 && (word.charAt(end - 1) == '.' || word.charAt(end - 1) == '-')) {
            end--;
        }
        if (end > 0 && (Character.isLetter(word.charAt(0)) || word.charAt(0) == '_')) {
            keys.add(word.substring(0, end));
        }
    }

    private static boolean isKeyChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-';
    }
}
