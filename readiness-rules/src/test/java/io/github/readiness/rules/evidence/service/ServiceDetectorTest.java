package io.github.readiness.rules.evidence.service;

import static io.github.readiness.rules.evidence.service.ServiceFixtures.classpath;
import static io.github.readiness.rules.evidence.service.ServiceFixtures.plugin;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.readiness.rules.evidence.build.DeclaredArtifact;
import io.github.readiness.rules.model.ProjectType;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ServiceDetectorTest {

    static Stream<Arguments> builds() {
        return Stream.of(
                Arguments.of(
                        "commons-cli: a plain jar",
                        "jar",
                        List.of(plugin("org.apache.maven.plugins:maven-jar-plugin")),
                        classpath(),
                        false,
                        Set.of(),
                        "library: packaging jar, no application plugin (spring-boot, quarkus, micronaut), no image build"
                                + " (jib, docker), no HTTP server starter"),
                Arguments.of(
                        "a war",
                        "war",
                        List.of(),
                        classpath("jakarta.platform:jakarta.jakartaee-api"),
                        true,
                        Set.of(Framework.JAKARTA_EE),
                        "service: packaging war"),
                Arguments.of(
                        "Spring Boot plugin",
                        "jar",
                        List.of(plugin("org.springframework.boot:spring-boot-maven-plugin")),
                        classpath("org.springframework.boot:spring-boot-starter"),
                        true,
                        Set.of(Framework.SPRING_BOOT),
                        "service: spring-boot-maven-plugin builds a Spring Boot application (pom.xml:50)"),
                Arguments.of(
                        "Quarkus plugin",
                        "jar",
                        List.of(plugin("io.quarkus.platform:quarkus-maven-plugin")),
                        classpath("io.quarkus:quarkus-arc"),
                        true,
                        Set.of(Framework.QUARKUS),
                        "service: quarkus-maven-plugin builds a Quarkus application (pom.xml:50)"),
                Arguments.of(
                        "Micronaut plugin",
                        "jar",
                        List.of(plugin("io.micronaut.maven:micronaut-maven-plugin")),
                        classpath("io.micronaut:micronaut-inject"),
                        true,
                        Set.of(Framework.MICRONAUT),
                        "service: micronaut-maven-plugin builds a Micronaut application (pom.xml:50)"),
                Arguments.of(
                        "jib image",
                        "jar",
                        List.of(plugin("com.google.cloud.tools:jib-maven-plugin")),
                        classpath(),
                        true,
                        Set.of(),
                        "service: jib-maven-plugin builds a container image (pom.xml:50)"),
                Arguments.of(
                        "web starter, no plugin",
                        "jar",
                        List.of(),
                        classpath("org.springframework.boot:spring-boot-starter-web"),
                        true,
                        Set.of(Framework.SPRING_BOOT),
                        "service: HTTP server starter org.springframework.boot:spring-boot-starter-web (pom.xml:20)"),
                Arguments.of(
                        "a Spring Boot auto-configuration library",
                        "jar",
                        List.of(),
                        classpath("org.springframework.boot:spring-boot-autoconfigure"),
                        false,
                        Set.of(Framework.SPRING_BOOT),
                        "library: packaging jar, no application plugin (spring-boot, quarkus, micronaut), no image build"
                                + " (jib, docker), no HTTP server starter"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("builds")
    void detects(
            String name,
            String packaging,
            List<DeclaredArtifact> plugins,
            List<ClasspathArtifact> classpath,
            boolean service,
            Set<Framework> frameworks,
            String reason) {
        ServiceDetection detection = ServiceDetector.detect(packaging, plugins, classpath);
        assertEquals(service, detection.service());
        assertEquals(frameworks, detection.frameworks());
        assertEquals(reason, detection.reason());
    }

    @Test
    void theStarterOfATransitiveDependencyIsNoEvidence() {
        ClasspathArtifact pulledIn =
                new ClasspathArtifact("org.springframework.boot", "spring-boot-starter-web", "compile", false, null);
        assertEquals(
                false,
                ServiceDetector.detect("jar", List.of(), List.of(pulledIn)).service());
    }

    @Test
    void thePolicyOverridesTheDetectionAndTheTableSaysBoth() {
        ServiceDetection library = ServiceDetector.detect("jar", List.of(), classpath());
        ServiceEvidence forced = new ServiceEvidence(ProjectType.SERVICE, library, List.of(), ApplicationConfig.EMPTY);
        assertEquals(true, forced.isService());
        assertEquals(
                "service (policy projectType service; detected library: packaging jar, no application plugin"
                        + " (spring-boot, quarkus, micronaut), no image build (jib, docker), no HTTP server starter)",
                forced.describe());
        ServiceDetection war = ServiceDetector.detect("war", List.of(), classpath());
        ServiceEvidence notService = new ServiceEvidence(ProjectType.LIBRARY, war, List.of(), ApplicationConfig.EMPTY);
        assertEquals(false, notService.isService());
        assertEquals(
                "library (policy projectType library; detected service: packaging war [Jakarta EE])",
                notService.describe());
    }
}
