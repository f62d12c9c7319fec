package io.github.readiness.rules.rule.deployment;

import io.github.readiness.rules.evidence.ProjectEvidence;
import io.github.readiness.rules.evidence.service.HealthEndpoint;
import io.github.readiness.rules.evidence.service.KubernetesManifests;
import io.github.readiness.rules.evidence.service.ServiceEvidence;
import io.github.readiness.rules.model.Category;
import io.github.readiness.rules.model.EffortModel;
import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.model.Location;
import io.github.readiness.rules.model.RuleLevel;
import io.github.readiness.rules.model.RuleMetadata;
import io.github.readiness.rules.model.Severity;
import io.github.readiness.rules.rule.AbstractRule;
import io.github.readiness.rules.rule.RuleContext;
import io.github.readiness.rules.rule.RuleOutcome;
import io.github.readiness.rules.rule.SeverityDecay;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code deployment.health}: a service has a health endpoint its orchestrator can probe (see {@link HealthEndpoint}).
 * One HIGH finding when it has none, blocking only at level ERROR (the default is WARN; the silver
 * and gold presets set ERROR): at the POM when the dependency is missing, at the setting that
 * takes health off HTTP otherwise; 60 min. Where plain Kubernetes manifests exist, one MEDIUM finding per container
 * of a Deployment or StatefulSet without a readiness or liveness probe (15 min), with the same blocking. Score: 0
 * without a health endpoint, else {@value SeverityDecay#FORMULA} over the probe findings. N/A for a library and for a
 * framework it does not understand.
 */
public final class HealthRule extends AbstractRule<ServiceEvidence> {
    static final int EFFORT_MINUTES = 60;
    static final int PROBE_MINUTES = 15;

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
            return RuleOutcome.decayed(probes(service.deployment().kubernetes(), context));
        }
        HealthEndpoint.Problem found = problem.get();
        Location at = found.setting() != null ? found.setting().location() : pom(context);
        String key = found.setting() != null ? found.setting().key() : found.missing();
        List<Finding> findings = new ArrayList<>();
        findings.add(context.finding(Severity.HIGH, key, found.message())
                .at(at)
                .effort(EFFORT_MINUTES)
                .blocking());
        findings.addAll(probes(service.deployment().kubernetes(), context));
        return RuleOutcome.scoredByFindings(
                0,
                findings,
                counted -> counted.stream().anyMatch(f -> f.key().equals(key)) ? 0 : SeverityDecay.ofFindings(counted));
    }

    /** Where plain manifests exist: each container of a Deployment or StatefulSet without readiness or liveness probe. */
    private static List<Finding> probes(KubernetesManifests manifests, RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (KubernetesManifests.Workload workload : manifests.workloads()) {
            for (KubernetesManifests.Container container : workload.containers()) {
                List<String> missing = new ArrayList<>();
                if (!container.readinessProbe()) {
                    missing.add("readinessProbe");
                }
                if (!container.livenessProbe()) {
                    missing.add("livenessProbe");
                }
                if (!missing.isEmpty()) {
                    String subject = workload.kind() + " " + workload.name() + ", container " + container.name();
                    findings.add(context.finding(
                                    Severity.MEDIUM,
                                    workload.kind() + " " + workload.name() + " " + container.name() + " probes",
                                    subject + ": no " + String.join(" and no ", missing) + " (" + workload.at()
                                            + "): Kubernetes sends traffic to it before it is ready and never restarts"
                                            + " it when it hangs")
                            .at(workload.at())
                            .effort(PROBE_MINUTES)
                            .blocking());
                }
            }
        }
        return findings;
    }

    static Location pom(RuleContext context) {
        return context.evidence().build().isRead()
                ? Location.of(context.evidence().build().value().pomFile())
                : null;
    }
}
