package io.github.readiness.rules.evidence.source;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One directory the source scan reads, and which of its files.
 *
 * @param directory the root, absolute or relative to the module base directory (a missing one is ignored)
 * @param test whether it is a test source or resource root (scanned for secrets only, and only when asked)
 * @param selector the files of the root that belong to the build ({@link PathSelector#ALL} for a source root)
 */
public record SourceRoot(Path directory, boolean test, PathSelector selector) {
    public SourceRoot {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(selector, "selector");
    }

    /** Every file of a main root. */
    public static SourceRoot main(Path directory) {
        return new SourceRoot(directory, false, PathSelector.ALL);
    }

    /** Every file of a test root. */
    public static SourceRoot test(Path directory) {
        return new SourceRoot(directory, true, PathSelector.ALL);
    }
}
