package io.github.readiness.rules.evidence.build;

import io.github.readiness.rules.model.Location;
import java.util.Objects;

/**
 * A dependency, parent POM or build plugin as the effective build model has it (after inheritance and management).
 *
 * @param kind what declares it
 * @param version the effective version text, null when there is none
 * @param versionKind how that version pins the artifact
 * @param location where the version (else the declaration) is written: the module POM or a parent POM, relative to
 *     the module base directory, with its line; null when the build tool does not know (e.g. Maven's own defaults).
 *     For a transitive dependency: where the direct dependency that pulls it in is declared
 * @param via for a transitive dependency, the direct dependency ({@code groupId:artifactId}) that pulls it in; null
 *     for everything the project declares itself
 */
public record DeclaredArtifact(
        Kind kind,
        String groupId,
        String artifactId,
        String version,
        VersionKind versionKind,
        Location location,
        String via) {

    /** What declares the artifact. */
    public enum Kind {
        DEPENDENCY,
        /** The parent POM, whose version the project names in {@code <parent>}. */
        PARENT,
        PLUGIN,
        EXTENSION
    }

    public DeclaredArtifact {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(groupId, "groupId");
        Objects.requireNonNull(artifactId, "artifactId");
        Objects.requireNonNull(versionKind, "versionKind");
    }

    /** Something the project declares itself (not a transitive dependency). */
    public DeclaredArtifact(
            Kind kind, String groupId, String artifactId, String version, VersionKind versionKind, Location location) {
        this(kind, groupId, artifactId, version, versionKind, location, null);
    }

    /** {@code groupId:artifactId}. */
    public String coordinates() {
        return groupId + ":" + artifactId;
    }
}
