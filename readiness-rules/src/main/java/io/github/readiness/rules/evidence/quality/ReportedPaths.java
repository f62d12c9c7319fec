package io.github.readiness.rules.evidence.quality;

import io.github.readiness.rules.evidence.PathDisplay;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/**
 * Source paths as the reports write them, shown relative to the module base directory when they point inside it.
 * Anything else is kept exactly as written: a report from another machine ({@code /Users/james/...}) or another OS
 * ({@code C:\DEV\...} read on Linux) names files that are not here, and rewriting them would only hide that.
 */
public final class ReportedPaths {
    private final Path baseDir;

    private ReportedPaths(Path baseDir) {
        this.baseDir = baseDir == null ? null : baseDir.toAbsolutePath().normalize();
    }

    /** Paths relative to {@code baseDir} when they are absolute paths inside it. */
    public static ReportedPaths relativeTo(Path baseDir) {
        return new ReportedPaths(baseDir);
    }

    /** Every path kept as written (for a report read without a project). */
    public static ReportedPaths asWritten() {
        return new ReportedPaths(null);
    }

    /**
     * {@code written} relative to the base directory with forward slashes when it is an absolute path inside it;
     * otherwise unchanged.
     */
    public String shown(String written) {
        Path inside = insideBase(written);
        return inside == null ? written : PathDisplay.relative(baseDir, inside);
    }

    /**
     * A SpotBugs {@code sourcepath} (relative to a source root, {@code com/x/Y.java}) as a path in the module
     * ({@code src/main/java/com/x/Y.java}): the first of the report's source directories inside the base directory
     * that holds the file; the sourcepath as written when none does.
     */
    public String underSourceDirs(List<String> sourceDirs, String sourcePath) {
        for (String sourceDir : sourceDirs) {
            Path root = insideBase(sourceDir);
            if (root != null) {
                try {
                    Path file = root.resolve(sourcePath).normalize();
                    if (file.startsWith(root) && Files.isRegularFile(file)) {
                        return PathDisplay.relative(baseDir, file);
                    }
                } catch (InvalidPathException e) {
                    return sourcePath; // not a path on this OS: keep what the report says
                }
            }
        }
        return sourcePath;
    }

    /** The absolute, normalized path {@code written} names when it lies inside the base directory, else null. */
    private Path insideBase(String written) {
        if (baseDir == null || written == null || written.isEmpty()) {
            return null;
        }
        try {
            Path path = Path.of(written);
            if (!path.isAbsolute()) {
                return null;
            }
            Path normalized = path.normalize();
            return normalized.startsWith(baseDir) ? normalized : null;
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
