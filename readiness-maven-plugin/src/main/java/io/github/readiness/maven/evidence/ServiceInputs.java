package io.github.readiness.maven.evidence;

import io.github.readiness.rules.evidence.build.DeclaredArtifact;
import io.github.readiness.rules.evidence.build.VersionKind;
import io.github.readiness.rules.evidence.service.ClasspathArtifact;
import io.github.readiness.rules.evidence.service.ServiceRequest;
import io.github.readiness.rules.model.Location;
import io.github.readiness.rules.model.ProjectType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.model.Dependency;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.Resource;
import org.apache.maven.project.MavenProject;

/**
 * The service rules' view of a module: its plugins (located where they are declared) and packaging, its runtime class
 * path (the graph Maven collected for the mojo, test scope left out, direct dependencies first, each located where
 * the project declares it or the direct dependency that pulls it in) and its main resource directories.
 */
final class ServiceInputs {
    private ServiceInputs() {}

    static ServiceRequest request(MavenProject project, ProjectType projectType) {
        PomLocations locations = new PomLocations(project.getBasedir().toPath(), null);
        List<DeclaredArtifact> plugins = new ArrayList<>();
        for (Plugin plugin : project.getBuildPlugins()) {
            // where the plugin is declared (the reason names that line), not where a BOM sets its version
            plugins.add(new DeclaredArtifact(
                    DeclaredArtifact.Kind.PLUGIN,
                    plugin.getGroupId(),
                    plugin.getArtifactId(),
                    plugin.getVersion(),
                    VersionKind.FIXED,
                    locations.first(plugin.getLocation(""), null)));
        }
        Map<String, Location> declaredAt =
                new HashMap<>(); // the dependency's own line, not where a BOM sets its version
        for (Dependency dependency : project.getModel().getDependencies()) {
            declaredAt.putIfAbsent(
                    dependency.getGroupId() + ":" + dependency.getArtifactId(),
                    locations.first(dependency.getLocation(""), null));
        }
        Set<Path> resources = new LinkedHashSet<>(); // a parent may list one directory twice (filtered or not)
        for (Resource resource : project.getResources()) {
            if (resource.getDirectory() != null) {
                resources.add(Path.of(resource.getDirectory()).normalize());
            }
        }
        return new ServiceRequest(
                project.getBasedir().toPath(),
                project.getFile() == null ? "pom.xml" : project.getFile().getName(),
                project.getPackaging(),
                plugins,
                classpath(project, declaredAt),
                List.copyOf(resources),
                projectType,
                ImageBuilds.of(project, locations));
    }

    private static List<ClasspathArtifact> classpath(MavenProject project, Map<String, Location> declaredAt) {
        List<ClasspathArtifact> direct = new ArrayList<>();
        List<ClasspathArtifact> transitive = new ArrayList<>();
        Set<Artifact> artifacts = project.getArtifacts();
        if (artifacts != null && !artifacts.isEmpty()) {
            for (Artifact artifact : artifacts) {
                if (Artifact.SCOPE_TEST.equals(artifact.getScope())) {
                    continue;
                }
                List<String> trail = artifact.getDependencyTrail();
                boolean isDirect = trail == null || trail.size() <= 2;
                String via =
                        isDirect ? artifact.getGroupId() + ":" + artifact.getArtifactId() : coordinates(trail.get(1));
                (isDirect ? direct : transitive)
                        .add(new ClasspathArtifact(
                                artifact.getGroupId(),
                                artifact.getArtifactId(),
                                artifact.getScope(),
                                isDirect,
                                declaredAt.get(via),
                                artifact.getBaseVersion()));
            }
        } else {
            // no graph (a front end without dependency collection): the declared dependencies only
            project.getDependencies().stream()
                    .filter(d -> !Artifact.SCOPE_TEST.equals(d.getScope()))
                    .forEach(d -> direct.add(new ClasspathArtifact(
                            d.getGroupId(),
                            d.getArtifactId(),
                            d.getScope(),
                            true,
                            declaredAt.get(d.getGroupId() + ":" + d.getArtifactId()),
                            d.getVersion())));
        }
        direct.sort((a, b) -> a.coordinates().compareTo(b.coordinates()));
        transitive.sort((a, b) -> a.coordinates().compareTo(b.coordinates()));
        direct.addAll(transitive);
        return direct;
    }

    /** {@code groupId:artifactId} of a trail entry {@code groupId:artifactId:type[:classifier]:version}. */
    private static String coordinates(String trailEntry) {
        String[] parts = trailEntry.split(":");
        return parts.length < 2 ? trailEntry : parts[0] + ":" + parts[1];
    }
}
