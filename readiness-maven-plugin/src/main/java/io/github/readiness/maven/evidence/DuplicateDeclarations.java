package io.github.readiness.maven.evidence;

import io.github.readiness.rules.evidence.build.DuplicateDeclaration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.model.Dependency;
import org.apache.maven.model.DependencyManagement;
import org.apache.maven.model.Model;
import org.apache.maven.model.Profile;

/**
 * Dependencies declared twice in one section of the module's own POM. Read from the RAW model: the effective model
 * has already merged them (Maven keeps one and only warns). Coordinates are compared as written (the raw model is not
 * interpolated), which is how Maven's own duplicate warning compares them.
 */
final class DuplicateDeclarations {
    private DuplicateDeclarations() {}

    /** In {@code dependencies}, {@code dependencyManagement} and the same sections of each profile. */
    static List<DuplicateDeclaration> of(Model raw, PomLocations locations) {
        List<DuplicateDeclaration> duplicates = new ArrayList<>();
        if (raw == null) {
            return duplicates;
        }
        find("dependencies", raw.getDependencies(), locations, duplicates);
        find("dependencyManagement", managed(raw.getDependencyManagement()), locations, duplicates);
        for (Profile profile : raw.getProfiles()) {
            String prefix = "profile " + profile.getId() + " ";
            find(prefix + "dependencies", profile.getDependencies(), locations, duplicates);
            find(prefix + "dependencyManagement", managed(profile.getDependencyManagement()), locations, duplicates);
        }
        return duplicates;
    }

    private static List<Dependency> managed(DependencyManagement management) {
        return management == null ? List.of() : management.getDependencies();
    }

    /** Each later declaration of the same coordinates is one duplicate of the first. */
    private static void find(
            String section, List<Dependency> dependencies, PomLocations locations, List<DuplicateDeclaration> out) {
        Map<String, Dependency> first = new LinkedHashMap<>();
        for (Dependency dependency : dependencies) {
            String key = key(dependency);
            Dependency earlier = first.putIfAbsent(key, dependency);
            if (earlier != null) {
                out.add(new DuplicateDeclaration(
                        key, section, locations.of(earlier.getLocation("")), locations.of(dependency.getLocation(""))));
            }
        }
    }

    /** {@code groupId:artifactId:type[:classifier]}, the key Maven itself uses for uniqueness; type defaults to jar. */
    static String key(Dependency dependency) {
        String type = PomLocations.blankToNull(dependency.getType());
        String classifier = PomLocations.blankToNull(dependency.getClassifier());
        return dependency.getGroupId() + ":" + dependency.getArtifactId() + ":" + (type == null ? "jar" : type)
                + (classifier == null ? "" : ":" + classifier);
    }
}
