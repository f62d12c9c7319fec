package io.github.readiness.rules.policy;

import io.github.readiness.rules.evidence.source.SecretPattern;
import java.nio.file.FileSystems;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.PatternSyntaxException;

/**
 * Reviewed hardcoded secrets that do not gate: immutable and validated when built. Entry forms:
 * <ul>
 *   <li>{@code fingerprint:<12 hex>}: that secret wherever it appears (the fingerprint is in the finding's key);</li>
 *   <li>{@code <path glob>}: every secret in matching files ({@code src/main/resources/dev/**});</li>
 *   <li>{@code <path glob>#<patternId>}: one pattern in matching files
 *       ({@code **}{@code /*.yml#default-credential}).</li>
 * </ul>
 * Globs apply to the path as findings show it (relative to the module, forward slashes) with {@code *} (within a
 * directory), {@code **} (across directories; {@code **}{@code /} also matches no directory) and {@code ?}.
 */
public final class SecretAllowList {
    public static final SecretAllowList EMPTY = new SecretAllowList(List.of());
    private static final String FINGERPRINT = "fingerprint:";
    private static final int FINGERPRINT_LENGTH = 12;

    private final List<Entry> entries;

    private SecretAllowList(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** Validates every entry (duplicates are kept once); a bad one is a {@link PolicyException} naming it. */
    public static SecretAllowList of(List<String> entries) {
        List<Entry> parsed = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String text : entries) {
            Entry entry = parse(text);
            if (seen.add(entry.text())) {
                parsed.add(entry);
            }
        }
        return new SecretAllowList(parsed);
    }

    /** The entries as configured, in order. */
    public List<String> entries() {
        return entries.stream().map(Entry::text).toList();
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /**
     * The entries that allow a secret of this pattern and fingerprint in this file, in configuration order (empty when
     * none does).
     *
     * @param file the path as the finding shows it ({@code src/main/resources/application.properties})
     */
    public List<String> matching(String file, String patternId, String fingerprint) {
        List<String> matching = new ArrayList<>();
        for (Entry entry : entries) {
            if (entry.matches(file, patternId, fingerprint)) {
                matching.add(entry.text());
            }
        }
        return matching;
    }

    private static Entry parse(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new PolicyException("secretAllowList entry '" + (raw == null ? "" : raw) + "' is empty: use"
                    + " fingerprint:<12 hex>, <path glob> or <path glob>#<patternId>");
        }
        String text = raw.strip();
        if (text.startsWith(FINGERPRINT)) {
            String hex = text.substring(FINGERPRINT.length()).toLowerCase(Locale.ROOT);
            if (hex.length() != FINGERPRINT_LENGTH || !hex.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
                throw new PolicyException("secretAllowList entry '" + text + "': a fingerprint is " + FINGERPRINT_LENGTH
                        + " hexadecimal characters, as in the finding's key '<file> <fingerprint>'");
            }
            return new Entry(text, hex, null, null);
        }
        int hash = text.lastIndexOf('#');
        String glob = hash < 0 ? text : text.substring(0, hash).strip();
        String patternId = hash < 0 ? null : text.substring(hash + 1).strip();
        if (glob.isEmpty()) {
            throw new PolicyException("secretAllowList entry '" + text + "' has no path glob before '#': use **"
                    + text.substring(hash) + " for every file");
        }
        if (patternId != null && SecretPattern.byId(patternId).isEmpty()) {
            String nearest = Nearest.of(patternId, SecretPattern.ids());
            throw new PolicyException("secretAllowList entry '" + text + "' names unknown pattern id '" + patternId
                    + "'" + (nearest == null ? "" : "; did you mean '" + nearest + "'?") + " Valid pattern ids: "
                    + String.join(", ", SecretPattern.ids()));
        }
        return new Entry(text, null, matcher(text, glob), patternId);
    }

    private static PathMatcher matcher(String entry, String glob) {
        // "**/" is zero or more directories, as in Maven and Ant patterns; Java's glob needs at least one. Not inside
        // a user's {group}: groups do not nest.
        String pattern = glob.contains("{") ? glob : glob.replace("**/", "{**/,}");
        try {
            return FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        } catch (PatternSyntaxException e) {
            throw new PolicyException("secretAllowList entry '" + entry + "' is not a valid path glob: "
                    + e.getDescription() + " at index " + e.getIndex());
        }
    }

    /** One validated entry: a fingerprint, or a glob with an optional pattern id. */
    private record Entry(String text, String fingerprint, PathMatcher glob, String patternId) {
        boolean matches(String file, String secretPattern, String secretFingerprint) {
            if (fingerprint != null) {
                return fingerprint.equals(secretFingerprint);
            }
            return (patternId == null || patternId.equals(secretPattern)) && globMatches(file);
        }

        private boolean globMatches(String file) {
            try {
                return glob.matches(Path.of(file));
            } catch (InvalidPathException e) {
                return false; // a name this file system cannot hold cannot match
            }
        }
    }
}
