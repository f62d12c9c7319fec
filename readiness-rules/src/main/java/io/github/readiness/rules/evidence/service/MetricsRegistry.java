package io.github.readiness.rules.evidence.service;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether a service exports metrics: a Micrometer registry (Prometheus, OTLP, Datadog...: actuator alone keeps them
 * in memory, where no dashboard or alert sees them), Quarkus Micrometer with a registry or SmallRye Metrics,
 * Micronaut Micrometer with a registry, or MicroProfile Metrics in a Jakarta EE application.
 */
public final class MetricsRegistry {
    /** The registries each framework exports through. */
    static final Map<Framework, List<String>> REGISTRIES = Map.of(
            Framework.SPRING_BOOT,
                    List.of(
                            "io.micrometer:micrometer-registry-*",
                            "io.opentelemetry.instrumentation:opentelemetry-spring-boot-starter",
                            "org.springframework.boot:spring-boot-starter-opentelemetry"),
            Framework.QUARKUS,
                    List.of(
                            "io.quarkus:quarkus-micrometer-registry-*",
                            "io.quarkiverse.micrometer.registry:*",
                            "io.quarkus:quarkus-smallrye-metrics",
                            "io.quarkus:quarkus-micrometer-opentelemetry",
                            "io.micrometer:micrometer-registry-*"),
            Framework.MICRONAUT,
                    List.of(
                            "io.micronaut.micrometer:micronaut-micrometer-registry-*",
                            "io.micrometer:micrometer-registry-*"),
            Framework.JAKARTA_EE,
                    List.of(
                            "org.eclipse.microprofile.metrics:*",
                            "org.eclipse.microprofile:microprofile",
                            "io.micrometer:micrometer-registry-*"));

    /** What to add, per framework, as the finding names it. */
    static final Map<Framework, String> TO_ADD = Map.of(
            Framework.SPRING_BOOT, "io.micrometer:micrometer-registry-prometheus (or -otlp)",
            Framework.QUARKUS, "io.quarkus:quarkus-micrometer-registry-prometheus",
            Framework.MICRONAUT, "io.micronaut.micrometer:micronaut-micrometer-registry-prometheus",
            Framework.JAKARTA_EE, "org.eclipse.microprofile.metrics:microprofile-metrics-api");

    /** @param toAdd the dependency the finding suggests */
    public record Missing(Framework framework, String toAdd) {}

    private MetricsRegistry() {}

    public static boolean understands(ServiceEvidence service) {
        return REGISTRIES.keySet().stream().anyMatch(service::uses);
    }

    /** Empty when a registry is there for the service's framework. */
    public static Optional<Missing> check(ServiceEvidence service) {
        for (Framework framework : Framework.values()) {
            if (service.uses(framework)
                    && service.find(REGISTRIES.get(framework).toArray(String[]::new))
                            .isEmpty()) {
                return Optional.of(new Missing(framework, TO_ADD.get(framework)));
            }
        }
        return Optional.empty();
    }
}
