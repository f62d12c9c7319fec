package io.github.readiness.rules.evidence.service;

import io.github.readiness.rules.model.Location;
import java.util.Objects;

/**
 * An artifact on the runtime class path of a module (test-scoped ones are left out), as the build tool resolved it.
 *
 * @param scope {@code compile}, {@code runtime}, {@code provided}, ...
 * @param direct whether the project declares it itself (else a dependency pulls it in)
 * @param location where the project declares it, or declares the direct dependency that pulls it in; null when
 *     unknown
 * @param version the resolved version, null when unknown
 */
public record ClasspathArtifact(
        String groupId, String artifactId, String scope, boolean direct, Location location, String version) {
    public ClasspathArtifact {
        Objects.requireNonNull(groupId, "groupId");
        Objects.requireNonNull(artifactId, "artifactId");
        scope = scope == null ? "compile" : scope;
    }

    /** Without a known version. */
    public ClasspathArtifact(String groupId, String artifactId, String scope, boolean direct, Location location) {
        this(groupId, artifactId, scope, direct, location, null);
    }

    /** {@code groupId:artifactId}. */
    public String coordinates() {
        return groupId + ":" + artifactId;
    }

    /**
     * Whether it matches {@code groupId:artifactId}, where either part may end in {@code *} (a prefix):
     * {@code io.micrometer:micrometer-registry-*}, {@code org.springframework.security:*}.
     */
    public boolean matches(String pattern) {
        int colon = pattern.indexOf(':');
        return part(groupId, pattern.substring(0, colon)) && part(artifactId, pattern.substring(colon + 1));
    }

    private static boolean part(String value, String pattern) {
        return pattern.endsWith("*")
                ? value.startsWith(pattern.substring(0, pattern.length() - 1))
                : value.equals(pattern);
    }

    /** {@code org.flywaydb:flyway-core (pom.xml:41)}, or with {@code via the dependency at pom.xml:41}. */
    public String shown() {
        if (location == null) {
            return coordinates();
        }
        return coordinates() + (direct ? " (" + location + ")" : " (through the dependency at " + location + ")");
    }
}
