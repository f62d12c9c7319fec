package io.github.readiness.rules.evidence.build;

import io.github.readiness.rules.model.Location;
import java.util.Objects;

/**
 * A dependency or build plugin as the effective build model has it (after inheritance and management).
 *
 * @param kind what declares it
 * @param version the effective version text, null when there is none
 * @param versionKind how that version pins the artifact
 * @param location where the version (else the declaration) is written: the module POM or a parent POM, relative to
 *     the module base directory, with its line; null when the build tool does not know (e.g. Maven's own defaults)
 */
public record DeclaredArtifact(
        Kind kind, String groupId, String artifactId, String version, VersionKind versionKind, Location location) {

    /** What declares the artifact. */
    public enum Kind {
        DEPENDENCY,
        PLUGIN,
        EXTENSION
    }

    public DeclaredArtifact {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(groupId, "groupId");
        Objects.requireNonNull(artifactId, "artifactId");
        Objects.requireNonNull(versionKind, "versionKind");
    }

    /** {@code groupId:artifactId}. */
    public String coordinates() {
        return groupId + ":" + artifactId;
    }
}
