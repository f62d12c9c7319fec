package io.github.readiness.maven.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.readiness.rules.evidence.build.DeclaredArtifact;
import io.github.readiness.rules.evidence.build.DeclaredArtifact.Kind;
import io.github.readiness.rules.evidence.build.VersionKind;
import io.github.readiness.rules.model.Location;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DefaultArtifact;
import org.apache.maven.artifact.handler.DefaultArtifactHandler;
import org.apache.maven.model.Model;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;

/** The collected dependency graph as Maven hands it to the mojo: artifacts with their dependency trails. */
class TransitiveSnapshotsTest {
    private static final String PROJECT = "com.acme:app:jar:1.0.0";

    @Test
    void onlyTransitiveSnapshotsAreReportedWithTheDirectDependencyThatPullsThemIn() {
        MavenProject project = new MavenProject(new Model());
        Set<Artifact> artifacts = new LinkedHashSet<>();
        artifacts.add(artifact("com.acme", "client", "2.0-SNAPSHOT", PROJECT)); // direct: in the model already
        artifacts.add(
                artifact("com.acme", "wire", "1.1-20261101.120000-3", PROJECT, "com.acme:client:jar:2.0-SNAPSHOT"));
        artifacts.add(artifact("org.lib", "json", "2.0", PROJECT, "com.acme:client:jar:2.0-SNAPSHOT"));
        artifacts.add(artifact(
                "com.acme", "codec", "0.3-SNAPSHOT", PROJECT, "org.lib:http:jar:tests:4.0", "org.lib:core:jar:1.0"));
        project.setArtifacts(artifacts);
        Location client = new Location("pom.xml", 21);

        List<DeclaredArtifact> snapshots = TransitiveSnapshots.of(project, Map.of("com.acme:client", client));

        assertEquals(
                List.of(
                        new DeclaredArtifact(
                                Kind.DEPENDENCY,
                                "com.acme",
                                "codec",
                                "0.3-SNAPSHOT",
                                VersionKind.SNAPSHOT,
                                null,
                                "org.lib:http"),
                        new DeclaredArtifact(
                                Kind.DEPENDENCY,
                                "com.acme",
                                "wire",
                                "1.1-SNAPSHOT",
                                VersionKind.SNAPSHOT,
                                client,
                                "com.acme:client")),
                snapshots);
    }

    @Test
    void noCollectedGraphGivesNothing() {
        MavenProject project = new MavenProject(new Model());

        assertEquals(List.of(), TransitiveSnapshots.of(project, Map.of()));
    }

    private static Artifact artifact(String groupId, String artifactId, String version, String... trailBefore) {
        DefaultArtifact artifact = new DefaultArtifact(
                groupId, artifactId, version, "compile", "jar", null, new DefaultArtifactHandler("jar"));
        List<String> trail = new java.util.ArrayList<>(List.of(trailBefore));
        trail.add(artifact.getId());
        artifact.setDependencyTrail(trail);
        return artifact;
    }
}
