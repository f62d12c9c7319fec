package io.github.readiness.rules.rule.deployment;

import io.github.readiness.rules.evidence.ProjectEvidence;
import io.github.readiness.rules.evidence.service.GracefulShutdown;
import io.github.readiness.rules.evidence.service.ServiceEvidence;
import io.github.readiness.rules.model.Category;
import io.github.readiness.rules.model.EffortModel;
import io.github.readiness.rules.model.Location;
import io.github.readiness.rules.model.RuleMetadata;
import io.github.readiness.rules.model.Severity;
import io.github.readiness.rules.rule.AbstractRule;
import io.github.readiness.rules.rule.RuleContext;
import io.github.readiness.rules.rule.RuleOutcome;
import java.util.List;
import java.util.Optional;

/**
 * {@code deployment.graceful-shutdown}: a service lets requests in flight finish when it is stopped, as its framework
 * and version need (see {@link GracefulShutdown}: Spring Boot 2.3-3.3 need {@code server.shutdown=graceful}, 3.4+
 * have it by default; Quarkus needs {@code quarkus.shutdown.timeout}). One MEDIUM finding, not blocking, at the setting
 * or the POM; 15 min. Score: 100 or 0. N/A for a library, a Spring Boot application without a web server, Micronaut
 * and Jakarta EE.
 */
public final class GracefulShutdownRule extends AbstractRule<ServiceEvidence> {
    static final int EFFORT_MINUTES = 15;

    private static final RuleMetadata METADATA = RuleMetadata.builder(
                    "deployment.graceful-shutdown", Category.DEPLOYMENT)
            .title("Graceful shutdown")
            .description(
                    "A service lets the requests in flight finish when it is stopped (a rolling update sends SIGTERM):"
                            + " Spring Boot 2.3-3.3 with server.shutdown=graceful, 3.4+ unless server.shutdown=immediate,"
                            + " Quarkus with quarkus.shutdown.timeout.")
            .remediation(
                    "Spring Boot: set server.shutdown=graceful (the default from 3.4; remove server.shutdown=immediate) and"
                            + " spring.lifecycle.timeout-per-shutdown-phase=20s, below the pod's terminationGracePeriodSeconds."
                            + " Quarkus: set quarkus.shutdown.timeout=20s.")
            .effort(EffortModel.per(EFFORT_MINUTES, "to turn graceful shutdown on"))
            .build();

    public GracefulShutdownRule() {
        super(METADATA, ProjectEvidence::service);
    }

    @Override
    protected RuleOutcome judge(ServiceEvidence service, RuleContext context) {
        if (!service.isService() || !GracefulShutdown.understands(service)) {
            return RuleOutcome.notApplicable();
        }
        Optional<GracefulShutdown.Problem> problem = GracefulShutdown.check(service);
        if (problem.isEmpty()) {
            return RuleOutcome.scored(100, List.of());
        }
        GracefulShutdown.Problem found = problem.get();
        Location at = found.setting() != null ? found.setting().location() : HealthRule.pom(context);
        String key = found.setting() != null
                ? found.setting().key()
                : found.framework().name().equals("QUARKUS") ? "quarkus.shutdown.timeout" : "server.shutdown";
        return RuleOutcome.scored(
                0,
                List.of(context.finding(Severity.MEDIUM, key, found.message())
                        .at(at)
                        .effort(EFFORT_MINUTES)
                        .notBlocking()));
    }
}
