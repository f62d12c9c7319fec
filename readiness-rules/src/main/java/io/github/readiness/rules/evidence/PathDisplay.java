package io.github.readiness.rules.evidence;

import java.nio.file.Path;

/** Paths as reports show them: relative to the project base directory, forward slashes, same on every OS. */
public final class PathDisplay {
    private PathDisplay() {}

    /** {@code path} relative to {@code baseDir} when inside it, else absolute; always with '/'. */
    public static String relative(Path baseDir, Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path base = baseDir.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(base) ? base.relativize(absolute) : absolute;
        String text = shown.toString().replace('\\', '/');
        return text.isEmpty() ? "." : text;
    }
}
