package io.github.readiness.rules.evidence.service;

import static io.github.readiness.rules.evidence.service.ServiceFixtures.classpath;
import static io.github.readiness.rules.evidence.service.ServiceFixtures.service;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HealthAndMetricsTest {
    static final String WEB = "org.springframework.boot:spring-boot-starter-web";
    static final String ACTUATOR = "org.springframework.boot:spring-boot-starter-actuator";

    static Stream<Arguments> health() {
        return Stream.of(
                Arguments.of(
                        "no actuator",
                        classpath(WEB),
                        List.of(),
                        "no health endpoint: Spring Boot without org.springframework.boot:spring-boot-starter-actuator"),
                Arguments.of("actuator, default exposure", classpath(WEB, ACTUATOR), List.of(), "none"),
                Arguments.of(
                        "actuator, *",
                        classpath(WEB, ACTUATOR),
                        List.of("management.endpoints.web.exposure.include=*"),
                        "none"),
                Arguments.of(
                        "actuator, info only",
                        classpath(WEB, ACTUATOR),
                        List.of("management.endpoints.web.exposure.include=info"),
                        "no health endpoint: management.endpoints.web.exposure.include=info"
                                + " (src/main/resources/application.properties:1) takes the health endpoint off HTTP"),
                Arguments.of(
                        "Quarkus with SmallRye Health",
                        classpath("io.quarkus:quarkus-rest", "io.quarkus:quarkus-smallrye-health"),
                        List.of(),
                        "none"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("health")
    void health(String name, List<ClasspathArtifact> classpath, List<String> properties, String expected) {
        ServiceEvidence service = service(classpath, properties.toArray(String[]::new));
        assertEquals(
                expected,
                HealthEndpoint.check(service)
                        .map(HealthEndpoint.Problem::message)
                        .orElse("none"));
    }

    static Stream<Arguments> metrics() {
        return Stream.of(
                Arguments.of("petclinic: actuator alone", classpath(WEB, ACTUATOR), "Spring Boot"),
                Arguments.of(
                        "Prometheus registry",
                        classpath(WEB, ACTUATOR, "io.micrometer:micrometer-registry-prometheus"),
                        "none"),
                Arguments.of(
                        "Quarkus Micrometer Prometheus",
                        classpath("io.quarkus:quarkus-rest", "io.quarkus:quarkus-micrometer-registry-prometheus"),
                        "none"),
                Arguments.of("Quarkus without", classpath("io.quarkus:quarkus-rest"), "Quarkus"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("metrics")
    void metrics(String name, List<ClasspathArtifact> classpath, String expected) {
        assertEquals(
                expected,
                MetricsRegistry.check(service(classpath))
                        .map(m -> m.framework().displayName())
                        .orElse("none"));
    }
}
