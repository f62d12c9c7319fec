package io.github.readiness.rules.evidence.service;

import static io.github.readiness.rules.evidence.service.ServiceFixtures.classpath;
import static io.github.readiness.rules.evidence.service.ServiceFixtures.service;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.readiness.rules.model.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ShutdownAndTelemetryTest {
    static final String WEB = "org.springframework.boot:spring-boot-starter-web";

    /** A Spring Boot web service on the given resolved spring-boot version. */
    static List<ClasspathArtifact> boot(String version, String... more) {
        List<ClasspathArtifact> artifacts = new ArrayList<>(classpath(WEB));
        artifacts.add(new ClasspathArtifact(
                "org.springframework.boot", "spring-boot", "compile", false, new Location("pom.xml", 20), version));
        artifacts.addAll(classpath(more));
        return artifacts;
    }

    static Stream<Arguments> shutdown() {
        return Stream.of(
                Arguments.of(
                        "Boot 3.3, nothing set",
                        boot("3.3.5"),
                        List.of(),
                        "Spring Boot 3.3 stops the web server immediately unless server.shutdown=graceful (the default"
                                + " only from 3.4 on)"),
                Arguments.of("Boot 2.7, graceful", boot("2.7.18"), List.of("server.shutdown=graceful"), "none"),
                Arguments.of("Boot 3.4, nothing set: graceful by default", boot("3.4.0"), List.of(), "none"),
                Arguments.of(
                        "Boot 4.0, immediate",
                        boot("4.0.7"),
                        List.of("server.shutdown=immediate"),
                        "server.shutdown=immediate (src/main/resources/application.properties:1) stops the web server"
                                + " without waiting for requests in flight"),
                Arguments.of("Boot version unknown: no guess", classpath(WEB), List.of(), "none"),
                Arguments.of(
                        "Quarkus without a timeout",
                        classpath("io.quarkus:quarkus-rest"),
                        List.of(),
                        "Quarkus exits at once, cutting requests in flight: quarkus.shutdown.timeout is not set"),
                Arguments.of(
                        "Quarkus with a prod timeout",
                        classpath("io.quarkus:quarkus-rest"),
                        List.of("%prod.quarkus.shutdown.timeout=20s"),
                        "none"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shutdown")
    void gracefulShutdown(String name, List<ClasspathArtifact> classpath, List<String> properties, String expected) {
        ServiceEvidence service = service(classpath, properties.toArray(String[]::new));
        assertEquals(true, GracefulShutdown.understands(service));
        assertEquals(
                expected,
                GracefulShutdown.check(service)
                        .map(GracefulShutdown.Problem::message)
                        .orElse("none"));
    }

    static Stream<Arguments> telemetry() {
        return Stream.of(
                Arguments.of(
                        "petclinic",
                        boot("4.0.3", "org.springframework.boot:spring-boot-starter-actuator"),
                        List.of(),
                        "none",
                        "none"),
                Arguments.of(
                        "Boot 3.4 structured console logs and an OTel bridge",
                        boot("3.4.1", "io.micrometer:micrometer-tracing-bridge-otel"),
                        List.of("logging.structured.format.console=ecs"),
                        "logging.structured.format.console=ecs (src/main/resources/application.properties:1)",
                        "io.micrometer:micrometer-tracing-bridge-otel"),
                Arguments.of(
                        "logstash encoder",
                        boot("2.7.18", "net.logstash.logback:logstash-logback-encoder"),
                        List.of(),
                        "net.logstash.logback:logstash-logback-encoder",
                        "none"),
                Arguments.of(
                        "Quarkus JSON logs and OpenTelemetry",
                        classpath("io.quarkus:quarkus-logging-json", "io.quarkus:quarkus-opentelemetry"),
                        List.of(),
                        "io.quarkus:quarkus-logging-json",
                        "io.quarkus:quarkus-opentelemetry"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("telemetry")
    void loggingAndTracing(
            String name, List<ClasspathArtifact> classpath, List<String> properties, String logging, String tracing) {
        ServiceEvidence service = service(classpath, properties.toArray(String[]::new));
        assertEquals(logging, Telemetry.structuredLogging(service).orElse("none"));
        assertEquals(
                tracing,
                Telemetry.tracing(service).map(ClasspathArtifact::coordinates).orElse("none"));
    }
}
