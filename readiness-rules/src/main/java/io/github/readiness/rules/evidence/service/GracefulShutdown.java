package io.github.readiness.rules.evidence.service;

import java.util.Optional;

/**
 * Whether a service lets in-flight requests finish when it is stopped (a rolling update sends SIGTERM). Spring Boot
 * web applications: {@code server.shutdown=graceful} is needed from 2.3 to 3.3 (the default is immediate) and is the
 * default from 3.4 on, where only {@code server.shutdown=immediate} turns it off; the version is the resolved
 * {@code org.springframework.boot:spring-boot}'s. Quarkus exits at once unless {@code quarkus.shutdown.timeout} is
 * set. Micronaut and Jakarta EE are not judged (the server or the runtime decides).
 */
public final class GracefulShutdown {
    /** Why requests are cut off, and the setting involved (null when the default does it). */
    public record Problem(Framework framework, String message, ConfigProperty setting) {}

    private GracefulShutdown() {}

    /** Spring Boot with an embedded web server, or Quarkus. */
    public static boolean understands(ServiceEvidence service) {
        return springWeb(service) || service.uses(Framework.QUARKUS);
    }

    public static Optional<Problem> check(ServiceEvidence service) {
        if (springWeb(service)) {
            Optional<ConfigProperty> shutdown = service.config().get("server.shutdown");
            String value = shutdown.map(p -> p.value().strip().toLowerCase(java.util.Locale.ROOT))
                    .orElse(null);
            int[] version = springBootVersion(service);
            boolean gracefulByDefault = version == null || compare(version, 3, 4) >= 0;
            if ("immediate".equals(value)) {
                return Optional.of(new Problem(
                        Framework.SPRING_BOOT,
                        shutdown.get().shown() + " stops the web server without waiting for requests in flight",
                        shutdown.get()));
            }
            if (!gracefulByDefault && !"graceful".equals(value)) {
                return Optional.of(new Problem(
                        Framework.SPRING_BOOT,
                        "Spring Boot " + String.join(".", String.valueOf(version[0]), String.valueOf(version[1]))
                                + " stops the web server immediately"
                                + " unless server.shutdown=graceful (the default only from 3.4 on)",
                        null));
            }
            return Optional.empty();
        }
        if (service.uses(Framework.QUARKUS)
                && service.config().get("quarkus.shutdown.timeout").isEmpty()
                && service.config().get("quarkus.shutdown.timeout", "prod").isEmpty()) {
            return Optional.of(new Problem(
                    Framework.QUARKUS,
                    "Quarkus exits at once, cutting requests in flight:" + " quarkus.shutdown.timeout is not set",
                    null));
        }
        return Optional.empty();
    }

    private static boolean springWeb(ServiceEvidence service) {
        return service.uses(Framework.SPRING_BOOT)
                && service.find(
                                "org.springframework.boot:spring-boot-starter-web",
                                "org.springframework.boot:spring-boot-starter-webmvc",
                                "org.springframework.boot:spring-boot-starter-webflux",
                                "org.springframework.boot:spring-boot-starter-jersey",
                                "org.springframework.boot:spring-boot-starter-tomcat",
                                "org.springframework.boot:spring-boot-starter-jetty",
                                "org.springframework.boot:spring-boot-starter-reactor-netty")
                        .isPresent();
    }

    /** {major, minor} of the resolved spring-boot artifact, null when unknown. */
    static int[] springBootVersion(ServiceEvidence service) {
        return service.find("org.springframework.boot:spring-boot")
                .map(ClasspathArtifact::version)
                .map(GracefulShutdown::majorMinor)
                .orElse(null);
    }

    static int[] majorMinor(String version) {
        String[] parts = version.split("[.-]");
        try {
            return parts.length < 2 ? null : new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])};
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static int compare(int[] version, int major, int minor) {
        return version[0] != major ? Integer.compare(version[0], major) : Integer.compare(version[1], minor);
    }
}
