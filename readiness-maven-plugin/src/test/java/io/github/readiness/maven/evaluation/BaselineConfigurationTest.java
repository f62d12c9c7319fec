package io.github.readiness.maven.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.readiness.rules.ReadinessEngine;
import io.github.readiness.rules.policy.BaselineSettings;
import io.github.readiness.rules.policy.Policy;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

class BaselineConfigurationTest {
    private final Policy defaults = ReadinessEngine.withBuiltInRules().defaultPolicy();

    @Test
    void nothingConfiguredKeepsThePolicy() throws MojoExecutionException {
        assertSame(defaults, BaselineConfiguration.apply(defaults, null, null, null));
    }

    @Test
    void eachParameterSetsItsOwnValue() throws MojoExecutionException {
        assertEquals(
                new BaselineSettings(2, 0, false),
                BaselineConfiguration.apply(defaults, 2, null, null).baselineSettings());
        assertEquals(
                new BaselineSettings(0, 1.5, false),
                BaselineConfiguration.apply(defaults, null, 1.5, null).baselineSettings());
        assertEquals(
                new BaselineSettings(0, 0, true),
                BaselineConfiguration.apply(defaults, null, null, true).baselineSettings());
        Policy earlier = defaults.withBaselineSettings(new BaselineSettings(5, 3, true));
        assertEquals(
                new BaselineSettings(5, 1, true),
                BaselineConfiguration.apply(earlier, null, 1.0, null).baselineSettings(),
                "a value not set keeps what the policy had");
    }

    @Test
    void impossibleValuesAreOneLineConfigurationErrors() {
        assertEquals(
                "Invalid readiness configuration in the POM: baseline scoreTolerance is -2: use the points the"
                        + " score may drop, between 0 and 100",
                assertThrows(MojoExecutionException.class, () -> BaselineConfiguration.apply(defaults, -2, null, null))
                        .getMessage());
        assertEquals(
                "Invalid readiness configuration in the POM: baseline coverageTolerance is 250: use the"
                        + " percentage points line coverage may drop, between 0 and 100 (2.5 for 2.5 points)",
                assertThrows(
                                MojoExecutionException.class,
                                () -> BaselineConfiguration.apply(defaults, null, 250.0, null))
                        .getMessage());
    }
}
