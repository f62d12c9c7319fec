package io.github.readiness.rules.evidence.service;

import io.github.readiness.rules.evidence.ProjectEvidence;
import io.github.readiness.rules.model.ProjectType;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the service rules judge: whether the module is a service (detected, or set by the policy's
 * {@code projectType}), its frameworks, its runtime class path and its application configuration.
 *
 * @param projectType the policy's setting; {@link ProjectType#AUTO} follows the detection
 * @param detected what the build says, whatever the policy decided
 * @param classpath the runtime class path (no test scope), direct dependencies first
 * @param deployment Dockerfiles, image builds, manifests, API contracts (empty for a library: not read)
 * @param migrations Flyway and Liquibase scripts and their unsafe statements (empty for a library)
 */
public record ServiceEvidence(
        ProjectType projectType,
        ServiceDetection detected,
        List<ClasspathArtifact> classpath,
        ApplicationConfig config,
        DeploymentFiles deployment,
        Migrations migrations) {
    public ServiceEvidence {
        Objects.requireNonNull(projectType, "projectType");
        Objects.requireNonNull(detected, "detected");
        classpath = List.copyOf(classpath);
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(deployment, "deployment");
        Objects.requireNonNull(migrations, "migrations");
    }

    /** Without migration scripts. */
    public ServiceEvidence(
            ProjectType projectType,
            ServiceDetection detected,
            List<ClasspathArtifact> classpath,
            ApplicationConfig config,
            DeploymentFiles deployment) {
        this(projectType, detected, classpath, config, deployment, Migrations.NONE);
    }

    /** Without deployment files. */
    public ServiceEvidence(
            ProjectType projectType,
            ServiceDetection detected,
            List<ClasspathArtifact> classpath,
            ApplicationConfig config) {
        this(projectType, detected, classpath, config, DeploymentFiles.NONE, Migrations.NONE);
    }

    /** Whether the service rules apply. */
    public boolean isService() {
        return projectType == ProjectType.AUTO ? detected.service() : projectType == ProjectType.SERVICE;
    }

    /** The service evidence of a service; empty for a library or when it was not collected (the rules are N/A). */
    public static Optional<ServiceEvidence> of(ProjectEvidence evidence) {
        if (!evidence.service().isRead() || !evidence.service().value().isService()) {
            return Optional.empty();
        }
        return Optional.of(evidence.service().value());
    }

    public boolean uses(Framework framework) {
        return detected.frameworks().contains(framework);
    }

    /** The first class path artifact matching one of the patterns ({@link ClasspathArtifact#matches}). */
    public Optional<ClasspathArtifact> find(String... patterns) {
        for (ClasspathArtifact artifact : classpath) {
            for (String pattern : patterns) {
                if (artifact.matches(pattern)) {
                    return Optional.of(artifact);
                }
            }
        }
        return Optional.empty();
    }

    /** The kind as the evidence table shows it: the detection, and the policy's override when there is one. */
    public String describe() {
        String frameworks = detected.frameworks().isEmpty()
                ? ""
                : " ["
                        + String.join(
                                ", ",
                                detected.frameworks().stream()
                                        .sorted()
                                        .map(Framework::displayName)
                                        .toList())
                        + "]";
        String kind = detected.reason() + frameworks;
        if (projectType == ProjectType.AUTO) {
            return kind;
        }
        return (isService() ? "service" : "library") + " (policy projectType " + projectType.id() + "; detected " + kind
                + ")";
    }
}
