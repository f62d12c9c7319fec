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
 * @param imageBuild an image build without a Dockerfile (Jib, buildpacks), null when none
 */
public record ServiceRequest(
        Path baseDir,
        String pomFile,
        String packaging,
        List<DeclaredArtifact> plugins,
        List<ClasspathArtifact> classpath,
        List<Path> configDirectories,
        ProjectType projectType,
        ImageBuild imageBuild) {
    public ServiceRequest {
        Objects.requireNonNull(baseDir, "baseDir");
        Objects.requireNonNull(pomFile, "pomFile");
        packaging = packaging == null ? "jar" : packaging;
        plugins = List.copyOf(plugins);
        classpath = List.copyOf(classpath);
        configDirectories = List.copyOf(configDirectories);
        Objects.requireNonNull(projectType, "projectType");
    }

    /** Without an image build. */
    public ServiceRequest(
            Path baseDir,
            String pomFile,
            String packaging,
            List<DeclaredArtifact> plugins,
            List<ClasspathArtifact> classpath,
            List<Path> configDirectories,
            ProjectType projectType) {
        this(baseDir, pomFile, packaging, plugins, classpath, configDirectories, projectType, null);
    }
}
