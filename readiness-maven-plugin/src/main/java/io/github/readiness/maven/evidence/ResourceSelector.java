package io.github.readiness.maven.evidence;

import io.github.readiness.rules.evidence.source.PathSelector;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.codehaus.plexus.util.AbstractScanner;
import org.codehaus.plexus.util.MatchPatterns;

/**
 * A resource's files as maven-resources-plugin copies them: plexus-utils' {@link MatchPatterns} (the matcher of its
 * DirectoryScanner), patterns trimmed and with a trailing separator meaning {@code **} below it, includes {@code **}
 * when none are given, and DirectoryScanner's default excludes ({@code **}{@code /.git/**}, {@code **}{@code
 * /.svn/**}, editor backups...) added, as the resources plugin does by default. Matching is case-sensitive.
 */
final class ResourceSelector implements PathSelector {
    private static final String ALL = "**";
    /** What the resources plugin includes when a resource names no include. */
    private static final String DEFAULT_INCLUDE = "**/**";

    private final MatchPatterns includes;
    private final MatchPatterns excludes;
    private final String description;

    private ResourceSelector(List<String> includes, List<String> excludes, String description) {
        this.includes = MatchPatterns.from(includes);
        this.excludes = MatchPatterns.from(excludes);
        this.description = description;
    }

    /** Every file (with the default excludes) when neither list has a pattern, else exactly what they select. */
    static PathSelector of(List<String> includes, List<String> excludes) {
        List<String> include = normalize(includes);
        List<String> exclude = normalize(excludes);
        List<String> shown = new ArrayList<>();
        if (!include.isEmpty()) {
            shown.add("includes " + String.join(", ", shownPatterns(includes)));
        }
        if (!exclude.isEmpty()) {
            shown.add("excludes " + String.join(", ", shownPatterns(excludes)));
        }
        if (include.isEmpty()) {
            include.add(DEFAULT_INCLUDE);
        }
        exclude.addAll(List.of(AbstractScanner.DEFAULTEXCLUDES));
        return new ResourceSelector(include, exclude, String.join("; ", shown));
    }

    @Override
    public boolean selects(String relativeFile) {
        String path = toNative(relativeFile);
        return includes.matches(path, true) && !excludes.matches(path, true);
    }

    @Override
    public boolean mayHoldSelected(String relativeDirectory) {
        return includes.matchesPatternStart(toNative(relativeDirectory), true);
    }

    @Override
    public String description() {
        return description;
    }

    /** As AbstractScanner.normalizePattern: trimmed, native separators, a trailing separator meaning all below. */
    private static List<String> normalize(List<String> patterns) {
        List<String> normalized = new ArrayList<>();
        for (String pattern : patterns == null ? List.<String>of() : patterns) {
            String p = pattern == null ? "" : toNative(pattern.trim());
            if (p.isEmpty()) {
                continue;
            }
            normalized.add(p.endsWith(File.separator) ? p + ALL : p);
        }
        return normalized;
    }

    private static List<String> shownPatterns(List<String> patterns) {
        return patterns.stream()
                .filter(p -> p != null && !p.isBlank())
                .map(String::trim)
                .toList();
    }

    private static String toNative(String path) {
        return path.replace('/', File.separatorChar).replace('\\', File.separatorChar);
    }
}
