package io.github.readiness.rules.evidence.service;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which management endpoints beyond health and info a service exposes over HTTP with no authentication layer on its
 * class path, per configuration profile that may run in production. Understands Spring Boot 2.x-4.x actuator
 * ({@code management.endpoints.web.exposure.include/exclude}, {@code management.server.port=-1}, endpoints turned off
 * by {@code enabled-by-default}/{@code access.default} or one by one) and Micronaut 4 management
 * ({@code endpoints.all.sensitive=false}, {@code endpoints.<id>.sensitive=false}: without micronaut-security a
 * sensitive endpoint answers 401, an insensitive one anyone). Quarkus has no endpoint of that kind (its management
 * interface serves health, metrics and info), so it is not judged.
 */
public final class ManagementExposure {
    /** Endpoints that leak secrets or internals or change the running application. */
    static final Set<String> DANGEROUS = Set.of(
            "*",
            "all",
            "env",
            "heapdump",
            "threaddump",
            "configprops",
            "beans",
            "mappings",
            "loggers",
            "shutdown",
            "logfile",
            "httpexchanges",
            "httptrace",
            "trace",
            "sessions",
            "jolokia",
            "auditevents",
            "conditions",
            "scheduledtasks",
            "caches",
            "refresh",
            "stop",
            "routes",
            "quartz",
            "integrationgraph",
            "startup",
            "sbom",
            "liquibase",
            "flyway");

    static final Set<String> SAFE = Set.of("health", "info");

    static final List<String> SPRING_AUTH = List.of(
            "org.springframework.security:*",
            "org.springframework.boot:spring-boot-starter-security*",
            "org.springframework.boot:spring-boot-starter-oauth2-*",
            "org.springframework.boot:spring-boot-security*");
    static final List<String> SPRING_ACTUATOR = List.of(
            "org.springframework.boot:spring-boot-starter-actuator",
            "org.springframework.boot:spring-boot-actuator",
            "org.springframework.boot:spring-boot-actuator-autoconfigure");
    static final List<String> MICRONAUT_AUTH = List.of("io.micronaut.security:*");
    static final List<String> MICRONAUT_MANAGEMENT = List.of("io.micronaut:micronaut-management");

    /**
     * Endpoints exposed without authentication in one profile.
     *
     * @param endpoints the endpoint ids beyond health and info, or {@code *} for every endpoint
     * @param setting the setting that exposes them
     * @param actuator the management dependency
     */
    public record Exposure(
            Framework framework,
            String profile,
            List<String> endpoints,
            ConfigProperty setting,
            ClasspathArtifact actuator) {
        /** Whether a dangerous endpoint (env, heapdump, loggers, shutdown...) or every endpoint is exposed. */
        public boolean dangerous() {
            return endpoints.stream().anyMatch(DANGEROUS::contains);
        }
    }

    private ManagementExposure() {}

    /** Whether the rule understands the service's framework (Spring Boot or Micronaut). */
    public static boolean understands(ServiceEvidence service) {
        return service.uses(Framework.SPRING_BOOT) || service.uses(Framework.MICRONAUT);
    }

    /** The exposures, none when an authentication layer is on the class path or nothing beyond health/info is open. */
    public static List<Exposure> find(ServiceEvidence service) {
        List<Exposure> found = new ArrayList<>();
        Optional<ClasspathArtifact> springActuator = service.find(SPRING_ACTUATOR.toArray(String[]::new));
        if (service.uses(Framework.SPRING_BOOT)
                && springActuator.isPresent()
                && service.find(SPRING_AUTH.toArray(String[]::new)).isEmpty()) {
            for (String profile : service.config().productionProfiles()) {
                spring(service.config(), profile, springActuator.get()).ifPresent(found::add);
            }
        }
        Optional<ClasspathArtifact> management = service.find(MICRONAUT_MANAGEMENT.toArray(String[]::new));
        if (service.uses(Framework.MICRONAUT)
                && management.isPresent()
                && service.find(MICRONAUT_AUTH.toArray(String[]::new)).isEmpty()) {
            for (String profile : service.config().productionProfiles()) {
                micronaut(service.config(), profile, management.get()).ifPresent(found::add);
            }
        }
        return dropRepeats(found);
    }

