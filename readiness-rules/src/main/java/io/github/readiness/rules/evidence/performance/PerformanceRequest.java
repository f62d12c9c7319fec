package io.github.readiness.rules.evidence.performance;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Where to look for performance results.
 *
 * @param baseDir the module's base directory; patterns and reports are relative to it
 * @param buildDirectory the module's build directory ({@code target})
 * @param patterns the configured {@code performanceReports} (files or globs); empty for each tool's default location
 * @param classesDirectory the module's compiled classes: results older than its newest class measured other code
 */
public record PerformanceRequest(Path baseDir, Path buildDirectory, List<String> patterns, Path classesDirectory) {
    public PerformanceRequest {
        Objects.requireNonNull(baseDir, "baseDir");
        Objects.requireNonNull(buildDirectory, "buildDirectory");
        patterns = patterns == null ? List.of() : List.copyOf(patterns);
    }
}
