package io.github.readiness.maven.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.readiness.rules.ReadinessEngine;
import io.github.readiness.rules.policy.Policy;
import io.github.readiness.rules.policy.file.TracedPolicy;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EffectivePolicyTest {
    private static final Policy DEFAULTS = ReadinessEngine.withBuiltInRules().defaultPolicy();
    private static final PomPolicy POM_MIN_SCORE = new PomPolicy(91, null, null, null, null, null, null, null);

    @TempDir
    Path root;

    private Path module() throws IOException {
        return Files.createDirectories(root.resolve("module"));
    }

    private TracedPolicy build(String policy, PomPolicy pom) throws IOException, MojoExecutionException {
        return EffectivePolicy.build(
                DEFAULTS, module(), root, policy, pom, getClass().getClassLoader());
    }

    @Test
    void withNothingConfiguredItIsTheBuiltInPolicy() throws Exception {
        TracedPolicy traced = build(null, PomPolicy.NONE);
        assertEquals(List.of(), traced.sources());
        assertEquals(80, traced.policy().minScore());
    }

    @Test
    void presetThenProjectFileThenPom() throws Exception {
        Files.writeString(module().resolve("readiness.yaml"), "rules:\n  coverage.line: {threshold: 95%}\n");
        TracedPolicy traced = build("gold", POM_MIN_SCORE);
        assertEquals(List.of("preset gold", "readiness.yaml", "POM <configuration>"), traced.sources());
        assertEquals("readiness.yaml line 2", traced.origin("coverage.line threshold"));
        assertEquals("preset gold", traced.origin("coverage.branch threshold"));
        assertEquals("POM <configuration>", traced.origin("minScore"));
        assertEquals(91, traced.policy().minScore());
    }

    @Test
    void theReactorRootsFileIsUsedWhenTheModuleHasNone() throws Exception {
        Files.writeString(root.resolve("readiness.yml"), "extends: bronze\nminScore: 65\n");
        TracedPolicy traced = build(null, PomPolicy.NONE);
        assertEquals(List.of("preset bronze", "../readiness.yml"), traced.sources());
        assertEquals("../readiness.yml line 2", traced.origin("minScore"));
        Files.writeString(module().resolve("readiness.json"), "{\"minScore\": 75}");
        assertEquals(List.of("readiness.json"), build(null, PomPolicy.NONE).sources(), "the module's own file wins");
    }

    @Test
    void theProjectFileNamedByThePolicyParameterIsAppliedOnce() throws Exception {
        Files.writeString(module().resolve("readiness.yaml"), "minScore: 70\n");
        assertEquals(
                List.of("readiness.yaml"),
                build("readiness.yaml", PomPolicy.NONE).sources());
    }

    @Test
    void anOrganisationPolicyComesFromThePluginsClassLoader() throws Exception {
        Path jarContent = Files.createDirectories(root.resolve("jar/acme"));
        Files.writeString(jarContent.resolve("readiness.yaml"), "extends: silver\nminScore: 82\n");
        ClassLoader plugin =
                new URLClassLoader(new URL[] {root.resolve("jar").toUri().toURL()}, null);
        TracedPolicy traced = EffectivePolicy.build(
                DEFAULTS, module(), root, "classpath:acme/readiness.yaml", PomPolicy.NONE, plugin);
        assertEquals(List.of("preset silver", "classpath:acme/readiness.yaml"), traced.sources());
        assertEquals("classpath:acme/readiness.yaml line 2", traced.origin("minScore"));
    }

    @Test
    void aBrokenPolicyIsOneLineWithoutCause() throws Exception {
        Files.writeString(
                module().resolve("readiness.yaml"), "minScore: 80\nrules:\n  coverage.line: {treshold: 95%}\n");
        MojoExecutionException e = assertThrows(MojoExecutionException.class, () -> build(null, PomPolicy.NONE));
        assertEquals(
                "readiness.yaml line 3: unknown key 'treshold' under rules.coverage.line; did you mean"
                        + " 'threshold'? Valid keys: threshold, level, weight, effort",
                e.getMessage());
        assertNull(e.getCause(), "no stack trace for a configuration error");
        MojoExecutionException preset =
                assertThrows(MojoExecutionException.class, () -> build("platinum", PomPolicy.NONE));
        assertEquals(
                "Invalid readiness configuration in the POM: policy 'platinum' is not a preset: use a preset"
                        + " (default, bronze, silver, gold), classpath:<resource> or a file path",
                preset.getMessage());
        Files.writeString(module().resolve("readiness.yml"), "minScore: 80\n");
        assertEquals(
                "readiness.yaml and readiness.yml are two policy files in one directory; keep one",
                assertThrows(MojoExecutionException.class, () -> build(null, PomPolicy.NONE))
                        .getMessage());
    }
}
