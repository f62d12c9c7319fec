package io.github.readiness.rules.evidence.service;

import java.util.List;
import java.util.Optional;

/**
 * Structured logging and distributed tracing on a service's class path or in its configuration. Logging: the
 * logstash and ECS encoders, Log4j's JSON template layout, quarkus-logging-json, Spring Boot 3.4+
 * {@code logging.structured.format.console/file}. Tracing: Micrometer Tracing bridges, OpenTelemetry (API, SDK,
 * instrumentation, the Spring Boot 4 starter), quarkus-opentelemetry, micronaut-tracing.
 */
public final class Telemetry {
    static final List<String> STRUCTURED_LOGGING = List.of(
            "net.logstash.logback:logstash-logback-encoder",
            "co.elastic.logging:*",
            "org.apache.logging.log4j:log4j-layout-template-json",
            "io.quarkus:quarkus-logging-json",
            "io.quarkiverse.loggingjson:*");
    static final List<String> STRUCTURED_LOGGING_KEYS =
            List.of("logging.structured.format.console", "logging.structured.format.file", "quarkus.log.console.json");
    static final List<String> TRACING = List.of(
            "io.micrometer:micrometer-tracing-bridge-*",
            "io.opentelemetry:*",
            "io.opentelemetry.instrumentation:*",
            "org.springframework.boot:spring-boot-starter-opentelemetry",
            "io.quarkus:quarkus-opentelemetry",
            "io.micronaut.tracing:*",
            "io.zipkin.brave:*");

    private Telemetry() {}

    /** What gives structured logs: a dependency or a setting (shown), empty when nothing does. */
    public static Optional<String> structuredLogging(ServiceEvidence service) {
        Optional<String> dependency =
                service.find(STRUCTURED_LOGGING.toArray(String[]::new)).map(ClasspathArtifact::coordinates);
        if (dependency.isPresent()) {
            return dependency;
        }
        for (String key : STRUCTURED_LOGGING_KEYS) {
            Optional<ConfigProperty> setting = service.config()
                    .get(key)
                    .filter(p -> !p.value().isBlank() && !p.value().strip().equalsIgnoreCase("false"));
            if (setting.isPresent()) {
                return Optional.of(setting.get().shown());
            }
        }
        return Optional.empty();
    }

    /** The tracing dependency, empty when there is none. */
    public static Optional<ClasspathArtifact> tracing(ServiceEvidence service) {
        return service.find(TRACING.toArray(String[]::new));
    }
}
