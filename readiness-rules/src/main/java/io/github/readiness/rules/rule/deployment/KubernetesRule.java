package io.github.readiness.rules.rule.deployment;

import io.github.readiness.rules.evidence.ProjectEvidence;
import io.github.readiness.rules.evidence.service.KubernetesManifests;
import io.github.readiness.rules.evidence.service.ServiceEvidence;
import io.github.readiness.rules.model.Category;
import io.github.readiness.rules.model.EffortModel;
import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.model.RuleLevel;
import io.github.readiness.rules.model.RuleMetadata;
import io.github.readiness.rules.model.Severity;
import io.github.readiness.rules.rule.AbstractRule;
import io.github.readiness.rules.rule.RuleContext;
import io.github.readiness.rules.rule.RuleOutcome;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code deployment.kubernetes}: the plain Kubernetes manifests of a service give every container resource requests
 * and limits, and every Deployment more than one replica (or a HorizontalPodAutoscaler) or a PodDisruptionBudget, so
 * that a node drain or a rollout does not take the service down. Probes are judged by {@code deployment.health} (one
 * finding per place). Never blocking (level WARN; the gold preset sets ERROR): MEDIUM per container without requests
 * or limits, MEDIUM per Deployment with a single replica and no budget. N/A for a library and without manifests;
 * Helm templates are listed as not read in the evidence table. Score: {@value
 * io.github.readiness.rules.rule.SeverityDecay#FORMULA}.
 */
public final class KubernetesRule extends AbstractRule<ServiceEvidence> {
    static final int MINUTES_PER_FINDING = 15;

    private static final RuleMetadata METADATA = RuleMetadata.builder("deployment.kubernetes", Category.DEPLOYMENT)
            .title("Kubernetes manifest hygiene")
            .description("The service's plain Kubernetes manifests give each container resource requests and limits,"
                    + " and each Deployment more than one replica or a PodDisruptionBudget.")
            .remediation("Under each container: resources: {requests: {cpu: 250m, memory: 512Mi}, limits: {memory:"
                    + " 512Mi}}; in the Deployment: replicas: 2 (or a HorizontalPodAutoscaler with minReplicas: 2), and a"
                    + " PodDisruptionBudget with minAvailable: 1 selecting its pods.")
            .effort(EffortModel.per(MINUTES_PER_FINDING, "per finding"))
            .level(RuleLevel.WARN)
            .build();

    public KubernetesRule() {
        super(METADATA, ProjectEvidence::service);
    }

    @Override
    protected RuleOutcome judge(ServiceEvidence service, RuleContext context) {
        KubernetesManifests manifests = service.deployment().kubernetes();
        if (!service.isService() || manifests.workloads().isEmpty()) {
            return RuleOutcome.notApplicable();
        }
        List<Finding> findings = new ArrayList<>();
        for (KubernetesManifests.Workload workload : manifests.workloads()) {
            String subject = workload.kind() + " " + workload.name();
            for (KubernetesManifests.Container container : workload.containers()) {
                List<String> missing = new ArrayList<>();
                if (!container.requests()) {
                    missing.add("requests");
                }
                if (!container.limits()) {
                    missing.add("limits");
                }
                if (!missing.isEmpty()) {
                    findings.add(context.finding(
                                    Severity.MEDIUM,
                                    subject + " " + container.name() + " resources",
                                    subject + ", container " + container.name() + ": no resource "
                                            + String.join(" or ", missing) + " (" + workload.at()
                                            + "): the scheduler cannot place it reliably and nothing bounds its use")
                            .at(workload.at())
                            .effort(MINUTES_PER_FINDING)
                            .blocking());
                }
            }
            boolean single = workload.replicas() == null || workload.replicas() < 2;
            if (workload.kind().equals("Deployment")
                    && single
                    && manifests.disruptionBudgets().isEmpty()
                    && !manifests.autoscaled().contains(workload.name())) {
                findings.add(context.finding(
                                Severity.MEDIUM,
                                subject + " replicas",
                                subject + " runs "
                                        + (workload.replicas() == null
                                                ? "1 replica (the default)"
                                                : workload.replicas() + " replica")
                                        + " with no PodDisruptionBudget or autoscaler (" + workload.at()
                                        + "): a node drain or rollout takes it down")
                        .at(workload.at())
                        .effort(MINUTES_PER_FINDING)
                        .blocking());
            }
        }
        return RuleOutcome.decayed(findings);
    }
}
