package io.github.readiness.rules.evidence.service;

import io.github.readiness.rules.evidence.EvidenceRecord;
import io.github.readiness.rules.evidence.EvidenceStatus;
import java.util.ArrayList;
import java.util.List;

/** The evidence table's lines for a service's deployment files. */
final class DeploymentRecords {
    static final String CONTAINER_SOURCE = "container";
    static final String KUBERNETES_SOURCE = "kubernetes";

    private DeploymentRecords() {}

    static EvidenceRecord container(DeploymentFiles deployment) {
        List<String> paths = new ArrayList<>();
        List<String> details = new ArrayList<>();
        for (Dockerfile file : deployment.containers()) {
            paths.add(file.path());
            details.add(file.path() + ": " + file.stages() + (file.stages() == 1 ? " stage" : " stages")
                    + (file.baseImage() == null ? "" : ", final from " + file.baseImage()));
        }
        ImageBuild build = deployment.imageBuild();
        if (build != null) {
            paths.add(build.tool());
            details.add(build.tool() + (build.fromImage() == null ? "" : " from " + build.fromImage()));
        }
        if (paths.isEmpty()) {
            return new EvidenceRecord(
                    CONTAINER_SOURCE,
                    "Dockerfile, Containerfile, src/main/docker/*",
                    EvidenceStatus.NOT_AVAILABLE,
                    "no Dockerfile, Containerfile, Jib or buildpacks image build");
        }
        String detail = String.join("; ", details);
        if (!deployment.notes().isEmpty()) {
            detail += "; not read: " + String.join("; ", deployment.notes());
        }
        return new EvidenceRecord(CONTAINER_SOURCE, String.join(", ", paths), EvidenceStatus.READ, detail);
    }

    static EvidenceRecord kubernetes(KubernetesManifests manifests) {
        if (manifests.files().isEmpty() && manifests.notRead().isEmpty()) {
            return new EvidenceRecord(
                    KUBERNETES_SOURCE,
                    "k8s/, kubernetes/, deploy/, manifests/, helm/, src/main/kubernetes/",
                    EvidenceStatus.NOT_AVAILABLE,
                    "no Kubernetes manifest");
        }
        String detail = manifests.workloads().size()
                + (manifests.workloads().size() == 1 ? " workload" : " workloads")
                + (manifests.disruptionBudgets().isEmpty()
                        ? ""
                        : ", " + manifests.disruptionBudgets().size() + " PodDisruptionBudget")
                + (manifests.notRead().isEmpty() ? "" : "; not read: " + String.join("; ", manifests.notRead()));
        return new EvidenceRecord(
                KUBERNETES_SOURCE,
                manifests.files().isEmpty() ? "(none read)" : String.join(", ", manifests.files()),
                manifests.files().isEmpty() ? EvidenceStatus.INVALID : EvidenceStatus.READ,
                detail);
    }

    static EvidenceRecord migrations(Migrations migrations) {
        String detail = migrations.files().size() + (migrations.files().size() == 1 ? " script, " : " scripts, ")
                + migrations.changes().size() + " unsafe statement"
                + (migrations.changes().size() == 1 ? "" : "s")
                + (migrations.notes().isEmpty() ? "" : "; not read: " + String.join("; ", migrations.notes()));
        return new EvidenceRecord(
                "migrations",
                migrations.files().isEmpty() ? "db/" : String.join(", ", migrations.files()),
                EvidenceStatus.READ,
                detail);
    }
}
