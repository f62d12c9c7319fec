package io.github.readiness.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.readiness.rules.ReadinessEngine;
import io.github.readiness.rules.policy.Policy;
import io.github.readiness.rules.policy.RuleLevel;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

class PolicyConfigurationTest {
    private final Policy defaults = ReadinessEngine.withBuiltInRules().defaultPolicy();

    @Test
    void noConfigurationIsTheDefaultPolicy() throws MojoExecutionException {
        assertSame(defaults, PolicyConfiguration.apply(defaults, null, null, null, null));
    }

    @Test
    void pomValuesOverrideTheDefaults() throws MojoExecutionException {
        Policy policy = PolicyConfiguration.apply(defaults, 90, "85%", "0.6", Map.of("tests.failures", "warn"));
        assertEquals(90, policy.minScore());
        assertEquals(0.85, policy.rule("coverage.line").threshold(), 1e-12);
        assertEquals(0.6, policy.rule("coverage.branch").threshold(), 1e-12);
        assertEquals(RuleLevel.WARN, policy.rule("tests.failures").level());
    }

    @Test
    void badValuesAreOneLineConfigurationErrors() {
        MojoExecutionException e = assertThrows(MojoExecutionException.class,
                () -> PolicyConfiguration.apply(defaults, null, null, null, Map.of("tests.failure", "OFF")));
        assertEquals("Invalid readiness configuration in the POM: unknown rule 'tests.failure'; did you mean"
                + " 'tests.failures'? Known rules: coverage.evidence, coverage.line, coverage.branch, tests.evidence,"
                + " tests.executed, tests.failures", e.getMessage());
        MojoExecutionException score = assertThrows(MojoExecutionException.class,
                () -> PolicyConfiguration.apply(defaults, -1, null, null, null));
        assertEquals("Invalid readiness configuration in the POM: minScore is -1: use a score between 0 and 100",
                score.getMessage());
    }
}
