package io.github.readiness.maven.evidence;

import io.github.readiness.rules.evidence.build.BuildModel;
import io.github.readiness.rules.evidence.build.DeclaredArtifact;
import io.github.readiness.rules.evidence.build.DeclaredArtifact.Kind;
import io.github.readiness.rules.evidence.build.VersionKind;
import io.github.readiness.rules.model.Location;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.maven.artifact.ArtifactUtils;
import org.apache.maven.model.Dependency;
import org.apache.maven.model.Extension;
import org.apache.maven.model.InputLocation;
import org.apache.maven.model.InputLocationTracker;
import org.apache.maven.model.Model;
import org.apache.maven.model.Parent;
import org.apache.maven.model.Plugin;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.ProjectBuildingRequest;

/**
 * Converts the EFFECTIVE model of a {@link MavenProject} (after inheritance, management, interpolation and the
 * packaging's lifecycle bindings) into the engine's {@link BuildModel}, so the engine never sees Maven's API.
 *
 * <p>How a plugin version is classified (see {@link PomLocations} for how Maven records where values come from):
 *
 * <ul>
 *   <li>no version at all -> MISSING (a model built without Maven's plugin version resolution);
 *   <li>the version is written in a POM (the module, a parent, pluginManagement) -> by the version itself:
 *       FIXED, SNAPSHOT, RANGE or META;
 *   <li>the version comes from Maven (super POM, default lifecycle bindings, or no location: Maven resolved it from
 *       the repository at build time) while the project declares the plugin -> MISSING, with the version Maven chose;
 *   <li>the plugin itself comes from Maven (a lifecycle plugin the project never names) -> TOOL_DEFAULT.
 * </ul>
 */
public final class BuildModelFactory {
    private BuildModelFactory() {}

    /** The build model of {@code project}; POMs in the local repository of its building request show as model ids. */
    public static BuildModel from(MavenProject project) {
        return from(project, localRepository(project));
    }

    /**
     * The build model of {@code project}.
     *
     * @param localRepository the local repository (its POMs show as model ids, not paths); null when unknown
     */
    public static BuildModel from(MavenProject project, Path localRepository) {
        Model model = Objects.requireNonNull(project.getModel(), "project model");
        File basedir = project.getBasedir() != null ? project.getBasedir() : new File(".");
        PomLocations locations = new PomLocations(basedir.toPath(), localRepository);
        String version = Objects.requireNonNullElse(project.getVersion(), "");
        BuildSettings settings = new BuildSettings(model, locations);
        return new BuildModel(
                project.getFile() == null ? "pom.xml" : project.getFile().getName(),
                version,
                !version.isEmpty() && !ArtifactUtils.isSnapshot(version),
                Objects.requireNonNullElse(project.getPackaging(), "jar"),
                dependencies(project, locations),
                plugins(project, locations),
                DuplicateDeclarations.of(project.getOriginalModel(), locations),
                settings.property(BuildSettings.SOURCE_ENCODING),
                settings.javaLevel(),
                settings.property(BuildSettings.OUTPUT_TIMESTAMP),
                PomMetadataFactory.metadata(model, locations));
    }

    /** The parent, the declared dependencies, then the transitive SNAPSHOTs of the collected graph, if any. */
    private static List<DeclaredArtifact> dependencies(MavenProject project, PomLocations locations) {
        Model model = project.getModel();
        List<DeclaredArtifact> dependencies = new ArrayList<>();
        Parent parent = model.getParent();
        if (parent != null) {
            dependencies.add(new DeclaredArtifact(
                    Kind.PARENT,
                    nonNull(parent.getGroupId()),
                    nonNull(parent.getArtifactId()),
                    parent.getVersion(),
                    VersionKinds.of(parent.getVersion()),
                    locations.first(parent.getLocation("version"), parent.getLocation(""))));
        }
        Map<String, Location> declaredAt = new HashMap<>();
        for (Dependency dependency : model.getDependencies()) {
            Location location = locations.first(dependency.getLocation("version"), dependency.getLocation(""));
            dependencies.add(new DeclaredArtifact(
                    Kind.DEPENDENCY,
                    nonNull(dependency.getGroupId()),
                    nonNull(dependency.getArtifactId()),
                    dependency.getVersion(),
                    VersionKinds.of(dependency.getVersion()),
                    location));
            declaredAt.putIfAbsent(dependency.getGroupId() + ":" + dependency.getArtifactId(), location);
        }
        dependencies.addAll(TransitiveSnapshots.of(project, declaredAt));
        return dependencies;
    }

    private static List<DeclaredArtifact> plugins(MavenProject project, PomLocations locations) {
        List<DeclaredArtifact> plugins = new ArrayList<>();
        for (Plugin plugin : nonNull(project.getBuildPlugins())) {
            plugins.add(plugin(
                    Kind.PLUGIN, plugin.getGroupId(), plugin.getArtifactId(), plugin.getVersion(), plugin, locations));
        }
        for (Extension extension : nonNull(project.getBuildExtensions())) {
            plugins.add(plugin(
                    Kind.EXTENSION,
                    extension.getGroupId(),
                    extension.getArtifactId(),
                    extension.getVersion(),
                    extension,
                    locations));
        }
        return plugins;
    }

    static DeclaredArtifact plugin(
            Kind kind,
            String groupId,
            String artifactId,
            String version,
            InputLocationTracker tracker,
            PomLocations locations) {
        InputLocation versionAt = tracker.getLocation("version");
        InputLocation declaredAt = tracker.getLocation("");
        VersionKind versionKind;
        if (version == null || version.isBlank()) {
            versionKind = VersionKind.MISSING;
        } else if (PomLocations.isPom(versionAt)) {
            versionKind = VersionKinds.of(version);
        } else {
            versionKind = PomLocations.isPom(declaredAt) ? VersionKind.MISSING : VersionKind.TOOL_DEFAULT;
        }
        return new DeclaredArtifact(
                kind,
                nonNull(groupId),
                nonNull(artifactId),
                version,
                versionKind,
                locations.first(versionAt, declaredAt));
    }

    private static Path localRepository(MavenProject project) {
        ProjectBuildingRequest request = project.getProjectBuildingRequest();
        if (request == null
                || request.getRepositorySession() == null
                || request.getRepositorySession().getLocalRepository() == null) {
            return null;
        }
        File basedir = request.getRepositorySession().getLocalRepository().getBasedir();
        return basedir == null ? null : basedir.toPath();
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
