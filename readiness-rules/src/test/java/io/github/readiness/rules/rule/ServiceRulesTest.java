package io.github.readiness.rules.rule;

import static io.github.readiness.rules.evidence.service.ServiceFixtures.classpath;
import static io.github.readiness.rules.evidence.service.ServiceFixtures.service;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.readiness.rules.evidence.Collected;
import io.github.readiness.rules.evidence.EvidenceStatus;
import io.github.readiness.rules.evidence.ProjectEvidence;
import io.github.readiness.rules.evidence.service.ServiceEvidence;
import io.github.readiness.rules.model.ProjectType;
import io.github.readiness.rules.rule.data.MigrationsRule;
import io.github.readiness.rules.rule.deployment.GracefulShutdownRule;
import io.github.readiness.rules.rule.deployment.HealthRule;
import io.github.readiness.rules.rule.observability.LoggingRule;
import io.github.readiness.rules.rule.observability.MetricsRule;
import io.github.readiness.rules.rule.observability.TracingRule;
import io.github.readiness.rules.rule.security.ManagementExposureRule;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The seven service rules as the engine calls them: severity, whether the finding blocks, key, location and effort of
 * each (the evidence judgements themselves are tested in evidence/service).
 */
class ServiceRulesTest {
    private static final String WEB = "org.springframework.boot:spring-boot-starter-web";
    private static final String ACTUATOR = "org.springframework.boot:spring-boot-starter-actuator";
    private static final String JPA = "org.springframework.boot:spring-boot-starter-data-jpa";
    private static final List<Rule> RULES = List.of(
            new ManagementExposureRule(),
            new HealthRule(),
            new GracefulShutdownRule(),
            new MigrationsRule(),
            new MetricsRule(),
            new LoggingRule(),
            new TracingRule());

    @Test
    void aBareSpringBootServiceGetsAFindingFromEveryRuleButTheExposureOne() {
        ServiceEvidence service =
                service(classpath(WEB, JPA), "server.shutdown=immediate", "spring.jpa.hibernate.ddl-auto=update");
        assertEquals(
                List.of(
                        "deployment.health: HIGH blocking org.springframework.boot:spring-boot-starter-actuator at"
                                + " null, 60 min",
                        "deployment.graceful-shutdown: MEDIUM not blocking server.shutdown at"
                                + " src/main/resources/application.properties:1, 15 min",
                        "data.migrations: HIGH blocking migration-tool at pom.xml:21, 240 min",
                        "data.migrations: HIGH blocking spring.jpa.hibernate.ddl-auto at"
                                + " src/main/resources/application.properties:2, 60 min",
                        "observability.metrics: MEDIUM blocking metrics-registry at null, 60 min",
                        "observability.logging: LOW blocking structured-logging at null, 30 min",
                        "observability.tracing: LOW not blocking tracing at null, 60 min"),
                run(service));
    }

    @Test
    void exposingEveryEndpointBlocksAndPrometheusAloneDoesNot() {
        assertEquals(
                "security.management-exposure: CRITICAL blocking management.endpoints.web.exposure.include at"
                        + " src/main/resources/application.properties:1, 30 min",
                run(service(classpath(WEB, ACTUATOR), "management.endpoints.web.exposure.include=*"))
                        .get(0));
        assertEquals(
                "security.management-exposure: HIGH not blocking management.endpoints.web.exposure.include at"
                        + " src/main/resources/application.properties:1, 30 min",
                run(service(classpath(WEB, ACTUATOR), "management.endpoints.web.exposure.include=health,prometheus"))
                        .get(0));
    }

    @Test
    void aLibraryGetsNoServiceRule() {
        ServiceEvidence service = service(classpath(WEB, JPA));
        ServiceEvidence library =
                new ServiceEvidence(ProjectType.LIBRARY, service.detected(), service.classpath(), service.config());
        assertEquals(
                List.of(),
                run(library).stream().filter(line -> !line.endsWith(": N/A")).toList());
        assertEquals(
                List.of(),
                run(null).stream().filter(line -> !line.endsWith(": N/A")).toList());
    }

    /** One line a finding, "rule: N/A" for a rule that does not apply. */
    private static List<String> run(ServiceEvidence service) {
        Collected<ServiceEvidence> collected = service == null
                ? Collected.missing(EvidenceStatus.NOT_APPLICABLE, "not collected", List.of())
                : Collected.read(service, List.of());
        ProjectEvidence evidence = new ProjectEvidence(
                missing(), missing(), missing(), missing(), missing(), missing(), missing(), missing(), collected);
        return RULES.stream()
                .flatMap(rule -> {
                    RuleOutcome outcome = RuleRun.run(rule, evidence);
                    String id = rule.metadata().id();
                    if (outcome.equals(RuleOutcome.notApplicable())) {
                        return java.util.stream.Stream.of(id + ": N/A");
                    }
                    return outcome.findings().stream()
                            .map(f -> id + ": " + f.severity() + (f.blocking() ? " blocking " : " not blocking ")
                                    + f.key() + " at " + f.location() + ", " + f.effortMinutes() + " min");
                })
                .toList();
    }

    private static <T> Collected<T> missing() {
        return Collected.missing(EvidenceStatus.NOT_APPLICABLE, "not collected", List.of());
    }
}
