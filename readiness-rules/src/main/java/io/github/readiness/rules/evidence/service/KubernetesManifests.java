package io.github.readiness.rules.evidence.service;

import io.github.readiness.rules.model.Location;
import java.util.List;

/**
 * The plain Kubernetes manifests of a repository: the workloads they declare, whether a PodDisruptionBudget exists,
 * and the files read or left out (Helm templates are not YAML).
 *
 * @param files the manifest files read
 * @param workloads Deployments and StatefulSets, in file order
 * @param disruptionBudgets names of the PodDisruptionBudgets declared
 * @param autoscaled names of the workloads a HorizontalPodAutoscaler scales
 * @param notRead files left out, with the reason ("chart/templates/deployment.yaml: Helm template, not YAML")
 */
public record KubernetesManifests(
        List<String> files,
        List<Workload> workloads,
        List<String> disruptionBudgets,
        List<String> autoscaled,
        List<String> notRead) {
    public static final KubernetesManifests NONE =
            new KubernetesManifests(List.of(), List.of(), List.of(), List.of(), List.of());

    public KubernetesManifests {
        files = List.copyOf(files);
        workloads = List.copyOf(workloads);
        disruptionBudgets = List.copyOf(disruptionBudgets);
        autoscaled = List.copyOf(autoscaled);
        notRead = List.copyOf(notRead);
    }

    /**
     * A Deployment or StatefulSet.
     *
     * @param replicas {@code spec.replicas}; null when not set (Kubernetes' default is 1)
     * @param at the document's first line
     */
    public record Workload(String kind, String name, Integer replicas, Location at, List<Container> containers) {
        public Workload {
            containers = List.copyOf(containers);
        }
    }

    /** A container of a workload's pod template, and what it declares. */
    public record Container(
            String name, boolean requests, boolean limits, boolean readinessProbe, boolean livenessProbe) {}

    /** Whether any container declares a readiness or liveness probe. */
    public boolean probed() {
        return workloads.stream()
                .flatMap(w -> w.containers().stream())
                .anyMatch(c -> c.readinessProbe() || c.livenessProbe());
    }
}
