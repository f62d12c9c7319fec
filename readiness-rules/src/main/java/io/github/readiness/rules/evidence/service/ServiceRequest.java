package io.github.readiness.rules.evidence.service;

import io.github.readiness.rules.evidence.build.DeclaredArtifact;
import io.github.readiness.rules.model.ProjectType;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What the front end knows about a module for the service rules.
 *
 * @param pomFile the POM, as the evidence table names it
 * @param plugins the effective build plugins
 * @param classpath the runtime class path (no test scope), direct dependencies first
 * @param configDirectories where the application configuration files are (the main resource directories)
 */
public record ServiceRequest(
        Path baseDir,
        String pomFile,
        String packaging,
        List<DeclaredArtifact> plugins,
        List<ClasspathArtifact> classpath,
        List<Path> configDirectories,
        ProjectType projectType) {
    public ServiceRequest {
        Objects.requireNonNull(baseDir, "baseDir");
        Objects.requireNonNull(pomFile, "pomFile");
        packaging = packaging == null ? "jar" : packaging;
        plugins = List.copyOf(plugins);
        classpath = List.copyOf(classpath);
        configDirectories = List.copyOf(configDirectories);
        Objects.requireNonNull(projectType, "projectType");
    }
}
