package io.github.readiness.rules.rule.build;

import io.github.readiness.rules.evidence.build.BuildModel;
import io.github.readiness.rules.evidence.build.DeclaredArtifact;
import io.github.readiness.rules.model.Location;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** What the build-release rules share: the build model when it was read, and how artifacts read in messages. */
final class PomFacts {
    static final String MAVEN_PLUGINS_GROUP = "org.apache.maven.plugins";

    private PomFacts() {}

    /**
     * The dependencies, then the plugins and extensions, that match, each {@code kind groupId:artifactId} once: the
     * jar and the test-jar of one artifact are one thing to fix.
     */
    static List<DeclaredArtifact> distinct(BuildModel model, Predicate<DeclaredArtifact> matches) {
        List<DeclaredArtifact> all = new ArrayList<>(model.dependencies());
        all.addAll(model.plugins());
        Set<String> seen = new HashSet<>();
        return all.stream()
                .filter(matches)
                .filter(a -> seen.add(a.kind() + " " + a.coordinates()))
                .toList();
    }

    /** {@code dependency}, {@code parent POM}, {@code plugin} or {@code extension}. */
    static String kind(DeclaredArtifact artifact) {
        return switch (artifact.kind()) {
            case DEPENDENCY -> "dependency";
            case PARENT -> "parent POM";
            case PLUGIN -> "plugin";
            case EXTENSION -> "extension";
        };
    }

    /** {@code groupId:artifactId:version}, or {@code groupId:artifactId} without a version. */
    static String withVersion(DeclaredArtifact artifact) {
        return artifact.version() == null ? artifact.coordinates() : artifact.coordinates() + ":" + artifact.version();
    }

    /** A Maven plugin by its artifactId alone ({@code maven-clean-plugin}), any other by groupId:artifactId. */
    static String shortName(DeclaredArtifact artifact) {
        return MAVEN_PLUGINS_GROUP.equals(artifact.groupId()) ? artifact.artifactId() : artifact.coordinates();
    }

    /** {@code " (pom.xml:31)"}, or nothing when the location is unknown. */
    static String at(Location location) {
        return location == null ? "" : " (" + location + ")";
    }

    /** Where to add a missing setting: the module's POM. */
    static Location pom(BuildModel model) {
        return Location.of(model.pomFile());
    }
}
