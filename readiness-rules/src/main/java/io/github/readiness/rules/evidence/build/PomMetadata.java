package io.github.readiness.rules.evidence.build;

import java.util.List;

/**
 * The descriptive part of the effective POM (inherited values count: a parent's licence covers its modules).
 * Blank values are null.
 *
 * @param licenses the names (else URLs) of the declared licences
 * @param scm the SCM connection or URL, null without {@code <scm>}
 * @param issueManagement the issue tracker URL or system, null without {@code <issueManagement>}
 */
public record PomMetadata(
        String name, String description, String url, List<String> licenses, String scm, String issueManagement) {
    public PomMetadata {
        licenses = List.copyOf(licenses);
    }
}
