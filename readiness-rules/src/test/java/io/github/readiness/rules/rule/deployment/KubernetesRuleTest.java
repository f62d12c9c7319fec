package io.github.readiness.rules.rule.deployment;

import static io.github.readiness.rules.evidence.service.ServiceFixtures.classpath;
import static io.github.readiness.rules.evidence.service.ServiceFixtures.service;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.readiness.rules.evidence.Collected;
import io.github.readiness.rules.evidence.EvidenceStatus;
import io.github.readiness.rules.evidence.ProjectEvidence;
import io.github.readiness.rules.evidence.service.DeploymentFiles;
import io.github.readiness.rules.evidence.service.KubernetesManifests;
import io.github.readiness.rules.evidence.service.ServiceEvidence;
import io.github.readiness.rules.model.Location;
import io.github.readiness.rules.model.ProjectType;
import io.github.readiness.rules.rule.Rule;
import io.github.readiness.rules.rule.RuleOutcome;
import io.github.readiness.rules.rule.RuleRun;
import java.util.List;
import org.junit.jupiter.api.Test;

/** deployment.kubernetes, and the probe part of deployment.health, on manifests as the reader returns them. */
class KubernetesRuleTest {
    private static final String ACTUATOR = "org.springframework.boot:spring-boot-starter-actuator";
    private static final ServiceEvidence WEB =
            service(classpath("org.springframework.boot:spring-boot-starter-web", ACTUATOR));
    private static final Location AT = new Location("k8s/app.yaml", 5);

    private static ServiceEvidence with(KubernetesManifests manifests, ProjectType type) {
        return new ServiceEvidence(
                type,
                WEB.detected(),
                WEB.classpath(),
                WEB.config(),
                new DeploymentFiles(List.of(), null, manifests, List.of()));
    }

    private static KubernetesManifests manifests(
            Integer replicas, List<String> budgets, KubernetesManifests.Container... c) {
        return new KubernetesManifests(
                List.of("k8s/app.yaml"),
                List.of(new KubernetesManifests.Workload("Deployment", "app", replicas, AT, List.of(c))),
                budgets,
                List.of(),
                List.of());
    }

    private static List<String> run(Rule rule, ServiceEvidence service) {
        ProjectEvidence evidence = new ProjectEvidence(
                missing(),
                missing(),
                missing(),
                missing(),
                missing(),
                missing(),
                missing(),
                missing(),
                Collected.read(service, List.of()));
        RuleOutcome outcome = RuleRun.run(rule, evidence);
        if (outcome.equals(RuleOutcome.notApplicable())) {
            return List.of("N/A");
        }
        return outcome.findings().stream()
                .map(f -> f.severity() + " " + f.key() + " at " + f.location() + ": " + f.message())
                .toList();
    }

    private static <T> Collected<T> missing() {
        return Collected.missing(EvidenceStatus.NOT_APPLICABLE, "not collected", List.of());
    }

    @Test
    void aSingleReplicaWithoutResourcesOrProbesGetsAFindingPerMissingThing() {
        ServiceEvidence service = with(
                manifests(null, List.of(), new KubernetesManifests.Container("app", false, true, false, true)),
                ProjectType.AUTO);

        assertEquals(
                List.of(
                        "MEDIUM Deployment app app resources at k8s/app.yaml:5: Deployment app, container app: no"
                                + " resource requests (k8s/app.yaml:5): the scheduler cannot place it reliably and"
                                + " nothing bounds its use",
                        "MEDIUM Deployment app replicas at k8s/app.yaml:5: Deployment app runs 1 replica (the default)"
                                + " with no PodDisruptionBudget or autoscaler (k8s/app.yaml:5): a node drain or rollout"
                                + " takes it down"),
                run(new KubernetesRule(), service));
        assertEquals(
                List.of("MEDIUM Deployment app app probes at k8s/app.yaml:5: Deployment app, container app: no"
                        + " readinessProbe (k8s/app.yaml:5): Kubernetes sends traffic to it before it is ready and"
                        + " never restarts it when it hangs"),
                run(new HealthRule(), service));
    }

    @Test
    void twoReplicasOrABudgetWithResourcesAndProbesPass() {
        KubernetesManifests.Container good = new KubernetesManifests.Container("app", true, true, true, true);
        assertEquals(List.of(), run(new KubernetesRule(), with(manifests(2, List.of(), good), ProjectType.AUTO)));
        assertEquals(List.of(), run(new KubernetesRule(), with(manifests(1, List.of("app"), good), ProjectType.AUTO)));
        assertEquals(List.of(), run(new HealthRule(), with(manifests(1, List.of(), good), ProjectType.AUTO)));
    }

    @Test
    void withoutManifestsOrForALibraryItIsNotApplicable() {
        assertEquals(List.of("N/A"), run(new KubernetesRule(), with(KubernetesManifests.NONE, ProjectType.AUTO)));
        KubernetesManifests.Container bare = new KubernetesManifests.Container("app", false, false, false, false);
        assertEquals(
                List.of("N/A"), run(new KubernetesRule(), with(manifests(1, List.of(), bare), ProjectType.LIBRARY)));
    }
}
