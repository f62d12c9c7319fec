package io.github.readiness.rules.evidence;

import java.nio.file.Path;

/** Paths as reports show them: relative to the project base directory, forward slashes, same on every OS. */
public final class PathDisplay {
    private PathDisplay() {}

    /**
     * {@code path} relative to {@code baseDir} ({@code ../target/x} for the reactor root's files, so reports do not
     * depend on where the project is checked out), absolute only on another root (a Windows drive); always '/'.
     */
    public static String relative(Path baseDir, Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path base = baseDir.toAbsolutePath().normalize();
        Path shown = base.getRoot() != null && base.getRoot().equals(absolute.getRoot())
                ? base.relativize(absolute)
                : absolute;
        String text = shown.toString().replace('\\', '/');
        return text.isEmpty() ? "." : text;
    }
}
