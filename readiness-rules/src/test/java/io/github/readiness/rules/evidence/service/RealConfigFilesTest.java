package io.github.readiness.rules.evidence.service;

import static io.github.readiness.rules.evidence.service.ServiceFixtures.classpath;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.readiness.rules.model.ProjectType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The detectors on real configuration files of public repositories (src/test/resources/service/real, origins in
 * ORIGIN.md there): each file is copied under the name its framework reads, then read and judged as a service with
 * the given class path.
 */
class RealConfigFilesTest {
    static final String ACTUATOR = "org.springframework.boot:spring-boot-starter-actuator";

    @TempDir
    Path base;

    /** resource, name it is read as, class path, what the detectors report */
    static Stream<Arguments> files() {
        return Stream.of(
                Arguments.of(
                        "petclinic-application.properties",
                        "application.properties",
                        classpath(ACTUATOR, "org.springframework.boot:spring-boot-starter-data-jpa"),
                        List.of(
                                "exposure default: [prometheus] dangerous=false at res/application.properties:19",
                                "no migration tool: org.springframework.boot:spring-boot-starter-data-jpa (pom.xml:21)")),
                Arguments.of(
                        "customers-service-application.yml",
                        "application.yml",
                        classpath(ACTUATOR),
                        List.of(
                                "exposure docker: [metrics, trace, prometheus] dangerous=true at res/application.yml:28")),
                Arguments.of(
                        "panache-quickstart-application.properties",
                        "application.properties",
                        classpath("io.quarkus:quarkus-hibernate-orm-panache"),
                        List.of(
                                "no migration tool: io.quarkus:quarkus-hibernate-orm-panache (pom.xml:20)",
                                "schema generation: quarkus.hibernate-orm.database.generation=drop-and-create"
                                        + " (res/application.properties:3)")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void judgesTheRealFile(String resource, String readAs, List<ClasspathArtifact> classpath, List<String> expected)
            throws IOException {
        Path dir = Files.createDirectories(base.resolve("res"));
        try (InputStream in = getClass().getResourceAsStream("/service/real/" + resource)) {
            Files.copy(in, dir.resolve(readAs));
        }
        ApplicationConfig config = ApplicationConfigReader.read(base, List.of(dir));
        assertEquals(List.of(), config.notes());
        ServiceDetection detected = ServiceDetector.detect("jar", List.of(), classpath);
        ServiceEvidence service = new ServiceEvidence(ProjectType.SERVICE, detected, classpath, config);
        List<String> found = new ArrayList<>();
        ManagementExposure.find(service)
                .forEach(e -> found.add("exposure " + (e.profile() == null ? "default" : e.profile()) + ": "
                        + e.endpoints() + " dangerous=" + e.dangerous() + " at "
                        + e.setting().location()));
        SchemaManagement.Result schema = SchemaManagement.check(service);
        schema.noMigrationTool()
                .ifPresent(
                        m -> found.add("no migration tool: " + m.persistence().shown()));
        schema.generation()
                .forEach(g -> found.add("schema generation: " + g.setting().shown()));
        schema.scriptInit().forEach(s -> found.add("init scripts: " + s.mode().shown()));
        assertEquals(expected, found);
    }
}
