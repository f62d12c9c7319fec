package io.github.readiness.rules.evidence.repository;

import io.github.readiness.rules.evidence.PathDisplay;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the configuration keys a repository documents: the keys {@code .env.example} assigns and the keys the README
 * documents as configuration ({@link ReadmeKeys}). Both are scanned character by character (no regular expression on file content). Files over the size
 * limit are not read, with a note: a generated multi-megabyte README documents nothing a lookup could use.
 */
final class DocumentedKeysReader {
    private static final String EXPORT = "export";

    private final Path module;
    private final long maxBytes;
    private final List<String> notes;

    DocumentedKeysReader(Path module, long maxBytes, List<String> notes) {
        this.module = module;
        this.maxBytes = maxBytes;
        this.notes = notes;
    }

    /**
     * @param envExample the {@code .env.example} or {@code .env.sample} found, or null
     * @param readme the README found, or null
     */
    DocumentedKeys read(Path envExample, Path readme) {
        String envText = envExample == null ? null : text(envExample);
        String readmeText = readme == null ? null : text(readme);
        return new DocumentedKeys(
                envText == null ? null : PathDisplay.relative(module, envExample),
                envText == null ? Set.of() : envKeys(envText),
                readmeText == null ? null : PathDisplay.relative(module, readme),
                readmeText == null ? Set.of() : ReadmeKeys.documented(readmeText));
    }

    /** The file's text (malformed bytes replaced), or null with a note when it is too big or unreadable. */
    private String text(Path file) {
        String shown = PathDisplay.relative(module, file);
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                notes.add(shown + " is over " + maxBytes / (1024 * 1024) + " MB: not read for documented keys");
                return null;
            }
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            notes.add("could not read " + shown + " (" + DirectoryListing.reason(e) + ")");
            return null;
        }
    }

    /**
     * Keys of {@code KEY=value} and {@code export KEY=value} lines; a commented-out {@code # KEY=value} is a
     * documented optional key. Comment prose ({@code # see the README = docs}) has spaces in its "key": not a key.
     */
    static Set<String> envKeys(String text) {
        Set<String> keys = new TreeSet<>();
        for (String line : text.split("\n", -1)) {
            String key = envKey(line);
            if (key != null) {
                keys.add(key);
            }
        }
        return keys;
    }

    private static String envKey(String line) {
        int start = skip(line, 0, "\uFEFF \t#");
        if (line.startsWith(EXPORT, start)
                && start + EXPORT.length() < line.length()
                && isBlank(line.charAt(start + EXPORT.length()))) {
            start = skip(line, start + EXPORT.length(), " \t");
        }
        int equals = line.indexOf('=', start);
        if (equals < 0) {
            return null;
        }
        String key = line.substring(start, equals).strip();
        return isKey(key) ? key : null;
    }

    /** A key starts with a letter or {@code _} and goes on with letters, digits, {@code _ . -}. */
    private static boolean isKey(String key) {
        if (key.isEmpty() || !(Character.isLetter(key.charAt(0)) || key.charAt(0) == '_')) {
            return false;
        }
        for (int i = 1; i < key.length(); i++) {
            if (!isTokenChar(key.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isTokenChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-';
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    private static int skip(String line, int from, String characters) {
        int i = from;
        while (i < line.length() && characters.indexOf(line.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }
}
