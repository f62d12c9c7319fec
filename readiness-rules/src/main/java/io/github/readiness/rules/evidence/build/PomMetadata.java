package io.github.readiness.rules.evidence.build;

import java.util.List;
import java.util.Map;

/**
 * The descriptive part of the effective POM (inherited values count: a parent's licence covers its modules).
 * Blank values are null.
 *
 * @param licenses the names (else URLs) of the declared licences
 * @param scm the SCM connection or URL, null without {@code <scm>}
 * @param issueManagement the issue tracker URL or system, null without {@code <issueManagement>}
 * @param inheritedFromOutside for each element ({@code description}, {@code url}...) whose value comes from a parent
 *     outside the project (not in the reactor, another groupId), that parent's model id: such a value describes
 *     the parent, not this project
 */
public record PomMetadata(
        String name,
        String description,
        String url,
        List<String> licenses,
        String scm,
        String issueManagement,
        Map<String, String> inheritedFromOutside) {
    public PomMetadata {
        licenses = List.copyOf(licenses);
        inheritedFromOutside = Map.copyOf(inheritedFromOutside);
    }

    /** Metadata of the project itself or of parents within it. */
    public PomMetadata(
            String name, String description, String url, List<String> licenses, String scm, String issueManagement) {
        this(name, description, url, licenses, scm, issueManagement, Map.of());
    }
}
