package io.github.readiness.rules.evidence.build;

import java.util.List;
import java.util.Objects;

/**
 * What the build-release and documentation rules need from the effective build model, converted by the front end
 * (the Maven plugin reads MavenProject) so the engine stays free of any build tool's API.
 *
 * @param pomFile the module's POM, relative to the module base directory ({@code pom.xml})
 * @param version the module's version
 * @param release whether the version is a release (not a SNAPSHOT), by the build tool's own rule
 * @param packaging {@code jar}, {@code pom}, ...
 * @param dependencies the parent POM (kind PARENT) when there is one, then the effective dependencies (all scopes) in
 *     declaration order, then the transitive SNAPSHOT dependencies when the front end resolved the graph (with
 *     {@link DeclaredArtifact#via()}); transitive dependencies with release versions are not listed
 * @param plugins the effective build plugins and extensions, including those the build tool adds by default
 * @param duplicates dependencies declared twice in one POM section
 * @param sourceEncoding {@code project.build.sourceEncoding}
 * @param javaRelease the Java level the compiler targets: {@code maven.compiler.release}, else the compiler plugin's
 *     {@code release}, else source/target (property or configuration)
 * @param outputTimestamp {@code project.build.outputTimestamp} (reproducible builds)
 */
public record BuildModel(
        String pomFile,
        String version,
        boolean release,
        String packaging,
        List<DeclaredArtifact> dependencies,
        List<DeclaredArtifact> plugins,
        List<DuplicateDeclaration> duplicates,
        BuildSetting sourceEncoding,
        BuildSetting javaRelease,
        BuildSetting outputTimestamp,
        PomMetadata metadata) {
    public BuildModel {
        Objects.requireNonNull(pomFile, "pomFile");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(packaging, "packaging");
        dependencies = List.copyOf(dependencies);
        plugins = List.copyOf(plugins);
        duplicates = List.copyOf(duplicates);
        Objects.requireNonNull(sourceEncoding, "sourceEncoding");
        Objects.requireNonNull(javaRelease, "javaRelease");
        Objects.requireNonNull(outputTimestamp, "outputTimestamp");
        Objects.requireNonNull(metadata, "metadata");
    }
}
