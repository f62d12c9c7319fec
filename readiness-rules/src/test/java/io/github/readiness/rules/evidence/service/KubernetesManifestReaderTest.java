package io.github.readiness.rules.evidence.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real manifest (see service/deployment/ORIGIN.md), multi-document files, anchors, Helm templates, broken YAML. */
class KubernetesManifestReaderTest {
    @TempDir
    Path dir;

    private void write(String path, String text) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static String describe(KubernetesManifests.Workload workload) {
        return workload.kind() + " " + workload.name() + " replicas " + workload.replicas() + " at " + workload.at()
                + " " + workload.containers();
    }

    @Test
    void theRealPetclinicDeploymentHasALivenessProbeAMemoryLimitAndOneReplica() throws IOException {
        Path file = dir.resolve("k8s/customers-service-deployment.yaml");
        Files.createDirectories(file.getParent());
        try (InputStream in = Objects.requireNonNull(
                getClass().getResourceAsStream("/service/deployment/petclinic-customers-service-deployment.yaml"))) {
            Files.copy(in, file);
        }

        KubernetesManifests manifests = KubernetesManifestReader.read(dir);

        assertEquals(List.of("k8s/customers-service-deployment.yaml"), manifests.files());
        assertEquals(
                List.of("Deployment customers-service replicas 1 at k8s/customers-service-deployment.yaml:1"
                        + " [Container[name=customers-service, requests=false, limits=true, readinessProbe=false,"
                        + " livenessProbe=true]]"),
                manifests.workloads().stream()
                        .map(KubernetesManifestReaderTest::describe)
                        .toList());
        assertTrue(manifests.probed());
    }

    @Test
    void everyDocumentOfAMultiDocumentFileIsReadWithItsLine() throws IOException {
        write("deploy/app.yaml", """
                apiVersion: v1
                kind: Service
                metadata: {name: app}
                ---
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: app
                spec:
                  replicas: 3
                  template:
                    spec:
                      containers:
                        - name: app
                          resources: {requests: {cpu: 100m}, limits: {memory: 256Mi}}
                          readinessProbe: {httpGet: {path: /ready, port: 8080}}
                ---
                apiVersion: policy/v1
                kind: PodDisruptionBudget
                metadata: {name: app}
                """);

        KubernetesManifests manifests = KubernetesManifestReader.read(dir);

        assertEquals(1, manifests.workloads().size());
        assertEquals(3, manifests.workloads().get(0).replicas());
        assertEquals(5, manifests.workloads().get(0).at().line()); // its first line, after ---
        assertEquals(List.of("app"), manifests.disruptionBudgets());
    }

    @Test
    void yamlAnchorsAndAliasesAreResolved() throws IOException {
        write("k8s/app.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: app}
                spec:
                  template:
                    spec:
                      containers:
                        - name: app
                          resources: &sized
                            requests: {cpu: 100m}
                            limits: {memory: 256Mi}
                        - name: sidecar
                          resources: *sized
                """);

        KubernetesManifests manifests = KubernetesManifestReader.read(dir);

        assertEquals(List.of(), manifests.notRead());
        List<KubernetesManifests.Container> containers =
                manifests.workloads().get(0).containers();
        assertTrue(containers.get(1).requests() && containers.get(1).limits(), containers.toString());
    }

    @Test
    void mergeKeysAreMergedAndAnAliasOfNoAnchorIsANote() throws IOException {
        write("k8s/merge.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: app}
                spec:
                  template:
                    spec:
                      containers:
                        - &base
                          name: base
                          livenessProbe: {tcpSocket: {port: 8080}}
                        - <<: *base
                          name: second
                """);
        write("k8s/dangling.yaml", "apiVersion: v1\nkind: Deployment\nspec: *nowhere\n");

        KubernetesManifests manifests = KubernetesManifestReader.read(dir);

        List<KubernetesManifests.Container> containers =
                manifests.workloads().get(0).containers();
        assertEquals("second", containers.get(1).name());
        assertTrue(containers.get(1).livenessProbe());
        assertEquals(1, manifests.notRead().size(), manifests.notRead().toString());
        assertTrue(
                manifests.notRead().get(0).startsWith("k8s/dangling.yaml: "),
                manifests.notRead().get(0));
    }

    @Test
    void helmTemplatesAreListedAsNotReadAndBrokenYamlNamesItsLine() throws IOException {
        write("helm/app/Chart.yaml", "apiVersion: v2\nname: app\nversion: 1.0.0\n");
        write(
                "helm/app/templates/deployment.yaml",
                "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n" + "  name: {{ include \"app.fullname\" . }}\n");
        write("k8s/broken.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: [unclosed\n");

        KubernetesManifests manifests = KubernetesManifestReader.read(dir);

        assertEquals(2, manifests.notRead().size(), manifests.notRead().toString());
        assertEquals(
                "helm/app/templates/deployment.yaml: Helm template, not YAML",
                manifests.notRead().get(0));
        assertTrue(
                manifests.notRead().get(1).startsWith("k8s/broken.yaml: not valid YAML at line "),
                manifests.notRead().get(1));
        assertFalse(manifests.probed());
    }

    @Test
    void applicationConfigurationAndCiFilesAreNotManifests() throws IOException {
        write("docker-compose.yml", "services:\n  db:\n    image: postgres:16\n");
        write("deploy/application.yml", "spring:\n  application:\n    name: app\n");

        KubernetesManifests manifests = KubernetesManifestReader.read(dir);

        assertEquals(KubernetesManifests.NONE, manifests);
    }
}
