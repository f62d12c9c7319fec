package io.github.readiness.rules.evidence.source;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Where one module's source scan looks.
 *
 * @param baseDir the module base directory; findings show paths relative to it
 * @param buildDirectory the build output directory: roots inside it (generated sources) are not scanned, their
 *     problems are the generator's
 * @param mainRoots main source and resource directories (missing ones are ignored)
 * @param testRoots test source and resource directories to scan for secrets; empty unless policy asks for it
 * @param maxFileBytes files larger than this are skipped with a note
 */
public record SourceRequest(
        Path baseDir, Path buildDirectory, List<Path> mainRoots, List<Path> testRoots, long maxFileBytes) {
    /** The default size limit: 1 MiB (source files are far smaller; bigger text files are data). */
    public static final long DEFAULT_MAX_FILE_BYTES = 1024 * 1024;

    public SourceRequest {
        Objects.requireNonNull(baseDir, "baseDir");
        Objects.requireNonNull(buildDirectory, "buildDirectory");
        mainRoots = List.copyOf(mainRoots);
        testRoots = List.copyOf(testRoots);
        if (maxFileBytes <= 0) {
            throw new IllegalArgumentException("maxFileBytes must be > 0: " + maxFileBytes);
        }
    }
}
