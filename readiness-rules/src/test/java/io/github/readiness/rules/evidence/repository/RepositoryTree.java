package io.github.readiness.rules.evidence.repository;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Builds repository trees in a temporary directory. */
final class RepositoryTree {
    private RepositoryTree() {}

    /** Writes {@code text} to {@code file}, creating its directories. */
    static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }
}
