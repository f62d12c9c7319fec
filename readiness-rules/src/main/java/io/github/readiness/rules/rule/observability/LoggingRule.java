package io.github.readiness.rules.rule.observability;

import io.github.readiness.rules.evidence.ProjectEvidence;
import io.github.readiness.rules.evidence.service.Framework;
import io.github.readiness.rules.evidence.service.ServiceEvidence;
import io.github.readiness.rules.evidence.service.Telemetry;
import io.github.readiness.rules.model.Category;
import io.github.readiness.rules.model.EffortModel;
import io.github.readiness.rules.model.RuleLevel;
import io.github.readiness.rules.model.RuleMetadata;
import io.github.readiness.rules.model.Severity;
import io.github.readiness.rules.rule.AbstractRule;
import io.github.readiness.rules.rule.RuleContext;
import io.github.readiness.rules.rule.RuleOutcome;
import java.util.List;

/**
 * {@code observability.logging}: a service writes structured (JSON) logs a log platform can search by field, and
 * carry a correlation id in (see {@link Telemetry#structuredLogging}). One LOW finding at the POM, blocking
 * only at level ERROR (WARN by default; gold sets ERROR); 30 min. Score: 100 or 0. N/A for a library and for a
 * Jakarta EE application (its server formats the logs).
 */
public final class LoggingRule extends AbstractRule<ServiceEvidence> {
    static final int EFFORT_MINUTES = 30;

    private static final RuleMetadata METADATA = RuleMetadata.builder("observability.logging", Category.OBSERVABILITY)
            .title("Structured logging")
            .description(
                    "A service writes structured logs: logstash-logback-encoder, ECS logging, Log4j's JSON template layout,"
                            + " quarkus-logging-json, or Spring Boot 3.4+ logging.structured.format.console/file.")
            .remediation(
                    "Spring Boot 3.4+: set logging.structured.format.console=ecs (or logstash, gelf); earlier versions: add"
                            + " net.logstash.logback:logstash-logback-encoder and its encoder in logback-spring.xml. Quarkus: add"
                            + " quarkus-logging-json. Put the trace or request id into the MDC so each line carries it.")
            .effort(EffortModel.per(EFFORT_MINUTES, "to switch to structured logging"))
            .level(RuleLevel.WARN)
            .build();

    public LoggingRule() {
        super(METADATA, ProjectEvidence::service);
    }

    @Override
    protected RuleOutcome judge(ServiceEvidence service, RuleContext context) {
        if (!service.isService() || onlyJakartaEe(service)) {
            return RuleOutcome.notApplicable();
        }
        if (Telemetry.structuredLogging(service).isPresent()) {
            return RuleOutcome.scored(100, List.of());
        }
        String message = "no structured logging: plain text logs (no JSON encoder or layout on the class path, no"
                + " logging.structured.format setting), so a log platform cannot search them by field";
        return RuleOutcome.scored(
                0,
                List.of(context.finding(Severity.LOW, "structured-logging", message)
                        .at(MetricsRule.pom(context))
                        .effort(EFFORT_MINUTES)
                        .blocking()));
    }

    static boolean onlyJakartaEe(ServiceEvidence service) {
        return service.uses(Framework.JAKARTA_EE)
                && service.detected().frameworks().size() == 1;
    }
}
