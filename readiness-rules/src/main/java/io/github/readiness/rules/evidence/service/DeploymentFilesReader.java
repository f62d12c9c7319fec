package io.github.readiness.rules.evidence.service;

import io.github.readiness.rules.evidence.PathDisplay;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Finds and reads a service's deployment files: Dockerfiles and Containerfiles in the module directory, {@code docker/}
 * and {@code src/main/docker/} (where Quarkus generates {@code Dockerfile.jvm}, {@code Dockerfile.native}...).
 */
public final class DeploymentFilesReader {
    static final List<String> CONTAINER_DIRECTORIES = List.of(".", "docker", "src/main/docker");

    private DeploymentFilesReader() {}

    public static DeploymentFiles read(Path baseDir, ImageBuild imageBuild) {
        List<Dockerfile> containers = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Path file : containerFiles(baseDir)) {
            String shown = PathDisplay.relative(baseDir, file);
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                Dockerfile dockerfile = DockerfileReader.read(reader, shown);
                containers.add(dockerfile);
                notes.addAll(dockerfile.notes());
            } catch (IOException | RuntimeException e) {
                notes.add(shown + ": could not be read (" + e.getClass().getSimpleName() + ")");
            }
        }
        return new DeploymentFiles(
                containers, imageBuild, KubernetesManifestReader.read(baseDir), notes, ApiContracts.find(baseDir));
    }

    static List<Path> containerFiles(Path baseDir) {
        TreeSet<Path> files = new TreeSet<>();
        for (String directory : CONTAINER_DIRECTORIES) {
            Path dir = baseDir.resolve(directory).normalize();
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
                for (Path entry : entries) {
                    if (Files.isRegularFile(entry)
                            && isContainerFile(entry.getFileName().toString())) {
                        files.add(entry);
                    }
                }
            } catch (IOException e) {
                // an unreadable directory holds no file we can judge
            }
        }
        return List.copyOf(files);
    }

    /** {@code Dockerfile}, {@code Containerfile}, {@code Dockerfile.jvm}, {@code app.dockerfile}. */
    static boolean isContainerFile(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return !lower.endsWith(".dockerignore")
                && (lower.equals("dockerfile")
                        || lower.equals("containerfile")
                        || lower.startsWith("dockerfile.")
                        || lower.startsWith("containerfile.")
                        || lower.endsWith(".dockerfile")
                        || lower.endsWith(".containerfile"));
    }
}
