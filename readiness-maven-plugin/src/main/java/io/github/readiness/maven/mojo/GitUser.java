package io.github.readiness.maven.mojo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** {@code git config user.name} of a repository, when git is installed and the name is set. */
final class GitUser {
    private GitUser() {}

    /** The name, or null when git is missing, fails, takes over 10 s or has no name set. */
    static String name(Path directory) {
        try {
            Process git = new ProcessBuilder("git", "config", "user.name")
                    .directory(directory.toFile())
                    .redirectErrorStream(true)
                    .start();
            String out;
            try (InputStream in = git.getInputStream()) {
                out = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            }
            if (!git.waitFor(10, TimeUnit.SECONDS)) {
                git.destroyForcibly();
                return null;
            }
            return git.exitValue() == 0 && !out.isEmpty() && !out.contains("\n") ? out : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
