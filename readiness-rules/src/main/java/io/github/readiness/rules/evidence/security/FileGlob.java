package io.github.readiness.rules.evidence.security;

import io.github.readiness.rules.evidence.EvidenceException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.stream.Stream;

/**
 * Expands a configured path that may hold glob characters ({@code target/*.sarif}, {@code reports/**}/{@code
 * *.sarif}) relative to a base directory. Only the directory before the first glob character is walked, and only as
 * deep as the pattern reaches ({@code **} excepted), so a pattern never scans more of the disk than it names.
 */
public final class FileGlob {
    private FileGlob() {}

    public static boolean isGlob(String pattern) {
        return pattern.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
    }

    /** Regular files matching the pattern, sorted; a plain path gives itself when it is a file. */
    public static List<Path> expand(Path baseDir, String pattern) throws EvidenceException {
        String normalized = pattern.replace('\\', '/');
        Path whole = baseDir.resolve(normalized).normalize();
        if (!isGlob(normalized)) {
            return Files.isRegularFile(whole) ? List.of(whole) : List.of();
        }
        int firstGlob = firstGlobIndex(normalized);
        int cut = normalized.lastIndexOf('/', firstGlob);
        Path root = baseDir.resolve(cut < 0 ? "" : normalized.substring(0, cut)).normalize();
        String rest = normalized.substring(cut + 1);
        int depth = rest.contains("**")
                ? Integer.MAX_VALUE
                : (int) rest.chars().filter(c -> c == '/').count() + 1;
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        // "**/" is zero or more directories, as in Maven and Ant patterns ("reports/**/*.sarif" takes
        // reports/x.sarif); Java's glob needs at least one. Not inside a user's {group}: groups do not nest.
        String glob = rest.contains("{") ? rest : rest.replace("**/", "{**/,}");
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
        try (Stream<Path> files = Files.walk(root, depth)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> matcher.matches(root.relativize(file)))
                    .sorted()
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            throw new EvidenceException(
                    root,
                    "could not be listed for '" + pattern + "' (" + e.getMessage()
                            + "): check the directory's permissions");
        }
    }

    private static int firstGlobIndex(String pattern) {
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '*' || c == '?' || c == '[' || c == '{') {
                return i;
            }
        }
        return -1;
    }
}