    private static Optional<Exposure> spring(ApplicationConfig config, String profile, ClasspathArtifact actuator) {
        Optional<ConfigProperty> include = config.get("management.endpoints.web.exposure.include", profile);
        if (include.isEmpty() || "-1".equals(value(config, "management.server.port", profile))) {
            return Optional.empty();
        }
        Set<String> exclude = ids(value(config, "management.endpoints.web.exposure.exclude", profile));
        if (exclude.contains("*")) {
            return Optional.empty();
        }
        boolean offByDefault = "false".equals(value(config, "management.endpoints.enabled-by-default", profile))
                || "none".equals(value(config, "management.endpoints.access.default", profile));
        List<String> open = new ArrayList<>();
        for (String id : ids(include.get().value())) {
            if (!SAFE.contains(id) && !exclude.contains(id) && springEnabled(config, profile, id, offByDefault)) {
                open.add(id);
            }
        }
        return open.isEmpty()
                ? Optional.empty()
                : Optional.of(new Exposure(Framework.SPRING_BOOT, profile, open, include.get(), actuator));
    }

    /** {@code *} stays open unless every endpoint is off by default (then the explicitly enabled ones are shown). */
    private static boolean springEnabled(ApplicationConfig config, String profile, String id, boolean offByDefault) {
        String enabled = value(config, "management.endpoint." + id + ".enabled", profile);
        String access = value(config, "management.endpoint." + id + ".access", profile);
        if ("false".equals(enabled) || "none".equals(access)) {
            return false;
        }
        if (!offByDefault) {
            return true;
        }
        return id.equals("*") ? false : "true".equals(enabled) || (access != null && !access.equals("none"));
    }

    private static Optional<Exposure> micronaut(
            ApplicationConfig config, String profile, ClasspathArtifact management) {
        List<String> open = new ArrayList<>();
        ConfigProperty setting = null;
        Optional<ConfigProperty> all = config.get("endpoints.all.sensitive", profile);
        if (all.isPresent()
                && "false".equals(lower(all.get().value()))
                && !"false".equals(value(config, "endpoints.all.enabled", profile))) {
            open.add("*");
            setting = all.get();
        }
        for (ConfigProperty property : config.properties()) {
            String key = ConfigProperty.canonical(property.key());
            if (key.startsWith("endpoints.") && key.endsWith(".sensitive") && !key.equals("endpoints.all.sensitive")) {
                String id = key.substring("endpoints.".length(), key.length() - ".sensitive".length());
                Optional<ConfigProperty> inForce = config.get(property.key(), profile);
                if (inForce.isPresent()
                        && inForce.get() == property
                        && "false".equals(lower(property.value()))
                        && !SAFE.contains(id)
                        && !"false".equals(value(config, "endpoints." + id + ".enabled", profile))
                        && !open.contains(id)) {
                    open.add(id);
                    setting = setting == null ? property : setting;
                }
            }
        }
        return open.isEmpty()
                ? Optional.empty()
                : Optional.of(new Exposure(Framework.MICRONAUT, profile, open, setting, management));
    }

    /** A profile that inherits the default's exposure unchanged is the default's finding, not a second one. */
    private static List<Exposure> dropRepeats(List<Exposure> found) {
        List<Exposure> kept = new ArrayList<>();
        for (Exposure exposure : found) {
            boolean repeat = kept.stream()
                    .anyMatch(k ->
                            k.setting() == exposure.setting() && k.endpoints().equals(exposure.endpoints()));
            if (!repeat) {
                kept.add(exposure);
            }
        }
        return kept;
    }

    private static String value(ApplicationConfig config, String key, String profile) {
        return config.get(key, profile).map(p -> lower(p.value())).orElse(null);
    }

    private static Set<String> ids(String list) {
        Set<String> ids = new LinkedHashSet<>();
        if (list != null) {
            for (String id : list.split(",")) {
                if (!id.isBlank()) {
                    ids.add(lower(id));
                }
            }
        }
        return ids;
    }

    private static String lower(String text) {
        return text == null ? null : text.strip().toLowerCase(Locale.ROOT);
    }
}
