package io.github.readiness.rules.evidence.service;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether a service offers a health endpoint an orchestrator or load balancer can probe: Spring Boot actuator with
 * health exposed over HTTP (its default since 2.0; {@code management.endpoints.web.exposure.include} without health,
 * an exclude of health, {@code management.endpoint.health.enabled=false}/{@code access=none} or
 * {@code management.server.port=-1} take it away), Quarkus SmallRye Health, Micronaut management with its health
 * endpoint on, or MicroProfile Health in a Jakarta EE application.
 */
public final class HealthEndpoint {
    /** Where health comes from, per framework, and the dependency to add. */
    record Provider(Framework framework, List<String> artifacts, String toAdd) {}

    static final List<Provider> PROVIDERS = List.of(
            new Provider(
                    Framework.SPRING_BOOT,
                    ManagementExposure.SPRING_ACTUATOR,
                    "org.springframework.boot:spring-boot-starter-actuator"),
            new Provider(
                    Framework.QUARKUS,
                    List.of("io.quarkus:quarkus-smallrye-health"),
                    "io.quarkus:quarkus-smallrye-health"),
            new Provider(
                    Framework.MICRONAUT, ManagementExposure.MICRONAUT_MANAGEMENT, "io.micronaut:micronaut-management"),
            new Provider(
                    Framework.JAKARTA_EE,
                    List.of(
                            "org.eclipse.microprofile.health:*",
                            "org.eclipse.microprofile:microprofile",
                            "io.smallrye:smallrye-health*"),
                    "org.eclipse.microprofile.health:microprofile-health-api"));

    /**
     * Why there is no health endpoint.
     *
     * @param missing the dependency to add, or null when it is there but configured away
     * @param setting the setting that takes health away, or null
     */
    public record Problem(Framework framework, String missing, ConfigProperty setting, String message) {}

    private HealthEndpoint() {}

    /** Whether one of the service's frameworks is understood (else the rule is N/A). */
    public static boolean understands(ServiceEvidence service) {
        return PROVIDERS.stream().anyMatch(p -> service.uses(p.framework()));
    }

    /** Empty when a health endpoint is there. */
    public static Optional<Problem> check(ServiceEvidence service) {
        for (Provider provider : PROVIDERS) {
            if (!service.uses(provider.framework())) {
                continue;
            }
            if (service.find(provider.artifacts().toArray(String[]::new)).isEmpty()) {
                return Optional.of(new Problem(
                        provider.framework(),
                        provider.toAdd(),
                        null,
                        "no health endpoint: " + provider.framework().displayName() + " without " + provider.toAdd()));
            }
            Optional<ConfigProperty> away = provider.framework() == Framework.SPRING_BOOT
                    ? springAway(service.config())
                    : provider.framework() == Framework.MICRONAUT
                            ? off(service.config(), "endpoints.health.enabled", "false")
                            : provider.framework() == Framework.QUARKUS
                                    ? off(service.config(), "quarkus.smallrye-health.enabled", "false")
                                    : Optional.empty();
            if (away.isPresent()) {
                return Optional.of(new Problem(
                        provider.framework(),
                        null,
                        away.get(),
                        "no health endpoint: "
                                + away.get().key() + "=" + away.get().value() + " ("
                                + away.get().location() + ")"
                                + " takes the health endpoint off HTTP"));
            }
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static Optional<ConfigProperty> springAway(ApplicationConfig config) {
        Optional<ConfigProperty> include = config.get("management.endpoints.web.exposure.include");
        if (include.isPresent()
                && !ids(include.get().value()).contains("health")
                && !ids(include.get().value()).contains("*")) {
            return include;
        }
        Optional<ConfigProperty> exclude = config.get("management.endpoints.web.exposure.exclude");
        if (exclude.isPresent()
                && (ids(exclude.get().value()).contains("health")
                        || ids(exclude.get().value()).contains("*"))) {
            return exclude;
        }
        return off(config, "management.endpoint.health.enabled", "false")
                .or(() -> off(config, "management.endpoint.health.access", "none"))
                .or(() -> off(config, "management.server.port", "-1"));
    }

    private static Optional<ConfigProperty> off(ApplicationConfig config, String key, String offValue) {
        return config.get(key).filter(p -> p.value().strip().equalsIgnoreCase(offValue));
    }

    private static List<String> ids(String list) {
        return java.util.Arrays.stream(list.split(","))
                .map(s -> s.strip().toLowerCase(Locale.ROOT))
                .toList();
    }
}
