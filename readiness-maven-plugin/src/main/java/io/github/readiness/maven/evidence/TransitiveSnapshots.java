package io.github.readiness.maven.evidence;

import io.github.readiness.rules.evidence.build.DeclaredArtifact;
import io.github.readiness.rules.evidence.build.DeclaredArtifact.Kind;
import io.github.readiness.rules.evidence.build.VersionKind;
import io.github.readiness.rules.model.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.project.MavenProject;

/**
 * The SNAPSHOT artifacts a project gets through its dependencies, from the graph Maven collected for the mojo
 * ({@code requiresDependencyCollection}: versions only, no files downloaded). A direct dependency is in the model
 * already; a transitive one is reported with the direct dependency that pulls it in, located where that one is
 * declared, since that is the line to change.
 */
final class TransitiveSnapshots {
    private TransitiveSnapshots() {}

    /**
     * @param declaredAt where each direct dependency ({@code groupId:artifactId}) is declared
     */
    static List<DeclaredArtifact> of(MavenProject project, Map<String, Location> declaredAt) {
        Set<Artifact> artifacts = project.getArtifacts();
        List<DeclaredArtifact> snapshots = new ArrayList<>();
        if (artifacts == null) {
            return snapshots;
        }
        for (Artifact artifact : artifacts) {
            List<String> trail = artifact.getDependencyTrail();
            // trail: the project, the direct dependency, ..., the artifact itself
            if (!artifact.isSnapshot() || trail == null || trail.size() < 3) {
                continue;
            }
            String via = coordinates(trail.get(1));
            snapshots.add(new DeclaredArtifact(
                    Kind.DEPENDENCY,
                    artifact.getGroupId(),
                    artifact.getArtifactId(),
                    artifact.getBaseVersion(),
                    VersionKind.SNAPSHOT,
                    declaredAt.get(via),
                    via));
        }
        snapshots.sort((a, b) -> a.coordinates().compareTo(b.coordinates()));
        return snapshots;
    }

    /** {@code groupId:artifactId} of a trail entry {@code groupId:artifactId:type[:classifier]:version}. */
    private static String coordinates(String trailEntry) {
        String[] parts = trailEntry.split(":");
        return parts.length < 2 ? trailEntry : parts[0] + ":" + parts[1];
    }
}
