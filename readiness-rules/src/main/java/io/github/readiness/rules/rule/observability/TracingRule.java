package io.github.readiness.rules.rule.observability;

import io.github.readiness.rules.evidence.ProjectEvidence;
import io.github.readiness.rules.evidence.service.ServiceEvidence;
import io.github.readiness.rules.evidence.service.Telemetry;
import io.github.readiness.rules.model.Category;
import io.github.readiness.rules.model.EffortModel;
import io.github.readiness.rules.model.RuleMetadata;
import io.github.readiness.rules.model.Severity;
import io.github.readiness.rules.rule.AbstractRule;
import io.github.readiness.rules.rule.RuleContext;
import io.github.readiness.rules.rule.RuleOutcome;
import java.util.List;

/**
 * {@code observability.tracing}: a service propagates and records traces (see {@link Telemetry#tracing}). One LOW
 * finding, not blocking, at the POM; 60 min. Score: 100 or 0. N/A for a library and for a Jakarta EE application.
 */
public final class TracingRule extends AbstractRule<ServiceEvidence> {
    static final int EFFORT_MINUTES = 60;

    private static final RuleMetadata METADATA = RuleMetadata.builder("observability.tracing", Category.OBSERVABILITY)
            .title("Distributed tracing")
            .description(
                    "A service records and propagates traces: a Micrometer Tracing bridge, OpenTelemetry, quarkus-opentelemetry,"
                            + " micronaut-tracing.")
            .remediation(
                    "Spring Boot 3: add io.micrometer:micrometer-tracing-bridge-otel and io.opentelemetry:opentelemetry-exporter-otlp"
                            + " (Spring Boot 4: spring-boot-starter-opentelemetry); Quarkus: quarkus-opentelemetry; Micronaut:"
                            + " micronaut-tracing-opentelemetry-http. Point the exporter at your collector.")
            .effort(EffortModel.per(EFFORT_MINUTES, "to add tracing"))
            .build();

    public TracingRule() {
        super(METADATA, ProjectEvidence::service);
    }

    @Override
    protected RuleOutcome judge(ServiceEvidence service, RuleContext context) {
        if (!service.isService() || LoggingRule.onlyJakartaEe(service)) {
            return RuleOutcome.notApplicable();
        }
        if (Telemetry.tracing(service).isPresent()) {
            return RuleOutcome.scored(100, List.of());
        }
        String message = "no tracing: no Micrometer Tracing bridge or OpenTelemetry on the class path, so a request"
                + " cannot be followed across services";
        return RuleOutcome.scored(
                0,
                List.of(context.finding(Severity.LOW, "tracing", message)
                        .at(MetricsRule.pom(context))
                        .effort(EFFORT_MINUTES)
                        .notBlocking()));
    }
}
