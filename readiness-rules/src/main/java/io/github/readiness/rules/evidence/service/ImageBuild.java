package io.github.readiness.rules.evidence.service;

import io.github.readiness.rules.model.Location;
import java.util.Objects;

/**
 * An image the build makes without a Dockerfile: jib-maven-plugin (its {@code <from><image>} and {@code
 * <container><user>}, null when not set: Jib's default base image is an eclipse-temurin JRE, its default user root)
 * or Cloud Native Buildpacks ({@code spring-boot:build-image}: a pinned builder, a non-root user by design).
 *
 * @param tool {@code jib} or {@code buildpacks}
 * @param at where the plugin is declared
 */
public record ImageBuild(String tool, String fromImage, String user, Location at) {
    public static final String JIB = "jib";
    public static final String BUILDPACKS = "buildpacks";

    public ImageBuild {
        Objects.requireNonNull(tool, "tool");
    }
}
