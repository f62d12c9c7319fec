package io.github.readiness.rules.rule.deployment;

import io.github.readiness.rules.evidence.ProjectEvidence;
import io.github.readiness.rules.evidence.service.HealthEndpoint;
import io.github.readiness.rules.evidence.service.ServiceEvidence;
import io.github.readiness.rules.model.Category;
import io.github.readiness.rules.model.EffortModel;
import io.github.readiness.rules.model.Location;
import io.github.readiness.rules.model.RuleLevel;
import io.github.readiness.rules.model.RuleMetadata;
import io.github.readiness.rules.model.Severity;
import io.github.readiness.rules.rule.AbstractRule;
import io.github.readiness.rules.rule.RuleContext;
import io.github.readiness.rules.rule.RuleOutcome;
import java.util.List;
import java.util.Optional;

/**
 * {@code deployment.health}: a service has a health endpoint its orchestrator can probe (see {@link HealthEndpoint}).
 * One HIGH finding when it has none, blocking only at level ERROR (the default is WARN; the silver
 * and gold presets set ERROR): at the POM when the dependency is missing, at the setting that
 * takes health off HTTP otherwise; 60 min. Score: 100 with a health endpoint, 0 without. N/A for a library and for a
 * framework it does not understand.
 */
public final class HealthRule extends AbstractRule<ServiceEvidence> {
    static final int EFFORT_MINUTES = 60;

    private static final RuleMetadata METADATA = RuleMetadata.builder("deployment.health", Category.DEPLOYMENT)
            .title("Health endpoint")
            .description(
                    "A service has a health endpoint an orchestrator or load balancer can probe: Spring Boot actuator with"
                            + " health exposed over HTTP, Quarkus SmallRye Health, Micronaut management, MicroProfile Health.")
            .remediation(
                    "Add the framework's health support: Spring Boot spring-boot-starter-actuator (health is exposed by"
                            + " default; keep it in management.endpoints.web.exposure.include), Quarkus quarkus-smallrye-health,"
                            + " Micronaut micronaut-management, Jakarta EE microprofile-health; point the readiness and"
                            + " liveness probes at it (/actuator/health/readiness, /q/health/ready, /health/readiness).")
            .effort(EffortModel.per(EFFORT_MINUTES, "to add a health endpoint"))
            .level(RuleLevel.WARN)
            .build();

    public HealthRule() {
        super(METADATA, ProjectEvidence::service);
    }

    @Override
    protected RuleOutcome judge(ServiceEvidence service, RuleContext context) {
        if (!service.isService() || !HealthEndpoint.understands(service)) {
            return RuleOutcome.notApplicable();
        }
        Optional<HealthEndpoint.Problem> problem = HealthEndpoint.check(service);
        if (problem.isEmpty()) {
            return RuleOutcome.scored(100, List.of());
        }
        HealthEndpoint.Problem found = problem.get();
        Location at = found.setting() != null ? found.setting().location() : pom(context);
        String key = found.setting() != null ? found.setting().key() : found.missing();
        return RuleOutcome.scored(
                0,
                List.of(context.finding(Severity.HIGH, key, found.message())
                        .at(at)
                        .effort(EFFORT_MINUTES)
                        .blocking()));
    }

    static Location pom(RuleContext context) {
        return context.evidence().build().isRead()
                ? Location.of(context.evidence().build().value().pomFile())
                : null;
    }
}
