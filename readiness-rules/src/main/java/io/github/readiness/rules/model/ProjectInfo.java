package io.github.readiness.rules.model;

/** Maven-style coordinates of the evaluated project (any front end can fill them). */
public record ProjectInfo(String groupId, String artifactId, String version, String name) {
    public String coordinates() {
        return groupId + ":" + artifactId + ":" + version;
    }
}
