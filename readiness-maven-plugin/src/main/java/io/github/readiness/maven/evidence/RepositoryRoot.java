package io.github.readiness.maven.evidence;

import java.io.File;
import java.nio.file.Path;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.project.MavenProject;

/**
 * Where a module's repository-level files (README, LICENSE, CI configuration, .env.example) are looked for, up to:
 * the highest of the reactor root (the top-level project) and Maven's multi-module project directory (the directory
 * holding {@code .mvn}, else where Maven was started) that contains the module. Never further: a project checked out
 * inside another repository must not borrow that repository's LICENSE.
 */
final class RepositoryRoot {
    private RepositoryRoot() {}

    static Path of(MavenSession session, MavenProject project) {
        Path module = normalize(project.getBasedir());
        Path root = module;
        MavenProject top = ReactorModules.root(session); // the reactor root even with -pl
        if (top != null && top.getBasedir() != null) {
            root = higher(root, normalize(top.getBasedir()), module);
        }
        File multiModule =
                session.getRequest() == null ? null : session.getRequest().getMultiModuleProjectDirectory();
        if (multiModule != null) {
            root = higher(root, normalize(multiModule), module);
        }
        return root;
    }

    /** {@code candidate} when it contains the module and lies above {@code current}, else {@code current}. */
    private static Path higher(Path current, Path candidate, Path module) {
        return module.startsWith(candidate) && current.startsWith(candidate) ? candidate : current;
    }

    private static Path normalize(File file) {
        return file.toPath().toAbsolutePath().normalize();
    }
}
