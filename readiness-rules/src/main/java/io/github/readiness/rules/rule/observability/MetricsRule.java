package io.github.readiness.rules.rule.observability;

import io.github.readiness.rules.evidence.ProjectEvidence;
import io.github.readiness.rules.evidence.service.MetricsRegistry;
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
 * {@code observability.metrics}: a service exports metrics through a registry (see {@link MetricsRegistry}). One
 * MEDIUM finding at the POM when it has none, blocking only at level ERROR (WARN by default; the gold preset
 * sets ERROR); 60 min. Score: 100 with a registry, 0 without. N/A for
 * a library and for a framework it does not understand.
 */
public final class MetricsRule extends AbstractRule<ServiceEvidence> {
    static final int EFFORT_MINUTES = 60;

    private static final RuleMetadata METADATA = RuleMetadata.builder("observability.metrics", Category.OBSERVABILITY)
            .title("Metrics registry")
            .description("A service exports metrics through a registry a monitoring system reads: a Micrometer registry"
                    + " (Prometheus, OTLP...), Quarkus Micrometer or SmallRye Metrics, Micronaut Micrometer,"
                    + " MicroProfile Metrics.")
            .remediation(
                    "Add the registry of your monitoring system, e.g. Spring Boot io.micrometer:micrometer-registry-prometheus"
                            + " (and expose the prometheus endpoint to the scraper only), Quarkus"
                            + " quarkus-micrometer-registry-prometheus, Micronaut micronaut-micrometer-registry-prometheus.")
            .effort(EffortModel.per(EFFORT_MINUTES, "to add a metrics registry"))
            .level(RuleLevel.WARN)
            .build();

    public MetricsRule() {
        super(METADATA, ProjectEvidence::service);
    }

    @Override
    protected RuleOutcome judge(ServiceEvidence service, RuleContext context) {
        if (!service.isService() || !MetricsRegistry.understands(service)) {
            return RuleOutcome.notApplicable();
        }
        Optional<MetricsRegistry.Missing> missing = MetricsRegistry.check(service);
        if (missing.isEmpty()) {
            return RuleOutcome.scored(100, List.of());
        }
        String message = "no metrics registry: " + missing.get().framework().displayName() + " without "
                + missing.get().toAdd() + ", so no monitoring system sees the service's metrics";
        return RuleOutcome.scored(
                0,
                List.of(context.finding(Severity.MEDIUM, "metrics-registry", message)
                        .at(pom(context))
                        .effort(EFFORT_MINUTES)
                        .blocking()));
    }

    /** The module's POM, where the dependency goes; null when the build model was not read. */
    static Location pom(RuleContext context) {
        return context.evidence().build().isRead()
                ? Location.of(context.evidence().build().value().pomFile())
                : null;
    }
}
