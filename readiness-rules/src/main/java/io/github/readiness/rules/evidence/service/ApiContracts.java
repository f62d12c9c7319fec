package io.github.readiness.rules.evidence.service;

import io.github.readiness.rules.evidence.PathDisplay;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * OpenAPI and Swagger documents kept in a repository: a {@code .yaml}, {@code .yml} or {@code .json} file whose name
 * contains {@code openapi} or {@code swagger}, in the module directory or under {@code src/main/resources} (Quarkus
 * serves {@code META-INF/openapi.yaml}), {@code src/main/openapi}, {@code api}, {@code openapi}, {@code docs},
 * {@code spec}, {@code specs} or {@code contracts}, 5 levels deep.
 */
public final class ApiContracts {
    static final int MAX_DEPTH = 5;
    static final List<String> DIRECTORIES =
            List.of("src/main/resources", "src/main/openapi", "api", "openapi", "docs", "spec", "specs", "contracts");

    private ApiContracts() {}

    public static List<String> find(Path baseDir) {
        Set<String> found = new TreeSet<>();
        try (var children = Files.list(baseDir)) {
            children.filter(Files::isRegularFile)
                    .filter(file -> isContract(file.getFileName().toString()))
                    .forEach(file -> found.add(PathDisplay.relative(baseDir, file)));
        } catch (IOException e) {
            return List.copyOf(found);
        }
        for (String directory : DIRECTORIES) {
            Path root = baseDir.resolve(directory);
            if (!Files.isDirectory(root)) {
                continue;
            }
            try {
                Files.walkFileTree(root, Set.of(), MAX_DEPTH, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                        if (attributes.isRegularFile()
                                && isContract(file.getFileName().toString())) {
                            found.add(PathDisplay.relative(baseDir, file));
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException e) {
                // a directory that cannot be walked holds no contract we can see
            }
        }
        return List.copyOf(found);
    }

    static boolean isContract(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        boolean document = lower.endsWith(".yaml") || lower.endsWith(".yml") || lower.endsWith(".json");
        return document && (lower.contains("openapi") || lower.contains("swagger"));
    }
}
