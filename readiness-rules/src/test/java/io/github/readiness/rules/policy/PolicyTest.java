package io.github.readiness.rules.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.readiness.rules.ReadinessEngine;
import io.github.readiness.rules.model.RuleLevel;
import org.junit.jupiter.api.Test;

class PolicyTest {
    private final Policy defaults = ReadinessEngine.withBuiltInRules().defaultPolicy();

    @Test
    void defaultPolicyIsTheDocumentedOne() {
        assertEquals(80, defaults.minScore());
        assertEquals(0.80, defaults.rule("coverage.line").threshold());
        assertEquals(0.70, defaults.rule("coverage.branch").threshold());
        // a dependency audit needs network access the build may not have, and what a service needs beyond a secure
        // exposure is a maturity decision (the silver and gold presets): reported, blocking only when policy says
        java.util.Set<String> warn = java.util.Set.of(
                "dependencies.audit",
                "deployment.health",
                "data.migrations",
                "observability.metrics",
                "observability.logging",
                "deployment.container",
                "deployment.kubernetes",
                "data.unsafe-migrations",
                "observability.error-handling",
                "docs.api-contract");
        defaults.rules()
                .forEach((id, settings) ->
                        assertEquals(warn.contains(id) ? RuleLevel.WARN : RuleLevel.ERROR, settings.level(), id));
        assertEquals(SecurityPolicy.DEFAULT, defaults.security());
    }

    @Test
    void overridesAreValidatedCopies() {
        Policy changed =
                defaults.withMinScore(90).withThreshold("coverage.line", "65%").withLevel("coverage.branch", "warn");
        assertEquals(90, changed.minScore());
        assertEquals(0.65, changed.rule("coverage.line").threshold(), 1e-12);
        assertEquals(RuleLevel.WARN, changed.rule("coverage.branch").level());
        assertEquals(80, defaults.minScore(), "the original is unchanged");
    }

    @Test
    void unknownRuleNamesTheNearestKnownOne() {
        PolicyException e = assertThrows(PolicyException.class, () -> defaults.withLevel("coverage.lines", "OFF"));
        assertTrue(
                e.getMessage().startsWith("unknown rule 'coverage.lines'; did you mean 'coverage.line'?"),
                e.getMessage());
    }

    @Test
    void impossibleValuesAreErrors() {
        assertEquals(
                "minScore is 101: use a score between 0 and 100",
                assertThrows(PolicyException.class, () -> defaults.withMinScore(101))
                        .getMessage());
        assertEquals(
                "level of rule tests.failures is 'BLOCK': use ERROR, WARN or OFF",
                assertThrows(PolicyException.class, () -> defaults.withLevel("tests.failures", "BLOCK"))
                        .getMessage());
        assertTrue(assertThrows(PolicyException.class, () -> defaults.withThreshold("tests.failures", "0.5"))
                .getMessage()
                .startsWith("rule tests.failures has no threshold to set"));
    }
}
