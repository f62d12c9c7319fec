package io.github.readiness.rules.evidence.service;

import io.github.readiness.rules.evidence.build.DeclaredArtifact;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Tells a deployable service from a library by what its build produces, never by guessing from code: packaging war or
 * ear, a framework's application plugin (spring-boot-maven-plugin, quarkus-maven-plugin, micronaut-maven-plugin), an
 * image build (jib, docker, dockerfile; Spring Boot's buildpacks go through spring-boot-maven-plugin), or a
 * framework's HTTP server starter declared by the project. Anything else is a library.
 */
public final class ServiceDetector {
    /** Plugins that build a deployable application, with what they build. */
    private static final Map<String, String> APPLICATION_PLUGINS = Map.of(
            "org.springframework.boot:spring-boot-maven-plugin", "builds a Spring Boot application",
            "io.quarkus:quarkus-maven-plugin", "builds a Quarkus application",
            "io.quarkus.platform:quarkus-maven-plugin", "builds a Quarkus application",
            "io.micronaut.maven:micronaut-maven-plugin", "builds a Micronaut application",
            "com.google.cloud.tools:jib-maven-plugin", "builds a container image",
            "io.fabric8:docker-maven-plugin", "builds a container image",
            "com.spotify:dockerfile-maven-plugin", "builds a container image",
            "com.spotify:docker-maven-plugin", "builds a container image");

    /** Plugin order of the reason: the framework's own plugin before an image build. */
    private static final List<String> PLUGIN_ORDER = List.of(
            "org.springframework.boot:spring-boot-maven-plugin", "io.quarkus:quarkus-maven-plugin",
            "io.quarkus.platform:quarkus-maven-plugin", "io.micronaut.maven:micronaut-maven-plugin",
            "com.google.cloud.tools:jib-maven-plugin", "io.fabric8:docker-maven-plugin",
            "com.spotify:dockerfile-maven-plugin", "com.spotify:docker-maven-plugin");

    /** HTTP server starters: an application declares them, a library seldom does. */
    static final List<String> SERVER_STARTERS = List.of(
            "org.springframework.boot:spring-boot-starter-web",
            "org.springframework.boot:spring-boot-starter-webmvc",
            "org.springframework.boot:spring-boot-starter-webflux",
            "org.springframework.boot:spring-boot-starter-jersey",
            "io.quarkus:quarkus-rest",
            "io.quarkus:quarkus-rest-jackson",
            "io.quarkus:quarkus-resteasy",
            "io.quarkus:quarkus-resteasy-reactive",
            "io.quarkus:quarkus-vertx-http",
            "io.micronaut:micronaut-http-server-netty",
            "io.micronaut.servlet:micronaut-http-server-jetty",
            "io.micronaut.servlet:micronaut-http-server-tomcat",
            "io.micronaut.servlet:micronaut-http-server-undertow");

    private ServiceDetector() {}

    public static ServiceDetection detect(
            String packaging, List<DeclaredArtifact> plugins, List<ClasspathArtifact> classpath) {
        Set<Framework> frameworks = frameworks(packaging, plugins, classpath);
        if ("war".equals(packaging) || "ear".equals(packaging)) {
            return new ServiceDetection(true, frameworks, "service: packaging " + packaging);
        }
        for (String coordinates : PLUGIN_ORDER) {
            Optional<DeclaredArtifact> plugin = plugins.stream()
                    .filter(p -> p.kind() == DeclaredArtifact.Kind.PLUGIN
                            && p.coordinates().equals(coordinates))
                    .findFirst();
            if (plugin.isPresent()) {
                String at = plugin.get().location() == null
                        ? ""
                        : " (" + plugin.get().location() + ")";
                return new ServiceDetection(
                        true,
                        frameworks,
                        "service: " + plugin.get().artifactId() + " " + APPLICATION_PLUGINS.get(coordinates) + at);
            }
        }
        for (ClasspathArtifact artifact : classpath) {
            if (artifact.direct() && SERVER_STARTERS.contains(artifact.coordinates())) {
                return new ServiceDetection(true, frameworks, "service: HTTP server starter " + artifact.shown());
            }
        }
        return new ServiceDetection(
                false,
                frameworks,
                "library: packaging " + packaging
                        + ", no application plugin (spring-boot, quarkus, micronaut), no image build (jib, docker),"
                        + " no HTTP server starter");
    }

    private static Set<Framework> frameworks(
            String packaging, List<DeclaredArtifact> plugins, List<ClasspathArtifact> classpath) {
        Set<Framework> frameworks = EnumSet.noneOf(Framework.class);
        for (ClasspathArtifact artifact : classpath) {
            if (artifact.groupId().equals("org.springframework.boot")) {
                frameworks.add(Framework.SPRING_BOOT);
            } else if (artifact.groupId().equals("io.quarkus")) {
                frameworks.add(Framework.QUARKUS);
            } else if (artifact.groupId().startsWith("io.micronaut")) {
                frameworks.add(Framework.MICRONAUT);
            }
        }
        for (DeclaredArtifact plugin : plugins) {
            switch (plugin.artifactId()) {
                case "spring-boot-maven-plugin" -> frameworks.add(Framework.SPRING_BOOT);
                case "quarkus-maven-plugin" -> frameworks.add(Framework.QUARKUS);
                case "micronaut-maven-plugin" -> frameworks.add(Framework.MICRONAUT);
                default -> {}
            }
        }
        boolean jakarta = "war".equals(packaging)
                || "ear".equals(packaging)
                || classpath.stream()
                        .anyMatch(a -> a.matches("jakarta.platform:*") || a.matches("org.eclipse.microprofile*:*"));
        if (frameworks.isEmpty() && jakarta) {
            frameworks.add(Framework.JAKARTA_EE);
        }
        return frameworks;
    }
}
