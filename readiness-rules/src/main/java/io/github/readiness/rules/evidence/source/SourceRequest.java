package io.github.readiness.rules.evidence.source;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Where one module's source scan looks. Wherever the roots point, the walk never enters the build directory, a
 * version control directory ({@code .git}, {@code .svn}, {@code .hg}) or another module's directory.
 *
 * @param baseDir the module base directory; findings show paths relative to it
 * @param buildDirectory the build output directory: never scanned (generated sources are the generator's problem)
 * @param roots main roots, then test roots when policy asks for them (secrets only)
 * @param otherModules directories of other modules (a reactor's child modules) the walk must not enter
 * @param maxLineLength longer lines are read in pieces of this many characters, so one huge line cannot exhaust
 *     the heap (files of any size are read as a stream)
 */
public record SourceRequest(
        Path baseDir, Path buildDirectory, List<SourceRoot> roots, List<Path> otherModules, int maxLineLength) {
    /** The default piece length of very long lines: 1 Mi characters (a minified bundle, a data blob). */
    public static final int DEFAULT_MAX_LINE_LENGTH = 1024 * 1024;

    public SourceRequest {
        Objects.requireNonNull(baseDir, "baseDir");
        Objects.requireNonNull(buildDirectory, "buildDirectory");
        roots = List.copyOf(roots);
        otherModules = List.copyOf(otherModules);
        if (maxLineLength <= 0) {
            throw new IllegalArgumentException("maxLineLength must be > 0: " + maxLineLength);
        }
    }

    /** Every file of the given main and test roots, no other module, the default line length. */
    public static SourceRequest of(Path baseDir, Path buildDirectory, List<Path> mainRoots, List<Path> testRoots) {
        List<SourceRoot> roots = new ArrayList<>();
        mainRoots.forEach(root -> roots.add(SourceRoot.main(root)));
        testRoots.forEach(root -> roots.add(SourceRoot.test(root)));
        return new SourceRequest(baseDir, buildDirectory, roots, List.of(), DEFAULT_MAX_LINE_LENGTH);
    }
}
