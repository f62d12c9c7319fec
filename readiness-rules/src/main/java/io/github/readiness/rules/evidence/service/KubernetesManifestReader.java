package io.github.readiness.rules.evidence.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.readiness.rules.evidence.PathDisplay;
import io.github.readiness.rules.model.Location;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds and reads plain Kubernetes manifests: {@code .yml}/{@code .yaml} files in the module directory and under the
 * directories manifests are kept in ({@code k8s/}, {@code kubernetes/}, {@code deploy/}, {@code manifests/}, {@code
 * helm/}, {@code charts/}, {@code openshift/}, {@code src/main/kubernetes/}...), each document of a multi-document file
 * read by Jackson's YAML parser with anchors, aliases and merge keys resolved ({@link YamlDocuments}). A document counts when it has {@code apiVersion} and {@code kind}. Helm templates ({@code {{ }}}
 * in the text, or a file under a chart's {@code templates/}) are not YAML: listed as not read. A file that is not
 * valid YAML is listed with the parser's line.
 */
public final class KubernetesManifestReader {
    static final long MAX_BYTES = 1024 * 1024;
    static final int MAX_DEPTH = 6;
    static final Set<String> MANIFEST_DIRECTORIES = Set.of(
            "k8s",
            "kube",
            "kubernetes",
            "deploy",
            "deployment",
            "deployments",
            "manifests",
            "helm",
            "chart",
            "charts",
            "openshift",
            "infra",
            "ops");
    private static final Set<String> WORKLOADS = Set.of("Deployment", "StatefulSet");

    private KubernetesManifestReader() {}

    public static KubernetesManifests read(Path baseDir) {
        List<String> files = new ArrayList<>();
        List<KubernetesManifests.Workload> workloads = new ArrayList<>();
        List<String> budgets = new ArrayList<>();
        List<String> autoscaled = new ArrayList<>();
        List<String> notRead = new ArrayList<>();
        for (Path file : candidates(baseDir)) {
            String shown = PathDisplay.relative(baseDir, file);
            try {
                if (Files.size(file) > MAX_BYTES) {
                    notRead.add(shown + ": over 1 MB");
                    continue;
                }
                String text = Files.readString(file, StandardCharsets.UTF_8);
                if (text.contains("{{") || isChartTemplate(file)) {
                    if (text.contains("kind:")) {
                        notRead.add(shown + ": Helm template, not YAML");
                    }
                    continue;
                }
                if (!text.contains("apiVersion") || !text.contains("kind")) {
                    continue; // application.yml, a CI workflow: not a manifest
                }
                int before = workloads.size() + budgets.size() + autoscaled.size();
                read(text, shown, workloads, budgets, autoscaled);
                if (workloads.size() + budgets.size() + autoscaled.size() > before || isManifest(text)) {
                    files.add(shown);
                }
            } catch (JsonProcessingException e) {
                notRead.add(shown + ": not valid YAML"
                        + (e.getLocation() == null
                                ? ""
                                : " at line " + e.getLocation().getLineNr()) + " ("
                        + e.getOriginalMessage().lines().findFirst().orElse("") + ")");
            } catch (IOException | RuntimeException e) {
                notRead.add(shown + ": could not be read ("
                        + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")");
            }
        }
        return new KubernetesManifests(files, workloads, budgets, autoscaled, notRead);
    }

    /** Reads every document of one file. */
    static void read(
            String text,
            String shown,
            List<KubernetesManifests.Workload> workloads,
            List<String> budgets,
            List<String> autoscaled)
            throws IOException {
        for (YamlDocuments.Document parsed : YamlDocuments.read(text)) {
            JsonNode document = parsed.root();
            if (document == null || !document.isObject()) {
                continue;
            }
            String kind = document.path("kind").asText("");
            String name = document.path("metadata").path("name").asText("");
            if (WORKLOADS.contains(kind)) {
                workloads.add(workload(document, kind, name, new Location(shown, parsed.line())));
            } else if (kind.equals("PodDisruptionBudget")) {
                budgets.add(name);
            } else if (kind.equals("HorizontalPodAutoscaler")) {
                autoscaled.add(document.path("spec")
                        .path("scaleTargetRef")
                        .path("name")
                        .asText(""));
            }
        }
    }

    private static KubernetesManifests.Workload workload(JsonNode document, String kind, String name, Location at) {
        JsonNode spec = document.path("spec");
        Integer replicas = spec.has("replicas") && spec.get("replicas").canConvertToInt()
                ? spec.get("replicas").asInt()
                : null;
        List<KubernetesManifests.Container> containers = new ArrayList<>();
        for (JsonNode container : spec.path("template").path("spec").path("containers")) {
            JsonNode resources = container.path("resources");
            containers.add(new KubernetesManifests.Container(
                    container.path("name").asText(""),
                    resources.path("requests").size() > 0,
                    resources.path("limits").size() > 0,
                    container.has("readinessProbe"),
                    container.has("livenessProbe")));
        }
        return new KubernetesManifests.Workload(kind, name, replicas, at, containers);
    }

    private static boolean isManifest(String text) {
        return text.lines().anyMatch(line -> line.startsWith("apiVersion:"));
    }

    /** A file under {@code templates/} of a directory that holds a {@code Chart.yaml}. */
    private static boolean isChartTemplate(Path file) {
        for (Path dir = file.getParent(); dir != null; dir = dir.getParent()) {
            if (dir.getFileName() != null && dir.getFileName().toString().equals("templates")) {
                Path chart = dir.getParent();
                return chart != null && Files.exists(chart.resolve("Chart.yaml"));
            }
        }
        return false;
    }

    static List<Path> candidates(Path baseDir) {
        TreeSet<Path> files = new TreeSet<>();
        List<Path> roots =
                new ArrayList<>(List.of(baseDir.resolve("src/main/kubernetes"), baseDir.resolve("src/main/k8s")));
        try (var children = Files.list(baseDir)) {
            children.forEach(child -> {
                String name = child.getFileName().toString();
                if (Files.isDirectory(child) && MANIFEST_DIRECTORIES.contains(name.toLowerCase(Locale.ROOT))) {
                    roots.add(child);
                } else if (Files.isRegularFile(child) && isYaml(name)) {
                    files.add(child);
                }
            });
        } catch (IOException e) {
            return List.copyOf(files);
        }
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try {
                Files.walkFileTree(root, Set.of(), MAX_DEPTH, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                        if (attributes.isRegularFile()
                                && isYaml(file.getFileName().toString())) {
                            files.add(file);
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException e) {
                // a directory that cannot be walked holds no manifest we can judge
            }
        }
        return List.copyOf(files);
    }

    private static boolean isYaml(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".yml") || lower.endsWith(".yaml");
    }
}
