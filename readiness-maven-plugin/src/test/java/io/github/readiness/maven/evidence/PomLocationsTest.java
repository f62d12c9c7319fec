package io.github.readiness.maven.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.readiness.rules.model.Location;
import java.nio.file.Path;
import org.apache.maven.model.InputLocation;
import org.apache.maven.model.InputSource;
import org.junit.jupiter.api.Test;

/** Sources as Maven 3.8.7 records them (checked on a real build; see BuildModelFactory). */
class PomLocationsTest {
    private static final Path ROOT = Path.of("/work/acme").toAbsolutePath();
    private static final Path REPOSITORY = Path.of("/home/dev/.m2/repository").toAbsolutePath();
    private final PomLocations locations = new PomLocations(ROOT.resolve("app"), REPOSITORY);

    @Test
    void theModulePomIsPomXml() {
        assertEquals(
                new Location("pom.xml", 12), locations.of(at("com.acme:app:1.0", ROOT.resolve("app/pom.xml"), 12)));
    }

    @Test
    void aParentInTheTreeIsRelativeToTheModule() {
        assertEquals(
                new Location("../pom.xml", 40), locations.of(at("com.acme:root:1.0", ROOT.resolve("pom.xml"), 40)));
        assertEquals(
                new Location("../parent/pom.xml", 7),
                locations.of(at("com.acme:parent:1.0", ROOT.resolve("parent/pom.xml"), 7)));
    }

    @Test
    void aPomFromTheLocalRepositoryIsItsModelId() {
        Path pom = REPOSITORY.resolve("com/acme/corp-parent/3/corp-parent-3.pom");

        assertEquals(new Location("com.acme:corp-parent:3", 88), locations.of(at("com.acme:corp-parent:3", pom, 88)));
        assertEquals(
                new Location(displayed(pom), 88),
                new PomLocations(ROOT.resolve("app"), null).of(at("com.acme:corp-parent:3", pom, 88)),
                "without a known local repository the path is all there is");
    }

    @Test
    void mavensOwnDefaultsHaveNoLocation() {
        InputLocation superPom = new InputLocation(
                77,
                20,
                source(
                        "org.apache.maven:maven-model-builder:3.8.7:super-pom",
                        "jar:file:/usr/share/maven/lib/maven-model-builder-3.x.jar!/org/apache/maven/model/pom-4.0.0.xml"));
        InputLocation lifecycle =
                new InputLocation(-1, -1, source("org.apache.maven:maven-core:3.8.7:default-lifecycle-bindings", null));

        for (InputLocation location : new InputLocation[] {superPom, lifecycle}) {
            assertTrue(PomLocations.isMavenDefault(location));
            assertFalse(PomLocations.isPom(location));
            assertNull(locations.of(location));
        }
    }

    @Test
    void unknownLocationsAreNull() {
        assertNull(locations.of(null));
        assertNull(locations.of(new InputLocation(3, 1)));
        assertFalse(PomLocations.isPom(null));
        assertFalse(PomLocations.isMavenDefault(null));
    }

    /** A POM named only by id (a workspace reader's model): the id; a line of -1 is unknown (0). */
    @Test
    void aSourceWithoutFileIsItsModelId() {
        assertEquals(
                new Location("com.acme:lib:2.0", 0),
                locations.of(new InputLocation(-1, -1, source("com.acme:lib:2.0", null))));
    }

    @Test
    void theFirstPomLocationWins() {
        InputLocation version = at("com.acme:app:1.0", ROOT.resolve("app/pom.xml"), 30);
        InputLocation declaration = at("com.acme:app:1.0", ROOT.resolve("app/pom.xml"), 28);

        assertEquals(new Location("pom.xml", 30), locations.first(version, declaration));
        assertEquals(new Location("pom.xml", 28), locations.first(null, declaration));
        assertNull(locations.first(null, null));
    }

    /** petclinic: Spring Boot's starter parent describes Spring Boot; a corporate parent of the same group is ours. */
    @Test
    void aParentFromTheRepositoryWithAnotherGroupIsOutsideTheProject() {
        Path boot = REPOSITORY.resolve("org/springframework/boot/spring-boot-starter-parent/4.0.3/x.pom");
        Path corporate = REPOSITORY.resolve("com/acme/corp-parent/3/corp-parent-3.pom");

        assertEquals(
                "org.springframework.boot:spring-boot-starter-parent:4.0.3",
                locations.foreignModel(
                        at("org.springframework.boot:spring-boot-starter-parent:4.0.3", boot, 9), "com.acme"));
        assertNull(locations.foreignModel(at("com.acme:corp-parent:3", corporate, 9), "com.acme"), "same groupId");
        assertNull(
                locations.foreignModel(at("org.other:root:1.0", ROOT.resolve("pom.xml"), 9), "com.acme"),
                "a parent on disk (reactor, relativePath) belongs to the project");
        assertNull(
                new PomLocations(ROOT.resolve("app"), null)
                        .foreignModel(
                                at("org.springframework.boot:spring-boot-starter-parent:4.0.3", boot, 9), "com.acme"),
                "without a known local repository nothing is called foreign");
        assertNull(locations.foreignModel(null, "com.acme"));
    }

    private static String displayed(Path pom) {
        return io.github.readiness.rules.evidence.PathDisplay.relative(ROOT.resolve("app"), pom);
    }

    private static InputLocation at(String modelId, Path file, int line) {
        return new InputLocation(line, 5, source(modelId, file.toString()));
    }

    private static InputSource source(String modelId, String location) {
        InputSource source = new InputSource();
        source.setModelId(modelId);
        source.setLocation(location);
        return source;
    }
}
