package io.github.readiness.rules.evidence.service;

import java.util.List;
import java.util.Objects;

/**
 * How a service is packaged and deployed, from its repository files and build: Dockerfiles/Containerfiles and image
 * builds without one.
 *
 * @param containers the Dockerfiles and Containerfiles read
 * @param imageBuild an image build without a Dockerfile (Jib, buildpacks); null when there is none
 * @param kubernetes the plain Kubernetes manifests of the module directory
 * @param notes files that could not be read, for the evidence table
 * @param apiContracts OpenAPI/Swagger documents in the repository ({@code src/main/resources/openapi.yaml})
 */
public record DeploymentFiles(
        List<Dockerfile> containers,
        ImageBuild imageBuild,
        KubernetesManifests kubernetes,
        List<String> notes,
        List<String> apiContracts) {
    public static final DeploymentFiles NONE =
            new DeploymentFiles(List.of(), null, KubernetesManifests.NONE, List.of(), List.of());

    public DeploymentFiles {
        containers = List.copyOf(containers);
        notes = List.copyOf(notes);
        Objects.requireNonNull(kubernetes, "kubernetes");
        apiContracts = List.copyOf(apiContracts);
    }

    /** Without API contract files. */
    public DeploymentFiles(
            List<Dockerfile> containers, ImageBuild imageBuild, KubernetesManifests kubernetes, List<String> notes) {
        this(containers, imageBuild, kubernetes, notes, List.of());
    }

    /** Without Kubernetes manifests. */
    public DeploymentFiles(List<Dockerfile> containers, ImageBuild imageBuild, List<String> notes) {
        this(containers, imageBuild, KubernetesManifests.NONE, notes, List.of());
    }

    /** Whether Kubernetes manifests in the repository declare readiness or liveness probes. */
    public boolean probed() {
        return kubernetes.probed();
    }
}
