package io.github.readiness.rules.evidence.service;

import io.github.readiness.rules.evidence.build.DeclaredArtifact;
import io.github.readiness.rules.evidence.build.DeclaredArtifact.Kind;
import io.github.readiness.rules.evidence.build.VersionKind;
import io.github.readiness.rules.model.Location;
import io.github.readiness.rules.model.ProjectType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Services built one piece at a time for the detector tables. */
public final class ServiceFixtures {
    private ServiceFixtures() {}

    /** A direct dependency declared at pom.xml:{@code 20 + index}. */
    public static List<ClasspathArtifact> classpath(String... coordinates) {
        List<ClasspathArtifact> result = new ArrayList<>();
        for (int i = 0; i < coordinates.length; i++) {
            String[] ga = coordinates[i].split(":");
            result.add(new ClasspathArtifact(ga[0], ga[1], "compile", true, new Location("pom.xml", 20 + i)));
        }
        return result;
    }

    public static DeclaredArtifact plugin(String coordinates) {
        String[] ga = coordinates.split(":");
        return new DeclaredArtifact(Kind.PLUGIN, ga[0], ga[1], "1.0", VersionKind.FIXED, new Location("pom.xml", 50));
    }

    /** A service with the given class path and configuration lines of application.properties. */
    public static ServiceEvidence service(List<ClasspathArtifact> classpath, String... properties) {
        List<ConfigProperty> config = new ArrayList<>();
        try {
            ApplicationConfigReader.readProperties(
                    String.join("\n", properties), "src/main/resources/application.properties", null, config);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return service(
                classpath,
                new ApplicationConfig(List.of("src/main/resources/application.properties"), config, List.of()));
    }

    public static ServiceEvidence service(List<ClasspathArtifact> classpath, ApplicationConfig config) {
        // frameworks from the class path only; a service by policy
        ServiceDetection detected = ServiceDetector.detect("jar", List.of(), classpath);
        return new ServiceEvidence(ProjectType.SERVICE, detected, classpath, config);
    }

    /** Writes the files ({@code name, text, name, text...}) into {@code dir}. */
    public static Path write(Path dir, String... namesAndTexts) throws IOException {
        Files.createDirectories(dir);
        for (int i = 0; i < namesAndTexts.length; i += 2) {
            Files.writeString(dir.resolve(namesAndTexts[i]), namesAndTexts[i + 1]);
        }
        return dir;
    }

    static List<String> list(String... items) {
        return Arrays.asList(items);
    }
}
