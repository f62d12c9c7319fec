package io.github.readiness.rules.model;

import java.util.Objects;

/**
 * Where a finding points: a file relative to the project base directory (forward slashes), and a line when
 * known (0 = unknown).
 */
public record Location(String file, int line) {
    public Location {
        Objects.requireNonNull(file, "file");
        if (line < 0) {
            throw new IllegalArgumentException("line must be >= 0: " + line);
        }
    }

    public static Location of(String file) {
        return new Location(file, 0);
    }

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line : file;
    }
}
