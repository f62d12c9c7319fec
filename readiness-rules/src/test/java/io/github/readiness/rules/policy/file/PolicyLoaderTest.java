package io.github.readiness.rules.policy.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.readiness.rules.ReadinessEngine;
import io.github.readiness.rules.model.Severity;
import io.github.readiness.rules.policy.PolicyException;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyLoaderTest {
    private static final TracedPolicy DEFAULTS =
            TracedPolicy.of(ReadinessEngine.withBuiltInRules().defaultPolicy());
    private static final String POM = "Invalid readiness configuration in the POM: policy";

    @TempDir
    Path dir;

    private Path project() throws IOException {
        return Files.createDirectories(dir.resolve("project"));
    }

    private Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    private PolicyLoader loader(ClassLoader classpath) throws IOException {
        return new PolicyLoader(project(), classpath);
    }

    private TracedPolicy applyProjectFile(String yaml) throws IOException {
        return loader(getClass().getClassLoader())
                .applyFile(DEFAULTS, write(project().resolve("readiness.yaml"), yaml));
    }

    private String projectFileError(String yaml) {
        return assertThrows(PolicyException.class, () -> applyProjectFile(yaml)).getMessage();
    }

    /** A jar holding an organisation's policy, as a plugin dependency would. */
    private ClassLoader orgJar(String... pathsAndContents) throws IOException {
        Path jar = dir.resolve("acme-policy.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (int i = 0; i < pathsAndContents.length; i += 2) {
                out.putNextEntry(new ZipEntry(pathsAndContents[i]));
                out.write(pathsAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return new URLClassLoader(new URL[] {jar.toUri().toURL()}, null);
    }

    @Test
    void aProjectFileExtendsAPresetAndWins() throws IOException {
        TracedPolicy traced = applyProjectFile("extends: silver\nrules:\n  coverage.line: {threshold: 95%}\n");
        assertEquals(0.95, traced.policy().rule("coverage.line").threshold());
        assertEquals("readiness.yaml line 3", traced.origin("coverage.line threshold"));
        assertEquals(Severity.HIGH, traced.policy().security().blockingSeverity());
        assertEquals("preset silver", traced.origin("security blockingSeverity"));
        assertEquals(List.of("preset silver", "readiness.yaml"), traced.sources());
    }

    @Test
    void aSharedPolicyComesFromAJarOnTheClasspathAndMayExtendAPresetAndItsNeighbour() throws IOException {
        ClassLoader jar = orgJar(
                "acme/readiness.yaml", "extends: base.yaml\nminScore: 88\n",
                "acme/base.yaml", "extends: gold\nrules:\n  docs.changelog: {level: OFF}\n");
        TracedPolicy traced = loader(jar)
                .applyFile(
                        DEFAULTS,
                        write(project().resolve("readiness.yaml"), "extends: classpath:acme/readiness.yaml\n"));
        assertEquals(88, traced.policy().minScore());
        assertEquals("classpath:acme/readiness.yaml line 2", traced.origin("minScore"));
        assertEquals("classpath:acme/base.yaml line 3", traced.origin("docs.changelog level"));
        assertEquals("preset gold", traced.origin("security maxAuditAgeDays"));
        assertEquals(
                List.of("preset gold", "classpath:acme/base.yaml", "classpath:acme/readiness.yaml", "readiness.yaml"),
                traced.sources());
    }

    @Test
    void theFrontEndNamesAPresetAClasspathResourceOrAPath() throws IOException {
        PolicyLoader loader = loader(orgJar("acme/readiness.yaml", "minScore: 77\n"));
        assertEquals(
                List.of("preset gold"),
                loader.apply(DEFAULTS, "Gold", project(), POM).sources());
        TracedPolicy shared = loader.apply(DEFAULTS, "classpath:/acme/readiness.yaml", project(), POM);
        assertEquals("classpath:acme/readiness.yaml line 1", shared.origin("minScore"));
        write(dir.resolve("shared/org.yaml"), "minScore: 66\n");
        TracedPolicy file = loader.apply(DEFAULTS, "../shared/org.yaml", project(), POM);
        assertEquals("../shared/org.yaml line 1", file.origin("minScore"));
        assertEquals(66, file.policy().minScore());
    }

    @Test
    void aRelativePathIsResolvedAgainstTheExtendingFile() throws IOException {
        write(dir.resolve("shared/org.yaml"), "extends: policies/base.yaml\nminScore: 70\n");
        write(dir.resolve("shared/policies/base.yaml"), "security:\n  blockingSeverity: MEDIUM\n");
        TracedPolicy traced = applyProjectFile("extends: ../shared/org.yaml\n");
        assertEquals(Severity.MEDIUM, traced.policy().security().blockingSeverity());
        assertEquals("../shared/policies/base.yaml line 2", traced.origin("security blockingSeverity"));
        assertEquals(List.of("../shared/policies/base.yaml", "../shared/org.yaml", "readiness.yaml"), traced.sources());
    }

    @Test
    void aCycleIsAnErrorNamingTheChain() throws IOException {
        write(project().resolve("a.yaml"), "extends: b.yaml\n");
        write(project().resolve("b.yaml"), "minScore: 70\nextends: ./a.yaml\n");
        assertEquals(
                "b.yaml line 2: extends cycle: readiness.yaml -> a.yaml -> b.yaml -> a.yaml; remove one of these"
                        + " extends",
                projectFileError("extends: a.yaml\n"));
        assertEquals(
                "readiness.yaml line 1: extends cycle: readiness.yaml -> readiness.yaml; remove one of these"
                        + " extends",
                projectFileError("extends: readiness.yaml\n"));
    }

    @Test
    void aChainOfEightFilesIsFollowedANinthIsAnError() throws IOException {
        for (int i = 1; i < 8; i++) {
            write(
                    project().resolve("f" + i + ".yaml"),
                    (i < 7 ? "extends: f" + (i + 1) + ".yaml\n" : "") + "minScore: " + i);
        }
        assertEquals(1, applyProjectFile("extends: f1.yaml\n").policy().minScore(), "8 files: the nearest wins");
        write(project().resolve("f7.yaml"), "extends: f8.yaml\n");
        write(project().resolve("f8.yaml"), "minScore: 8\n");
        assertEquals(
                "f7.yaml line 1: extends chain longer than 8 files: readiness.yaml -> f1.yaml -> f2.yaml -> f3.yaml"
                        + " -> f4.yaml -> f5.yaml -> f6.yaml -> f7.yaml -> f8.yaml; shorten it",
                projectFileError("extends: f1.yaml\n"));
    }

    @Test
    void badReferencesAreOneLineErrorsAtTheExtendsLine() throws IOException {
        assertEquals(
                "readiness.yaml line 2: extends 'sliver' is not a preset; did you mean 'silver'? Use a preset"
                        + " (default, bronze, silver, gold), classpath:<resource> or a file path",
                projectFileError("minScore: 80\nextends: sliver\n"));
        assertEquals(
                "readiness.yaml line 1: extends '../org.yaml' names no file (../org.yaml); a relative path is"
                        + " resolved against the directory of readiness.yaml",
                projectFileError("extends: ../org.yaml\n"));
        assertEquals(
                "readiness.yaml line 1: extends 'classpath:acme/none.yaml' names no resource on the classpath;"
                        + " for the Maven plugin, add the jar that holds it to the plugin's <dependencies>",
                projectFileError("extends: classpath:acme/none.yaml\n"));
        assertEquals(
                "readiness.yaml line 1: extends must be a single value, not a list",
                projectFileError("extends: [silver, gold]\n"));
        assertEquals("readiness.yaml line 1: extends has no value", projectFileError("extends:\n"));
        write(project().resolve("org.txt"), "minScore: 1\n");
        assertEquals(
                "readiness.yaml line 1: extends 'org.txt': org.txt is not a policy file: use a name ending in"
                        + " .yaml, .yml or .json",
                projectFileError("extends: org.txt\n"));
    }

    @Test
    void anErrorInAnExtendedFileNamesThatFile() throws IOException {
        write(dir.resolve("shared/org.yaml"), "minScore: 80\nrules:\n  coverage.lien: {threshold: 90%}\n");
        assertEquals(
                "../shared/org.yaml line 3: unknown rule 'coverage.lien'; did you mean 'coverage.line'?",
                projectFileError("extends: ../shared/org.yaml\n"));
        ClassLoader jar = orgJar("acme/readiness.yaml", "minScore: [1\n");
        PolicyException malformed = assertThrows(
                PolicyException.class,
                () -> loader(jar).apply(DEFAULTS, "classpath:acme/readiness.yaml", project(), POM));
        assertEquals(
                "classpath:acme/readiness.yaml line 2 column 1: while parsing a flow sequence: expected ',' or"
                        + " ']', but got <stream end>; fix the YAML",
                malformed.getMessage());
    }

    @Test
    void aFrontEndReferenceErrorNamesTheFrontEndsPlace() throws IOException {
        PolicyLoader loader = loader(getClass().getClassLoader());
        assertEquals(
                POM + " 'sliver' is not a preset; did you mean 'silver'? Use a preset (default, bronze, silver,"
                        + " gold), classpath:<resource> or a file path",
                assertThrows(PolicyException.class, () -> loader.apply(DEFAULTS, "sliver", project(), POM))
                        .getMessage());
        assertEquals(
                POM + " 'policies/org.yaml' names no file (policies/org.yaml); a relative path is resolved"
                        + " against the directory of the project",
                assertThrows(PolicyException.class, () -> loader.apply(DEFAULTS, "policies/org.yaml", project(), POM))
                        .getMessage());
    }

    @Test
    void theProjectFileIsReadinessYamlYmlOrJsonButNeverTwo() throws IOException {
        Path project = project();
        assertNull(ProjectPolicyFile.in(project, project));
        write(project.resolve("readiness.yml"), "minScore: 80\n");
        assertEquals(project.resolve("readiness.yml"), ProjectPolicyFile.in(project, project));
        write(project.resolve("readiness.json"), "{}");
        assertEquals(
                "readiness.yml and readiness.json are two policy files in one directory; keep one",
                assertThrows(PolicyException.class, () -> ProjectPolicyFile.in(project, project))
                        .getMessage());
    }

    @Test
    void aJsonProjectFileMayExtendToo() throws IOException {
        Path file = write(project().resolve("readiness.json"), "{\"extends\": \"bronze\", \"minScore\": 75}");
        TracedPolicy traced = loader(getClass().getClassLoader()).applyFile(DEFAULTS, file);
        assertEquals(75, traced.policy().minScore());
        assertEquals("preset bronze", traced.origin("coverage.line threshold"));
        assertEquals(List.of("preset bronze", "readiness.json"), traced.sources());
    }
}
