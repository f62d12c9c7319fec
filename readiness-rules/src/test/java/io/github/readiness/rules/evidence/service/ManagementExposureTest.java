package io.github.readiness.rules.evidence.service;

import static io.github.readiness.rules.evidence.service.ServiceFixtures.classpath;
import static io.github.readiness.rules.evidence.service.ServiceFixtures.service;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ManagementExposureTest {
    static final String ACTUATOR = "org.springframework.boot:spring-boot-starter-actuator";
    static final String SECURITY = "org.springframework.security:spring-security-web";

    /** name, class path, application.properties, the exposures found ("profile: endpoints, dangerous") */
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(
                        "petclinic: * and no security",
                        classpath(ACTUATOR),
                        List.of("management.endpoints.web.exposure.include=*"),
                        List.of("default: [*] true")),
                Arguments.of("the default exposure (health)", classpath(ACTUATOR), List.of(), List.of()),
                Arguments.of(
                        "health and info only",
                        classpath(ACTUATOR),
                        List.of("management.endpoints.web.exposure.include=health, info"),
                        List.of()),
                Arguments.of(
                        "* with Spring Security",
                        classpath(ACTUATOR, SECURITY),
                        List.of("management.endpoints.web.exposure.include=*"),
                        List.of()),
                Arguments.of(
                        "* without actuator",
                        classpath("org.springframework.boot:spring-boot-starter-web"),
                        List.of("management.endpoints.web.exposure.include=*"),
                        List.of()),
                Arguments.of(
                        "* excluded",
                        classpath(ACTUATOR),
                        List.of(
                                "management.endpoints.web.exposure.include=*",
                                "management.endpoints.web.exposure.exclude=*"),
                        List.of()),
                Arguments.of(
                        "management port -1",
                        classpath(ACTUATOR),
                        List.of("management.endpoints.web.exposure.include=*", "management.server.port=-1"),
                        List.of()),
                Arguments.of(
                        "prometheus only: not dangerous",
                        classpath(ACTUATOR),
                        List.of("management.endpoints.web.exposure.include=health,prometheus"),
                        List.of("default: [prometheus] false")),
                Arguments.of(
                        "env turned off one by one",
                        classpath(ACTUATOR),
                        List.of(
                                "management.endpoints.web.exposure.include=health,env",
                                "management.endpoint.env.enabled=false"),
                        List.of()),
                Arguments.of(
                        "everything off by default, env on",
                        classpath(ACTUATOR),
                        List.of(
                                "management.endpoints.web.exposure.include=health,env,beans",
                                "management.endpoints.access.default=none",
                                "management.endpoint.env.access=read-only"),
                        List.of("default: [env] true")),
                Arguments.of(
                        "a prod profile adds env, a dev profile is not judged",
                        classpath(ACTUATOR),
                        List.of(
                                "%prod.management.endpoints.web.exposure.include=health,env",
                                "%dev.management.endpoints.web.exposure.include=*"),
                        List.of("prod: [env] true")),
                Arguments.of(
                        "Micronaut: every endpoint insensitive",
                        classpath("io.micronaut:micronaut-management", "io.micronaut:micronaut-http-server-netty"),
                        List.of("endpoints.all.sensitive=false"),
                        List.of("default: [*] true")),
                Arguments.of(
                        "Micronaut: with micronaut-security",
                        classpath("io.micronaut:micronaut-management", "io.micronaut.security:micronaut-security-jwt"),
                        List.of("endpoints.all.sensitive=false"),
                        List.of()),
                Arguments.of(
                        "Micronaut: health insensitive only",
                        classpath("io.micronaut:micronaut-management"),
                        List.of("endpoints.health.sensitive=false"),
                        List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void findsExposures(
            String name, List<ClasspathArtifact> classpath, List<String> properties, List<String> expected) {
        List<String> found = ManagementExposure.find(service(classpath, properties.toArray(String[]::new))).stream()
                .map(e -> (e.profile() == null ? "default" : e.profile()) + ": " + e.endpoints() + " " + e.dangerous())
                .toList();
        assertEquals(expected, found);
    }
}
